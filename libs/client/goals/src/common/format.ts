import { DEFAULT_TIME_ZONE, GoalConfidence, GoalDirection, GoalUnit, Locale } from '@kakehashi/shared-contracts';
import { formatNumber, formatYen, intlLocale } from '@kakehashi/client-platform';

/** The translate function of the `goals` namespace, as the formatters need it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What formatting a goal's numbers reads of it. */
export interface GoalUnitFacts {
  unit: GoalUnit | `${GoalUnit}`;
  unitLabel?: string | null;
}

export interface GoalTargetFacts extends GoalUnitFacts {
  direction: GoalDirection | `${GoalDirection}`;
  target?: number | null;
  rangeLow?: number | null;
  rangeHigh?: number | null;
}

/** The title in the UI language: the English title in English when there is one. */
export function goalTitle(goal: { title: string; titleEn?: string | null }, locale: Locale): string {
  return locale === Locale.en && goal.titleEn ? goal.titleEn : goal.title;
}

/** A team's name in the UI language: the English name in English when it has one. */
export function teamName(team: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === Locale.en && team.nameEn ? team.nameEn : team.name;
}

/** Does a team's name (in either language) contain what was typed? Width and case do not matter (ＣＳ finds CS). */
export function teamNameMatches(team: { name: string; nameEn?: string | null }, typed: string): boolean {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase();
  const wanted = fold(typed.trim());
  return wanted.length === 0 || fold(team.name).includes(wanted) || (team.nameEn ? fold(team.nameEn).includes(wanted) : false);
}

/** Up to two decimals, as business figures read (解約率 1.25%, NPS 32.5 pt). */
function plainNumber(value: number, locale: Locale): string {
  return formatNumber(value, locale, { maximumFractionDigits: 2 });
}

/** A goal's value with its unit: ¥12,000,000 / 62.5% / 120 件 / 32 pt / 8 時間. */
export function formatGoalValue(value: number, goal: GoalUnitFacts, locale: Locale, t: Translate): string {
  if (goal.unit === GoalUnit.YEN) return formatYen(value, locale);
  const number = plainNumber(value, locale);
  if (goal.unit === GoalUnit.FREE) return goal.unitLabel ? t('value.FREE', { value: number, unit: goal.unitLabel }) : number;
  return t(`value.${goal.unit}`, { value: number });
}

/** A range with the unit once where that reads well: 95–102% / ¥1,000–¥2,000 / 3–5 件. */
export function formatGoalRange(low: number, high: number, goal: GoalUnitFacts, locale: Locale, t: Translate): string {
  if (goal.unit === GoalUnit.YEN) return t('value.range', { low: formatYen(low, locale), high: formatYen(high, locale) });
  const numbers = t('value.range', { low: plainNumber(low, locale), high: plainNumber(high, locale) });
  if (goal.unit === GoalUnit.FREE) return goal.unitLabel ? t('value.FREE', { value: numbers, unit: goal.unitLabel }) : numbers;
  return t(`value.${goal.unit}`, { value: numbers });
}

/** The target as a value (a range goal's band), or null when the goal has none. */
export function formatGoalTargetValue(goal: GoalTargetFacts, locale: Locale, t: Translate): string | null {
  if (goal.direction === GoalDirection.RANGE) {
    if (goal.rangeLow === null || goal.rangeLow === undefined || goal.rangeHigh === null || goal.rangeHigh === undefined) return null;
    return formatGoalRange(goal.rangeLow, goal.rangeHigh, goal, locale, t);
  }
  return goal.target === null || goal.target === undefined ? null : formatGoalValue(goal.target, goal, locale, t);
}

/** "目標 2,000 件", "目標 1.5% 以下", "目標 95–102%". */
export function formatGoalTarget(goal: GoalTargetFacts, locale: Locale, t: Translate): string {
  const value = formatGoalTargetValue(goal, locale, t);
  if (value === null) return t('common.none');
  if (goal.direction === GoalDirection.DECREASE) return t('value.targetDecrease', { value });
  if (goal.direction === GoalDirection.RANGE) return t('value.targetRange', { value });
  return t('value.target', { value });
}

