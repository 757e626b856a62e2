import type { Locale } from '@kakehashi/shared-contracts';
import { formatNumber } from '@kakehashi/client-platform';

export interface OutcomeFigures {
  label: string;
  /** A decimal number as text (exact), or null. */
  before: string | null;
  after: string | null;
  unit: string;
  period?: string | null;
}

// Percent-like units follow the number directly (8%); words get a space (40 時間, 120 万円, 3 days).
const ATTACHED_UNITS = new Set(['%', '％', '‰', 'pt', 'x', '倍']);

/** A decimal string as the reader writes numbers ("1,200.5"), exact up to the six decimals the server keeps. */
export function formatDecimal(value: string, locale: Locale): string {
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  return formatNumber(number, locale, { maximumFractionDigits: 6 });
}

/** "8%", "40 時間", "3": a value with its unit. */
export function formatOutcomeValue(value: string, unit: string, locale: Locale): string {
  const number = formatDecimal(value, locale);
  const trimmed = unit.trim();
  if (!trimmed) return number;
  return ATTACHED_UNITS.has(trimmed) ? `${number}${trimmed}` : `${number} ${trimmed}`;
}

/** "8% → 3%"; only one side known: that side alone ("→ 3%" would read as a broken arrow). */
export function outcomeChange(outcome: OutcomeFigures, locale: Locale): string {
  const before = outcome.before === null ? null : formatOutcomeValue(outcome.before, outcome.unit, locale);
  const after = outcome.after === null ? null : formatOutcomeValue(outcome.after, outcome.unit, locale);
  if (before !== null && after !== null) return `${before} → ${after}`;
  return after ?? before ?? '';
}

/** A result card's chip: "解約率 8% → 3%". */
export function outcomeChip(outcome: OutcomeFigures, locale: Locale): string {
  const change = outcomeChange(outcome, locale);
  return change ? `${outcome.label} ${change}` : outcome.label;
}
