import type { GoalQuery, GoalSummaryFragment } from '@kakehashi/client-platform';

/** A goal as lists show it. */
export type GoalSummary = GoalSummaryFragment;
/** A goal as its page shows it. */
export type GoalDetail = GoalQuery['goal'];
export type GoalCheckIn = GoalDetail['checkIns'][number];
