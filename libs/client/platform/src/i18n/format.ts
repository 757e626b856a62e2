import { DEFAULT_TIME_ZONE, Locale } from '@kakehashi/shared-contracts';

// en-GB gives "21 Nov 2026"; ja gives "2026年11月21日".
const INTL_LOCALES: Record<Locale, string> = { [Locale.ja]: 'ja-JP', [Locale.en]: 'en-GB' };

export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}

export function formatDate(value: Date | string, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const options: Intl.DateTimeFormatOptions =
    locale === Locale.ja
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
}

export function formatDateTime(value: Date | string, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: locale === Locale.ja ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** Yen, without decimals. */
export function formatYen(value: number, locale: Locale): string {
  return formatNumber(value, locale, { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 });
}

const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;
const WEEK_S = 7 * DAY_S;

/**
 * "5 分前" / "5 minutes ago" for the last week, the date after that. A time slightly in the
 * future (the server's clock ahead of this one) reads as "now".
 */
export function formatRelativeTime(
  value: Date | string,
  locale: Locale,
  now: Date = new Date(),
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const ago = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (ago >= WEEK_S) return formatDate(date, locale, timeZone);
  const relative = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  if (ago < MINUTE_S) return relative.format(0, 'second');
  if (ago < HOUR_S) return relative.format(-Math.floor(ago / MINUTE_S), 'minute');
  if (ago < DAY_S) return relative.format(-Math.floor(ago / HOUR_S), 'hour');
  return relative.format(-Math.floor(ago / DAY_S), 'day');
}
