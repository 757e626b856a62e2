import { GoalConfidence, GoalDirection } from '@kakehashi/shared-contracts';
import { addMonths, type CalendarDate, daysBetween, monthsIn } from './periods';

/** What progress and pace read of a goal, numbers already parsed. */
export interface GoalMeasure {
  direction: GoalDirection;
  baseline: number;
  target: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  /** The target at the end of each month of the period; empty for a straight line. */
  monthlyTargets: readonly number[];
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
}

/** Share of the period gone by the end of `date` (0 before it starts, 1 after it ends). */
export function elapsedShare(goal: Pick<GoalMeasure, 'periodStart' | 'periodEnd'>, date: CalendarDate): number {
  const length = daysBetween(goal.periodStart, goal.periodEnd) + 1;
  const gone = daysBetween(goal.periodStart, date) + 1;
  return Math.min(1, Math.max(0, gone / length));
}

/**
 * Progress of a value from baseline (0) to target (1); may go below 0 or above 1. For a
 * range: 1 inside it, falling to 0 a whole band's width outside it.
 */
export function progressOf(goal: GoalMeasure, value: number): number {
  if (goal.direction === GoalDirection.RANGE) {
    const low = goal.rangeLow ?? 0;
    const high = goal.rangeHigh ?? 0;
    if (value >= low && value <= high) return 1;
    const width = Math.max(high - low, Number.EPSILON);
    const outside = value < low ? low - value : value - high;
    return Math.max(0, 1 - outside / width);
  }
  const span = (goal.target ?? goal.baseline) - goal.baseline;
  if (span === 0) return 0;
  return (value - goal.baseline) / span;
}

/** The value on pace at the end of `date`: a straight line baseline → target, or through the monthly targets. */
export function paceValueAt(goal: GoalMeasure, date: CalendarDate): number | null {
  if (goal.direction === GoalDirection.RANGE || goal.target === null) return null;
  const months = monthsIn({ start: goal.periodStart, end: goal.periodEnd });
  if (goal.monthlyTargets.length !== months) {
    return goal.baseline + (goal.target - goal.baseline) * elapsedShare(goal, date);
  }
  if (daysBetween(goal.periodStart, date) < 0) return goal.baseline;
  if (daysBetween(goal.periodEnd, date) >= 0) return goal.monthlyTargets[months - 1]!;
  for (let index = 0; index < months; index++) {
    const start = addMonths(goal.periodStart, index);
    const end = addMonths(goal.periodStart, index + 1);
    if (daysBetween(end, date) < 0) {
      const from = index === 0 ? goal.baseline : goal.monthlyTargets[index - 1]!;
      const share = (daysBetween(start, date) + 1) / daysBetween(start, end);
      return from + (goal.monthlyTargets[index]! - from) * share;
    }
  }
  return goal.target;
}

/** Progress expected by the end of `date` (1 for a range: it should be inside all along). */
export function paceProgressAt(goal: GoalMeasure, date: CalendarDate): number {
  if (goal.direction === GoalDirection.RANGE) return 1;
  const pace = paceValueAt(goal, date);
  return pace === null ? 0 : progressOf(goal, pace);
}

/** Trailing pace by less than this share of the expected progress is still on track. */
const ON_TRACK_SHORTFALL = 0.05;
/** Trailing by up to this share is at risk; more is off track. */
const AT_RISK_SHORTFALL = 0.2;

/** What the numbers say: on track, at risk or off track, for a value measured on `date`. */
export function suggestedConfidence(goal: GoalMeasure, value: number, date: CalendarDate): GoalConfidence {
  const actual = progressOf(goal, value);
  const expected = paceProgressAt(goal, date);
  if (expected <= 0) return actual >= -ON_TRACK_SHORTFALL ? GoalConfidence.ON_TRACK : GoalConfidence.AT_RISK;
  const shortfall = (expected - actual) / expected;
  if (shortfall <= ON_TRACK_SHORTFALL) return GoalConfidence.ON_TRACK;
  if (shortfall <= AT_RISK_SHORTFALL) return GoalConfidence.AT_RISK;
  return GoalConfidence.OFF_TRACK;
}

/** Children's progress weighted (weights in percent; those with no progress yet count as 0). */
export function rolledUpProgress(children: readonly { weight: number; progress: number | null }[]): number | null {
  const total = children.reduce((sum, child) => sum + child.weight, 0);
  if (children.length === 0 || total <= 0) return null;
  return children.reduce((sum, child) => sum + child.weight * (child.progress ?? 0), 0) / total;
}
