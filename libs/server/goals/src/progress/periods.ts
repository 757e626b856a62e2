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

// Date arithmetic runs for every goal of every board (pace, slots, due check-ins): calendar
// dates are turned into day numbers (days since 1970-01-01) and back through two bounded
// caches instead of parsing and formatting a Date each time.
const CACHE_MAX = 20_000;
const dayNumbers = new Map<CalendarDate, number>();
const calendarDates = new Map<number, CalendarDate>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date. */
function dayNumber(date: CalendarDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const value = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
  if (!Number.isInteger(value) || date.length !== 10) throw new RangeError(`Not a calendar date: ${date}`);
  return remember(dayNumbers, date, value);
}

function fromDayNumber(day: number): CalendarDate {
  return calendarDates.get(day) ?? remember(calendarDates, day, new Date(day * DAY_MS).toISOString().slice(0, 10));
}

export function toCalendarDate(date: Date): CalendarDate {
  return fromDayNumber(Math.floor(date.getTime() / DAY_MS));
}

/** Today's date in Asia/Tokyo. */
export function tokyoToday(now: Date): CalendarDate {
  return fromDayNumber(Math.floor((now.getTime() + TOKYO_OFFSET_MS) / DAY_MS));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Days from a to b (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** The first day of the month `months` after the one `date` is in. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  return fromDayNumber(Date.UTC(year, month, 1) / DAY_MS);
}

export function monthStart(date: CalendarDate): CalendarDate {
  return addMonths(date, 0);
}

/** A fiscal year or one of its quarters, for a fiscal year starting in `startMonth` (1–12). */
export function fiscalPeriod(kind: GoalPeriodKind, fiscalYear: number, quarter: number | null, startMonth: number): GoalPeriod {
  const yearStart = fromDayNumber(Date.UTC(fiscalYear, startMonth - 1, 1) / DAY_MS);
  if (kind === GoalPeriodKind.FISCAL_YEAR) {
    return { kind, fiscalYear, quarter: null, start: yearStart, end: addDays(addMonths(yearStart, 12), -1) };
  }
  const start = addMonths(yearStart, ((quarter ?? 1) - 1) * 3);
  return { kind, fiscalYear, quarter, start, end: addDays(addMonths(start, 3), -1) };
}

/** The period of a kind that contains a date. */
export function periodContaining(kind: GoalPeriodKind, date: CalendarDate, startMonth: number): GoalPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const monthsIntoYear = (month - startMonth + 12) % 12;
  const fiscalYear = month >= startMonth ? year : year - 1;
  const quarter = kind === GoalPeriodKind.QUARTER ? Math.floor(monthsIntoYear / 3) + 1 : null;
  return fiscalPeriod(kind, fiscalYear, quarter, startMonth);
}

/** The period right after this one, of the same kind. */
export function nextPeriod(period: GoalPeriod, startMonth: number): GoalPeriod {
  return periodContaining(period.kind, addDays(period.end, 1), startMonth);
}

/** Months in a period: 3 or 12. */
export function monthsIn(period: Pick<GoalPeriod, 'start' | 'end'>): number {
  const months = (date: CalendarDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return months(period.end) - months(period.start) + 1;
}

/** The cadence slot a date falls in: its week's Monday, or its month's 1st. */
export function slotStart(cadence: GoalCadence, date: CalendarDate): CalendarDate {
  if (cadence === GoalCadence.MONTHLY) return monthStart(date);
  // 1970-01-01 was a Thursday: Monday 0 … Sunday 6.
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7;
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
