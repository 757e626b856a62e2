import { Locale } from '@kakehashi/shared-contracts';
import type { NamespaceResources } from '@kakehashi/client-platform';
import { goalsNavEn, goalsNavJa } from './nav';

export const GOALS_NAMESPACE = 'goals';

/**
 * What the app shell registers at start: the navigation label only. The shell imports this
 * statically, so the full messages (some 30 kB) would otherwise sit in the entry chunk; each
 * goals page adds them when it first renders (useGoalsMessages).
 */
export const goalsResources: NamespaceResources = {
  [Locale.ja]: { nav: goalsNavJa },
  [Locale.en]: { nav: goalsNavEn },
};
