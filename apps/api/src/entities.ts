import { DIRECTORY_ENTITIES } from '@kakehashi/server-directory';
import { GOALS_ENTITIES } from '@kakehashi/server-goals';
import { NEWSLETTERS_ENTITIES } from '@kakehashi/server-newsletters';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { STORIES_ENTITIES } from '@kakehashi/server-stories';
import { VOICE_ENTITIES } from '@kakehashi/server-voice';

/** Every entity of every domain: the data source, the CLI and the drift check use this list. */
export const ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...NEWSLETTERS_ENTITIES,
  ...STORIES_ENTITIES,
  ...GOALS_ENTITIES,
  ...VOICE_ENTITIES,
];
