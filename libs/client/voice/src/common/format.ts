import { Locale, VOICE_CONTRACT_VALUE_MAX, VOICE_SUGGESTION_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { formatNumber, localizedText } from '@kakehashi/client-platform';

/** i18next's `t` as these helpers need it (a stand-in in unit tests). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Yen without decimals: ￥1,200,000 in Japanese, ¥1,200,000 in English (not JP¥: the UI is about Japanese customers). */
export function formatYenAmount(value: number, locale: Locale): string {
  return formatNumber(Math.round(value), locale, {
    style: 'currency',
    currency: 'JPY',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  });
}

/** Yen without decimals, or the placeholder when there is no value. */
export function formatYenOrNone(value: number | null | undefined, locale: Locale, none: string): string {
  return value === null || value === undefined ? none : formatYenAmount(value, locale);
}

export type YenInput = { value: number | null; error: null } | { value: null; error: 'invalid' | 'negative' | 'tooLarge' };

/**
 * A contract value as typed: whole yen, digits in any width (an IME gives １２０万 as full width),
 * with or without ¥, commas and spaces. Empty is no value (it is optional).
 */
export function parseYen(text: string): YenInput {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[¥\s,円]/g, '')
    .replace(/^\\/, '');
  if (cleaned === '') return { value: null, error: null };
  if (/^-\d/.test(cleaned)) return { value: null, error: 'negative' };
  if (!/^\d+$/.test(cleaned)) return { value: null, error: 'invalid' };
  const value = Number(cleaned);
  if (!Number.isSafeInteger(value) || value > VOICE_CONTRACT_VALUE_MAX) return { value: null, error: 'tooLarge' };
  return { value, error: null };
}

/** Whole days from `from` to `now` (never negative). */
export function ageInDays(from: string | Date, now: Date): number {
  const start = typeof from === 'string' ? new Date(from) : from;
  return Math.max(0, Math.floor((now.getTime() - start.getTime()) / DAY_MS));
}

/** "今日" / "3 日" — how long a ticket has waited. */
export function formatAge(days: number, t: Translate): string {
  return days === 0 ? t('age.today') : t('age.days', { count: days });
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Highlight segments made tidy: empty pieces dropped, neighbours of the same kind joined. */
export function normalizeSegments(segments: readonly TextSegment[]): TextSegment[] {
  const result: TextSegment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = result[result.length - 1];
    if (last && last.match === segment.match) last.text += segment.text;
    else result.push({ text: segment.text, match: segment.match });
  }
  return result;
}

/** The whole text of highlight segments (what a screen reader and a search read). */
export function segmentsText(segments: readonly TextSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}

/** What the suggestion search is asked about: the summary and the start of the verbatim, as the server reads at most. */
export function suggestionText(summary: string, verbatim: string): string {
  const text = `${summary.trim()} ${verbatim.trim()}`.replace(/\s+/g, ' ').trim();
  return Array.from(text).slice(0, VOICE_SUGGESTION_TEXT_MAX_LENGTH).join('');
}

export interface NamedArea {
  nameJa: string;
  nameEn: string;
}

/** A product area's name in the UI language, or the placeholder for none. */
export function areaName(area: NamedArea | null | undefined, locale: Locale, none: string): string {
  return area ? localizedText({ ja: area.nameJa, en: area.nameEn }, locale) : none;
}

/** A goal's or story's title in the UI language (the English one may be missing). */
export function localizedTitle(item: { title: string; titleEn?: string | null }, locale: Locale): string {
  return locale === Locale.en && item.titleEn ? item.titleEn : item.title;
}
