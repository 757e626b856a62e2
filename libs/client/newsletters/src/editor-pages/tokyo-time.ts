// Asia/Tokyo has had no daylight saving time since 1951: a fixed offset is exact.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** A `datetime-local` value ("2026-11-21T09:30"), read as Japan time, as an ISO instant. */
export function tokyoLocalToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00+09:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a `datetime-local` value in Japan time. */
export function isoToTokyoLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 16);
}

/** "Now plus some hours" in Japan time, rounded to the minute: a sensible default for a schedule. */
export function tokyoLocalFromNow(hours: number, now: Date = new Date()): string {
  return isoToTokyoLocal(new Date(now.getTime() + hours * 60 * 60 * 1000).toISOString());
}
