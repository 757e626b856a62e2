import { Locale } from '@kakehashi/shared-contracts';
import { namespaceMessagesHook } from '@kakehashi/client-platform';
import { directoryEn } from './en';
import { DIRECTORY_NAMESPACE } from './index';
import { directoryJa } from './ja';

/** Adds the directory namespace's messages the first time a directory page renders: called first in every page. */
export const useDirectoryMessages = namespaceMessagesHook(DIRECTORY_NAMESPACE, 'people.title', {
  [Locale.ja]: directoryJa,
  [Locale.en]: directoryEn,
});
