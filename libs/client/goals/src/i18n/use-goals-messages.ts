import { Locale } from '@kakehashi/shared-contracts';
import { useI18nInstance } from '@kakehashi/client-platform';
import { goalsEn } from './en';
import { GOALS_NAMESPACE } from './index';
import { goalsJa } from './ja';

/** A key only the full messages have: present once they were added. */
const MARKER = 'board.title';

/**
 * Adds the goals namespace's messages (both languages) the first time a goals page renders.
 * Called first in every page, before any of its text is read; adding them again changes nothing.
 */
export function useGoalsMessages(): void {
  const i18n = useI18nInstance();
  if (i18n.exists(MARKER, { ns: GOALS_NAMESPACE, lng: Locale.ja })) return;
  i18n.addResourceBundle(Locale.ja, GOALS_NAMESPACE, goalsJa, true, true);
  i18n.addResourceBundle(Locale.en, GOALS_NAMESPACE, goalsEn, true, true);
}
