/**
 * Japanese business days (営業日), computed: no table, no network. Calendar dates are
 * 'YYYY-MM-DD' strings; instants are judged in Asia/Tokyo (UTC+9 all year, no daylight saving).
 *
 * A business day is a weekday that is neither a national holiday (国民の祝日, 振替休日,
 * 国民の休日) nor one of the year-end days companies close for (年末年始, Dec 29 – Jan 3).
 *
 * Holidays follow the current law (祝日法 as amended for 2020 on): 天皇誕生日 on 2/23,
 * スポーツの日 in October. The one-off Olympic moves of 2020 and 2021 (海の日, スポーツの日 and
 * 山の日 shifted around the games) are not modelled: those years are history for a triage clock.
 * 春分の日 and 秋分の日 come from the usual approximation formula, valid for 1980–2099
 * (the Cabinet Office announces them a year ahead; the formula has matched every announcement).
 */

/** 'YYYY-MM-DD' */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
/** Asia/Tokyo is UTC+9 all year. */
const TOKYO_OFFSET_MS = 9 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC calendar). */
type DayNumber = number;

function dayNumberOf(date: CalendarDate): DayNumber {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const parsed = new Date(time);
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) throw new RangeError(`Not a calendar date: ${date}`);
  return time / DAY_MS;
}

function dateOf(dayNumber: DayNumber): CalendarDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

function ymd(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function yearOf(dayNumber: DayNumber): number {
  return new Date(dayNumber * DAY_MS).getUTCFullYear();
}

/** The nth Monday of a month (ハッピーマンデー). */
function nthMonday(year: number, month: number, nth: number): DayNumber {
  const first = ymd(year, month, 1);
  const toMonday = (1 - weekdayOf(first) + 7) % 7;
  return first + toMonday + (nth - 1) * 7;
}

/** 春分日 (March) and 秋分日 (September) by the standard approximation for 1980–2099. */
function equinoxDay(year: number, base: number): number {
  const since = year - 1980;
  return Math.floor(base + 0.242194 * since - Math.floor(since / 4));
}

/** The days the law names (国民の祝日), before substitute and sandwiched days. */
function namedHolidays(year: number): DayNumber[] {
  return [
    ymd(year, 1, 1), // 元日
    nthMonday(year, 1, 2), // 成人の日
    ymd(year, 2, 11), // 建国記念の日
    ymd(year, 2, 23), // 天皇誕生日
    ymd(year, 3, equinoxDay(year, 20.8431)), // 春分の日
    ymd(year, 4, 29), // 昭和の日
    ymd(year, 5, 3), // 憲法記念日
    ymd(year, 5, 4), // みどりの日
    ymd(year, 5, 5), // こどもの日
    nthMonday(year, 7, 3), // 海の日
    ymd(year, 8, 11), // 山の日
    nthMonday(year, 9, 3), // 敬老の日
    ymd(year, 9, equinoxDay(year, 23.2488)), // 秋分の日
    nthMonday(year, 10, 2), // スポーツの日
    ymd(year, 11, 3), // 文化の日
    ymd(year, 11, 23), // 勤労感謝の日
  ];
}

const holidayCache = new Map<number, ReadonlySet<DayNumber>>();

function holidayDays(year: number): ReadonlySet<DayNumber> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const named = new Set(namedHolidays(year));
  const days = new Set(named);
  // 国民の休日: a day between two named holidays is a holiday too (in practice September's シルバーウィーク).
  for (const day of named) {
    if (named.has(day + 2) && !named.has(day + 1) && weekdayOf(day + 1) !== 0) days.add(day + 1);
  }
  // 振替休日: a named holiday on a Sunday moves to the nearest later day that is not a named holiday.
  for (const day of named) {
    if (weekdayOf(day) !== 0) continue;
    let substitute = day + 1;
    while (named.has(substitute)) substitute += 1;
    days.add(substitute);
  }
  holidayCache.set(year, days);
  return days;
}

/** Japan's national holidays of a year ('YYYY-MM-DD'): named, substitute (振替休日) and sandwiched (国民の休日) days. */
export function japaneseHolidays(year: number): Set<string> {
  if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  return new Set([...holidayDays(year)].sort((a, b) => a - b).map(dateOf));
}

