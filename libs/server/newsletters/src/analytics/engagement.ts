import type { Engagement, WeeklyEngagement } from './analytics.model';

export interface EngagementCounts {
  audienceSize: number;
  openers: number;
  readers: number;
  reactors: number;
  comments: number;
  acknowledgements: number;
}

const rate = (count: number, audience: number): number => (audience > 0 ? Math.round((count / audience) * 10_000) / 10_000 : 0);

/** Rates over the audience; acknowledgement rate only where acknowledgements are asked for. */
export function engagement(counts: EngagementCounts, mustRead: boolean): Engagement {
  return {
    ...counts,
    reach: rate(counts.openers, counts.audienceSize),
    readRate: rate(counts.readers, counts.audienceSize),
    reactionRate: rate(counts.reactors, counts.audienceSize),
    acknowledgementRate: mustRead ? rate(counts.acknowledgements, counts.audienceSize) : null,
  };
}

export function sumCounts(items: readonly EngagementCounts[]): EngagementCounts {
  const total: EngagementCounts = { audienceSize: 0, openers: 0, readers: 0, reactors: 0, comments: 0, acknowledgements: 0 };
  for (const item of items) {
    total.audienceSize += item.audienceSize;
    total.openers += item.openers;
    total.readers += item.readers;
    total.reactors += item.reactors;
    total.comments += item.comments;
    total.acknowledgements += item.acknowledgements;
  }
  return total;
}

/** The Monday of an instant's week in Asia/Tokyo (UTC+9, no daylight saving), as YYYY-MM-DD. */
export function tokyoWeekStart(instant: Date): string {
  const tokyo = new Date(instant.getTime() + 9 * 60 * 60 * 1000);
  const daysSinceMonday = (tokyo.getUTCDay() + 6) % 7;
  tokyo.setUTCDate(tokyo.getUTCDate() - daysSinceMonday);
  return tokyo.toISOString().slice(0, 10);
}

/** Weekly points: rates over the summed audiences of that week's editions (acknowledgements over must-reads only). */
export function weekly(points: readonly (EngagementCounts & { publishedAt: Date; mustRead: boolean })[]): WeeklyEngagement[] {
  const weeks = new Map<string, (EngagementCounts & { mustRead: boolean })[]>();
  for (const point of points) {
    const key = tokyoWeekStart(point.publishedAt);
    weeks.set(key, [...(weeks.get(key) ?? []), point]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, items]) => {
      const mustReads = items.filter((item) => item.mustRead);
      const all = engagement(sumCounts(items), false);
      const acknowledgementRate = mustReads.length > 0 ? engagement(sumCounts(mustReads), true).acknowledgementRate : null;
      return { ...all, acknowledgementRate, weekStart, editions: items.length };
    });
}
