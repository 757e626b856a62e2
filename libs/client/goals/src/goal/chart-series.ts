// What the goal page's chart draws, kept apart from the chart library so that it can be tested
// (and so that naming these types loads no chart code).
import { addDays, addMonths, daysBetween, slotEndOf, tokyoDay } from '../common/format';

/** A value on a calendar date (YYYY-MM-DD). */
export interface DatedValue {
  date: string;
  value: number;
}

export interface ChartGoal {
  direction: 'INCREASE' | 'DECREASE' | 'RANGE';
  cadence: 'WEEKLY' | 'MONTHLY';
  baseline: number;
  target?: number | null;
  rangeLow?: number | null;
  rangeHigh?: number | null;
  monthlyTargets: readonly number[];
  period: { kind: 'QUARTER' | 'FISCAL_YEAR'; start: string; end: string };
}

export interface ChartCheckIn {
  slotStart: string;
  createdAt: string;
  value: number;
}

/**
 * Each check-in on the day its value was measured: the day it was written (in Tokyo), but
 * no later than its slot's last day or the period's (a check-in written late for an earlier
 * slot stands for that slot). Oldest first.
 */
export function actualSeries(goal: Pick<ChartGoal, 'cadence' | 'period'>, checkIns: readonly ChartCheckIn[]): DatedValue[] {
  return checkIns
    .map((checkIn) => {
      const candidates = [tokyoDay(checkIn.createdAt), slotEndOf(goal.cadence, checkIn.slotStart), goal.period.end].sort();
      // Never before the slot itself began.
      const date = candidates[0]! < checkIn.slotStart ? checkIn.slotStart : candidates[0]!;
      return { date, value: checkIn.value };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The target pace: a straight line from the baseline at the period's start to the target at its
 * end, or through each month's end when the goal has seasonal targets. Null for a range goal.
 */
export function paceSeries(goal: ChartGoal): DatedValue[] | null {
  if (goal.direction === 'RANGE' || goal.target === null || goal.target === undefined) return null;
  const months = goal.period.kind === 'QUARTER' ? 3 : 12;
  if (goal.monthlyTargets.length !== months) {
    return [
      { date: goal.period.start, value: goal.baseline },
      { date: goal.period.end, value: goal.target },
    ];
  }
  return [
    { date: goal.period.start, value: goal.baseline },
    ...goal.monthlyTargets.map((value, index) => ({ date: addDays(addMonths(goal.period.start, index + 1), -1), value })),
  ];
}

/** A range goal's band as two flat lines over the period; null for other goals. */
export function rangeSeries(goal: ChartGoal): { low: DatedValue[]; high: DatedValue[] } | null {
  if (goal.direction !== 'RANGE' || goal.rangeLow === null || goal.rangeLow === undefined) return null;
  if (goal.rangeHigh === null || goal.rangeHigh === undefined) return null;
  const flat = (value: number): DatedValue[] => [
    { date: goal.period.start, value },
    { date: goal.period.end, value },
  ];
  return { low: flat(goal.rangeLow), high: flat(goal.rangeHigh) };
}

/** The pace line's value on a date (linear between its points; the ends beyond them). */
export function valueOn(series: readonly DatedValue[], date: string): number | null {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return null;
  if (date <= first.date) return first.value;
  if (date >= last.date) return last.value;
  for (let index = 1; index < series.length; index++) {
    const to = series[index]!;
    if (date <= to.date) {
      const from = series[index - 1]!;
      const span = daysBetween(from.date, to.date);
      return span === 0 ? to.value : from.value + ((to.value - from.value) * daysBetween(from.date, date)) / span;
    }
  }
  return last.value;
}

/**
 * The y axis around the values shown, not from 0: round bounds a whole number of round steps
 * apart (1, 2, 2.5 or 5 times a power of ten), so that every tick reads as a round figure.
 */
export function yAxis(values: readonly number[], ticks = 4): { min: number; max: number; tickCount: number } | null {
  if (values.length === 0) return null;
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high === low) {
    const pad = Math.max(Math.abs(high) * 0.1, 1);
    low -= pad;
    high += pad;
  }
  const raw = (high - low) / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  // A value that never goes below zero keeps its axis at or above zero.
  const min = Math.max(low >= 0 ? 0 : -Infinity, Math.floor(low / step) * step);
  const max = Math.ceil(high / step) * step;
  return { min, max, tickCount: Math.round((max - min) / step) + 1 };
}
