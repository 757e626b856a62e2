import type { GoalFactsFragment, GoalQuery, GoalSummaryFragment } from '@kakehashi/client-platform';

/** A goal as the board shows it: the same for every reader. */
export type GoalFacts = GoalFactsFragment;
/** A goal as lists that offer a check-in show it. */
export type GoalSummary = GoalSummaryFragment;
/** A goal as its page shows it. */
export type GoalDetail = GoalQuery['goal'];
export type GoalCheckIn = GoalDetail['checkIns'][number];
