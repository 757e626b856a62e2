import type { StoryQuery } from '@kakehashi/client-platform';

/** One story as the story page and the form have it (the Story query's answer). */
export type StoryDetail = StoryQuery['story'];
