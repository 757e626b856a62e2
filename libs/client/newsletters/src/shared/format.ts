import type { Locale } from '@kakehashi/shared-contracts';
import { formatNumber } from '@kakehashi/client-platform';

/** A rate (0–1) as a whole percentage, "42%" (rounded the way Intl rounds). */
export function formatRate(rate: number, locale: Locale): string {
  return formatNumber(clampRate(rate), locale, { style: 'percent', maximumFractionDigits: 0 });
}

/** Rates from the server can drift out of 0–1 through rounding or stale counters. */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 0;
  return Math.min(1, Math.max(0, rate));
}
