// What the insight page's charts draw, kept apart from the chart library so that it can be tested
// (and so that naming these types loads no chart code).
import { Locale } from '@kakehashi/shared-contracts';
import { intlLocale } from '@kakehashi/client-platform';
import { areaName, type NamedArea } from '../common/format';

/** Months the page can cover. */
export const MONTH_CHOICES = [3, 6, 12, 24] as const;
export const DEFAULT_MONTHS = 12;

export function monthsOf(value: string | null): number {
  const number = Number(value);
  return (MONTH_CHOICES as readonly number[]).includes(number) ? number : DEFAULT_MONTHS;
}

/** 2026-04 → 2026年4月 / Apr 2026. */
export function monthLabel(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  // Midday UTC of the 1st: the same calendar month in every time zone.
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: locale === Locale.ja ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1, 12)));
}

export interface VolumePoint {
  month: string;
  tickets: number;
  voices: number;
  productArea?: (NamedArea & { id: string }) | null;
}

export interface VolumeSeries {
  /** One per product area (and one for tickets with none), in the order of their totals, largest first. */
  areas: { key: string; name: string }[];
  /** One per month, oldest first: tickets per area key (0 where none). */
  months: { month: string; label: string; tickets: Record<string, number>; total: number }[];
}

const NO_AREA = '∅';

/** The monthly volume as stacks per product area, every month of the period present even when empty. */
export function volumeSeries(months: readonly string[], volume: readonly VolumePoint[], locale: Locale, noArea: string): VolumeSeries {
  const totals = new Map<string, { name: string; total: number }>();
  for (const point of volume) {
    const key = point.productArea?.id ?? NO_AREA;
    const entry = totals.get(key) ?? { name: areaName(point.productArea, locale, noArea), total: 0 };
    entry.total += point.tickets;
    totals.set(key, entry);
  }
  const areas = [...totals.entries()]
    .sort((a, b) => b[1].total - a[1].total || a[1].name.localeCompare(b[1].name))
    .map(([key, entry]) => ({ key, name: entry.name }));
  const allMonths = [...new Set([...months, ...volume.map((point) => point.month)])].sort();
  return {
    areas,
    months: allMonths.map((month) => {
      const tickets: Record<string, number> = Object.fromEntries(areas.map((area) => [area.key, 0]));
      for (const point of volume) {
        if (point.month === month)
          tickets[point.productArea?.id ?? NO_AREA] = (tickets[point.productArea?.id ?? NO_AREA] ?? 0) + point.tickets;
      }
      return { month, label: monthLabel(month, locale), tickets, total: Object.values(tickets).reduce((sum, value) => sum + value, 0) };
    }),
  };
}

/** A time-to-triage bucket's label key and values: 0 営業日, 1〜2 営業日, 10 営業日以上. */
export function bucketLabel(bucket: { fromDays: number; toDays?: number | null }): {
  key: 'one' | 'range' | 'open';
  from: number;
  to?: number;
} {
  if (bucket.toDays === null || bucket.toDays === undefined) return { key: 'open', from: bucket.fromDays };
  if (bucket.toDays === bucket.fromDays) return { key: 'one', from: bucket.fromDays };
  return { key: 'range', from: bucket.fromDays, to: bucket.toDays };
}

/** Within-target share of the triaged tickets (0–1), or null when none was triaged. */
export function withinTargetShare(times: { triaged: number; withinTarget: number }): number | null {
  return times.triaged > 0 ? times.withinTarget / times.triaged : null;
}