/** 年末年始: Dec 29 – Jan 3. */
function isYearEnd(dayNumber: DayNumber): boolean {
  const date = new Date(dayNumber * DAY_MS);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return (month === 12 && day >= 29) || (month === 1 && day <= 3);
}

function isBusinessDayNumber(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  if (weekday === 0 || weekday === 6) return false;
  if (isYearEnd(dayNumber)) return false;
  return !holidayDays(yearOf(dayNumber)).has(dayNumber);
}

/** Open for business: a weekday, not a national holiday, not Dec 29 – Jan 3. */
export function isBusinessDay(date: CalendarDate): boolean {
  return isBusinessDayNumber(dayNumberOf(date));
}

/** The calendar date of an instant in Asia/Tokyo. */
export function tokyoDate(instant: Date): CalendarDate {
  return dateOf(tokyoDayNumber(instant));
}

function tokyoDayNumber(instant: Date): DayNumber {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid date');
  return Math.floor((time + TOKYO_OFFSET_MS) / DAY_MS);
}

/** The end of a Tokyo calendar day (24:00 JST = 15:00 UTC of that date). */
function endOfTokyoDay(dayNumber: DayNumber): Date {
  return new Date((dayNumber + 1) * DAY_MS - TOKYO_OFFSET_MS);
}

/**
 * When a first triage is due: the end (24:00 JST) of the `businessDays`-th business day after
 * the day it was filed in Tokyo (the filing day itself does not count, whether or not it is a
 * business day). 0 gives the end of the filing day.
 */
export function triageDueAt(filedAt: Date, businessDays: number): Date {
  if (!Number.isInteger(businessDays) || businessDays < 0)
    throw new RangeError(`Business days must be a whole number ≥ 0: ${businessDays}`);
  let day = tokyoDayNumber(filedAt);
  for (let counted = 0; counted < businessDays;) {
    day += 1;
    if (isBusinessDayNumber(day)) counted += 1;
  }
  return endOfTokyoDay(day);
}

/** Weekday closures (holidays and year-end days that are not Saturday or Sunday) of a year, in order: for counting ranges. */
const closureCache = new Map<number, readonly DayNumber[]>();

function weekdayClosures(year: number): readonly DayNumber[] {
  const cached = closureCache.get(year);
  if (cached) return cached;
  const days = new Set(holidayDays(year));
  for (const day of [1, 2, 3]) days.add(ymd(year, 1, day));
  for (const day of [29, 30, 31]) days.add(ymd(year, 12, day));
  const closures = [...days].filter((day) => weekdayOf(day) !== 0 && weekdayOf(day) !== 6).sort((a, b) => a - b);
  closureCache.set(year, closures);
  return closures;
}

/** Weekdays (Mon–Fri) among days [first, last]. */
function weekdaysIn(first: DayNumber, last: DayNumber): number {
  // Weekdays before a day, counted from a Monday well in the past (1969-12-29 is day -3).
  const before = (day: DayNumber): number => {
    const since = day + 3;
    const weeks = Math.floor(since / 7);
    return weeks * 5 + Math.min(since - weeks * 7, 5);
  };
  return before(last + 1) - before(first);
}

/** Business days among days [first, last] (0 when last < first). */
function businessDaysIn(first: DayNumber, last: DayNumber): number {
  if (last < first) return 0;
  let count = weekdaysIn(first, last);
  for (let year = yearOf(first); year <= yearOf(last); year++) {
    for (const day of weekdayClosures(year)) if (day >= first && day <= last) count -= 1;
  }
  return count;
}

/**
 * Business days fully elapsed between two instants, judged in Asia/Tokyo: the business days
 * strictly after `from`'s day and strictly before `to`'s day. 0 on the same day or the next,
 * and when `to` is not after `from`. A triage is on time exactly when
 * `businessDaysBetween(filedAt, triagedAt) < N` for a target of N days (`triageDueAt(filedAt, N)`).
 */
export function businessDaysBetween(from: Date, to: Date): number {
  return businessDaysIn(tokyoDayNumber(from) + 1, tokyoDayNumber(to) - 1);
}
