import { Locale } from '@kakehashi/shared-contracts';
import { namespaceMessagesHook } from '@kakehashi/client-platform';
import { storiesEn } from './en';
import { STORIES_NAMESPACE } from './index';
import { storiesJa } from './ja';

/** Adds the stories namespace's messages the first time a stories page renders: called first in every page. */
export const useStoriesMessages = namespaceMessagesHook(STORIES_NAMESPACE, 'common.personName', {
  [Locale.ja]: storiesJa,
  [Locale.en]: storiesEn,
});
