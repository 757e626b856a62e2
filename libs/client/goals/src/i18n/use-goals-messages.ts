import { Locale } from '@kakehashi/shared-contracts';
import { namespaceMessagesHook } from '@kakehashi/client-platform';
import { goalsEn } from './en';
import { GOALS_NAMESPACE } from './index';
import { goalsJa } from './ja';

/** Adds the goals namespace's messages the first time a goals page renders: called first in every page. */
export const useGoalsMessages = namespaceMessagesHook(GOALS_NAMESPACE, 'board.title', { [Locale.ja]: goalsJa, [Locale.en]: goalsEn });
