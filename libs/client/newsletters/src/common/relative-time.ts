import { DEFAULT_TIME_ZONE, type Locale } from '@kakehashi/shared-contracts';
import { formatDate, intlLocale } from '@kakehashi/client-platform';

const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;
const WEEK_S = 7 * DAY_S;

/** "3 時間前" / "3 hours ago" within a week, the date after that (a clock slightly ahead reads "now"). */
export function relativeTime(value: string | Date, locale: Locale, now: Date = new Date()): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const ago = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (ago >= WEEK_S) return formatDate(date, locale, DEFAULT_TIME_ZONE);
  const relative = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  if (ago < MINUTE_S) return relative.format(0, 'second');
  if (ago < HOUR_S) return relative.format(-Math.floor(ago / MINUTE_S), 'minute');
  if (ago < DAY_S) return relative.format(-Math.floor(ago / HOUR_S), 'hour');
  return relative.format(-Math.floor(ago / DAY_S), 'day');
}
