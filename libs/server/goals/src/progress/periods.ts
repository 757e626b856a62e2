import { GoalCadence, GoalPeriodKind } from '@kakehashi/shared-contracts';

/** Calendar dates are 'YYYY-MM-DD' strings (the `date` columns' own form), computed in UTC. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
/** Asia/Tokyo has no daylight saving: +9 hours all year. */
const TOKYO_OFFSET_MS = 9 * 3_600_000;

export interface GoalPeriod {
  kind: GoalPeriodKind;
  /** Named by the calendar year it starts in: FY2026 runs April 2026 – March 2027. */
  fiscalYear: number;
  /** 1–4, or null for a fiscal year. */
  quarter: number | null;
  start: CalendarDate;
  /** The last day. */
  end: CalendarDate;
}

export function toCalendarDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

function parse(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Today's date in Asia/Tokyo. */
export function tokyoToday(now: Date): CalendarDate {
  return toCalendarDate(new Date(now.getTime() + TOKYO_OFFSET_MS));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return toCalendarDate(new Date(parse(date).getTime() + days * DAY_MS));
}

/** Days from a to b (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / DAY_MS);
}

/** The first day of the month `months` after the one `date` is in. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const value = parse(date);
  return toCalendarDate(new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth() + months, 1)));
}

export function monthStart(date: CalendarDate): CalendarDate {
  return addMonths(date, 0);
}

/** A fiscal year or one of its quarters, for a fiscal year starting in `startMonth` (1–12). */
export function fiscalPeriod(kind: GoalPeriodKind, fiscalYear: number, quarter: number | null, startMonth: number): GoalPeriod {
  const yearStart = toCalendarDate(new Date(Date.UTC(fiscalYear, startMonth - 1, 1)));
  if (kind === GoalPeriodKind.FISCAL_YEAR) {
    return { kind, fiscalYear, quarter: null, start: yearStart, end: addDays(addMonths(yearStart, 12), -1) };
  }
  const start = addMonths(yearStart, ((quarter ?? 1) - 1) * 3);
  return { kind, fiscalYear, quarter, start, end: addDays(addMonths(start, 3), -1) };
}

/** The period of a kind that contains a date. */
export function periodContaining(kind: GoalPeriodKind, date: CalendarDate, startMonth: number): GoalPeriod {
  const value = parse(date);
  const monthsIntoYear = (value.getUTCMonth() + 1 - startMonth + 12) % 12;
  const fiscalYear = value.getUTCMonth() + 1 >= startMonth ? value.getUTCFullYear() : value.getUTCFullYear() - 1;
  const quarter = kind === GoalPeriodKind.QUARTER ? Math.floor(monthsIntoYear / 3) + 1 : null;
  return fiscalPeriod(kind, fiscalYear, quarter, startMonth);
}

/** The period right after this one, of the same kind. */
export function nextPeriod(period: GoalPeriod, startMonth: number): GoalPeriod {
  return periodContaining(period.kind, addDays(period.end, 1), startMonth);
}

/** Months in a period: 3 or 12. */
export function monthsIn(period: Pick<GoalPeriod, 'start' | 'end'>): number {
  const start = parse(period.start);
  const end = parse(period.end);
  return (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
}

/** The cadence slot a date falls in: its week's Monday, or its month's 1st. */
export function slotStart(cadence: GoalCadence, date: CalendarDate): CalendarDate {
  if (cadence === GoalCadence.MONTHLY) return monthStart(date);
  const weekday = (parse(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The last day of the slot starting on `start`. */
export function slotEnd(cadence: GoalCadence, start: CalendarDate): CalendarDate {
  return cadence === GoalCadence.MONTHLY ? addDays(addMonths(start, 1), -1) : addDays(start, 6);
}

/** The slot before the one starting on `start`. */
export function previousSlot(cadence: GoalCadence, start: CalendarDate): CalendarDate {
  return cadence === GoalCadence.MONTHLY ? addMonths(start, -1) : addDays(start, -7);
}

/** Short key of a period, as in CSV names and snapshots: FY2026, FY2026-Q3. */
export function periodKey(period: Pick<GoalPeriod, 'fiscalYear' | 'quarter'>): string {
  return period.quarter ? `FY${period.fiscalYear}-Q${period.quarter}` : `FY${period.fiscalYear}`;
}
