import type { Locale } from '@kakehashi/shared-contracts';
import type { GoalFacts } from './types';
import { formatCheckInAge, formatGoalTarget, formatGoalValue, goalTitle, type Translate } from './format';

/** What a board row or a goal card says of a goal, in words. */
export interface GoalText {
  title: string;
  /** The latest actual with its unit, or 未入力. */
  current: string;
  /** 「目標 2,000 件」 */
  target: string;
  /** The trend in words (the sparkline's text alternative). */
  trend: string;
  /** 「3日前」, or チェックインなし. */
  age: string;
  /** Progress shown: the goal's own, or its KPIs' weighted progress when it has no check-in. */
  progress: number | null;
  rolledUp: boolean;
}

export function describeGoal(goal: GoalFacts, locale: Locale, t: Translate, now: Date = new Date()): GoalText {
  const own = goal.progress.actual;
  const rolledUp = (own === null || own === undefined) && goal.progress.rolledUp !== null && goal.progress.rolledUp !== undefined;
  const trendValues = goal.trend.map((value) => formatGoalValue(value, goal, locale, t));
  return {
    title: goalTitle(goal, locale),
    current:
      goal.currentValue === null || goal.currentValue === undefined
        ? t('value.noValue')
        : formatGoalValue(goal.currentValue, goal, locale, t),
    target: formatGoalTarget(goal, locale, t),
    trend:
      trendValues.length > 0
        ? t('trend.text', { count: trendValues.length, values: trendValues.join(t('common.listSeparator')) })
        : t('trend.none'),
    age: goal.lastCheckInAt ? formatCheckInAge(goal.lastCheckInAt, locale, now) : t('age.never'),
    progress: rolledUp ? (goal.progress.rolledUp ?? null) : (own ?? null),
    rolledUp,
  };
}