/** A progress ratio (1 = the target) as a whole percent: 0.624 → "62%". */
export function formatRatio(ratio: number, locale: Locale): string {
  return formatNumber(ratio, locale, { style: 'percent', maximumFractionDigits: 0 });
}

/** "2026年度 第3四半期" / "FY2026 Q3", or the fiscal year alone. */
export function periodLabel(period: { fiscalYear: number; quarter?: number | null }, t: Translate): string {
  return period.quarter
    ? t('period.quarter', { year: period.fiscalYear, quarter: period.quarter })
    : t('period.fiscalYear', { year: period.fiscalYear });
}

/** A calendar date (YYYY-MM-DD) as midday UTC, so that it reads as the same day in every time zone. */
export function calendarDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** A calendar date in the UI language: 2026年11月21日 / 21 Nov 2026. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: locale === Locale.ja ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(calendarDate(day));
}

/** A month of a calendar date: 2026年11月 / Nov 2026. */
export function formatMonth(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: locale === Locale.ja ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(calendarDate(day));
}

/** The calendar date (YYYY-MM-DD) of an instant in Tokyo. */
export function tokyoDay(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one calendar date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((calendarDate(to).getTime() - calendarDate(from).getTime()) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return new Date(calendarDate(day).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `months` later (the 1st stays the 1st; used with month starts). */
export function addMonths(day: string, months: number): string {
  const date = calendarDate(day);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * How long ago the last check-in was, by calendar days in Tokyo: 「今日」「昨日」「3日前」,
 * in months after two months («2 か月前»).
 */
export function formatCheckInAge(instant: string, locale: Locale, now: Date = new Date()): string {
  const days = Math.max(0, daysBetween(tokyoDay(instant), tokyoDay(now)));
  const relative = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  if (days < 60) return relative.format(-days, 'day');
  return relative.format(-Math.floor(days / 30), 'month');
}

const SEVERITY: Record<GoalConfidence, number> = {
  [GoalConfidence.ON_TRACK]: 0,
  [GoalConfidence.AT_RISK]: 1,
  [GoalConfidence.OFF_TRACK]: 2,
};

/** Whether the numbers' call is worse than the owner's (the hint 「数値上は要注意」). */
export function suggestionIsWorse(
  confidence: GoalConfidence | `${GoalConfidence}` | null | undefined,
  suggested: GoalConfidence | `${GoalConfidence}` | null | undefined,
): boolean {
  if (!confidence || !suggested) return false;
  return SEVERITY[suggested as GoalConfidence] > SEVERITY[confidence as GoalConfidence];
}

/** The first day of the cadence slot a day falls in: its Monday, or the 1st of its month (as the server counts). */
export function slotStartOf(cadence: 'WEEKLY' | 'MONTHLY', day: string): string {
  if (cadence === 'MONTHLY') return `${day.slice(0, 7)}-01`;
  const weekday = (calendarDate(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** The last day of the slot starting on `start`. */
export function slotEndOf(cadence: 'WEEKLY' | 'MONTHLY', start: string): string {
  return cadence === 'MONTHLY' ? addDays(addMonths(start, 1), -1) : addDays(start, 6);
}

/** 「2026年11月16日 の週」 or 「2026年11月」: how a check-in's slot reads. */
export function slotLabel(cadence: 'WEEKLY' | 'MONTHLY', slotStart: string, locale: Locale, t: Translate): string {
  return cadence === 'MONTHLY'
    ? t('goal.slotMonth', { month: formatMonth(slotStart, locale) })
    : t('goal.slot', { date: formatDay(slotStart, locale) });
}

/**
 * A number as typed, in the form the server takes ("1,200" → 1200, full-width "８．５" → 8.5,
 * "−3" → -3); null when empty or not a number. Read only on submit, so an IME's composition is
 * never disturbed.
 */
export function parseDecimal(text: string): number | null {
  const ascii = text
    .normalize('NFKC')
    .replace(/[．。]/g, '.')
    .replace(/[−ー－‐]/g, '-')
    .replace(/[,，\s¥￥円%％]/g, '');
  if (!/^-?\d{1,16}(\.\d{1,6})?$/.test(ascii)) return null;
  const value = Number(ascii);
  return Number.isFinite(value) ? value : null;
}
