import { Locale } from '@kakehashi/shared-contracts';
import type { NamespaceResources } from '@kakehashi/client-platform';
import { storiesNavEn, storiesNavJa } from './nav';

export const STORIES_NAMESPACE = 'stories';

/**
 * What the app shell registers at start: the navigation label only. The shell imports this
 * statically, so the full messages (some 28 kB) would otherwise sit in the entry chunk; each
 * stories page adds them when it first renders (useStoriesMessages).
 */
export const storiesResources: NamespaceResources = {
  [Locale.ja]: { nav: storiesNavJa },
  [Locale.en]: { nav: storiesNavEn },
};
