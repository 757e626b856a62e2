import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OPEN_TICKET_STATUSES } from '@kakehashi/shared-contracts';
import { APP_CONFIG, type AppConfig } from '@kakehashi/server-platform';
import { ProductAreaService } from '../product-areas/product-area.service';
import { VoiceCountsCache } from '../search/voice-search-cache';
import { TICKET_COLUMNS, type TicketRow, toTicket } from '../tickets/ticket-mapper';
import { tokyoDate } from '../triage/business-days';
import type { TriageTimeBucket, VoiceAreaRow, VoiceInsights, VoiceThemeRow, VoiceVolumePoint } from './insights.model';

const OPEN = OPEN_TICKET_STATUSES.map((status) => `'${status}'`).join(', ');
const THEMES_MAX = 20;
const TOP_MAX = 10;
/** Buckets of business days to first triage: 0, 1, … 5, 6–10, 11+. */
const BUCKETS: [number, number | null][] = [
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
  [5, 5],
  [6, 10],
  [11, null],
];

/**
 * Aggregates for the product insight page over the last N months (optionally one product
 * area). Each is one grouped statement over the tickets; the whole page is cached briefly
 * per replica (it reads every ticket of the period).
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: VoiceCountsCache,
    private readonly productAreas: ProductAreaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async insights(months: number, productAreaId: string | null, now = new Date()): Promise<VoiceInsights> {
    const area = productAreaId?.toLowerCase() ?? null;
    const monthList = lastMonths(tokyoDate(now).slice(0, 7), months);
    const key = JSON.stringify(['insights', months, area, monthList[0]]);
    const insights = (await this.cache.get(key, () => this.load(monthList, area))) as VoiceInsights;
    const areas = new Map((await this.productAreas.all()).map((productArea) => [productArea.id, productArea]));
    const withArea = <T extends { productAreaId: string | null }>(row: T): T => ({
      ...row,
      productArea: row.productAreaId ? (areas.get(row.productAreaId) ?? null) : null,
    });
    return {
      ...insights,
      volume: insights.volume.map(withArea),
      themes: insights.themes.map(withArea),
      areas: insights.areas.map(withArea),
    };
  }

  private async load(months: string[], area: string | null): Promise<VoiceInsights> {
    // The period starts at the first month's first day, Asia/Tokyo.
    const since = `${months[0]}-01T00:00:00+09:00`;
    const params = [since, area];
    const areaFilter = '($2::uuid IS NULL OR t.product_area_id = $2::uuid)';
    const [volume, themes, areas, triage, top] = await Promise.all([
      this.dataSource.query<{ month: string; product_area_id: string | null; tickets: number; voices: number }[]>(
        `SELECT to_char(t.filed_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS month, t.product_area_id, count(*)::int AS tickets,
           sum(t.voice_count)::int AS voices
         FROM voice_tickets t WHERE t.filed_at >= $1::timestamptz AND t.status <> 'MERGED' AND ${areaFilter}
         GROUP BY 1, 2 ORDER BY 1, 2`,
        params,
      ),
      this.dataSource.query<
        { product_area_id: string | null; theme: string; tickets: number; voices: number; customers: number; revenue: number }[]
      >(
        `WITH themed AS (SELECT t.id, t.product_area_id, t.theme, t.voice_count FROM voice_tickets t
           WHERE t.filed_at >= $1::timestamptz AND t.status <> 'MERGED' AND t.theme IS NOT NULL AND ${areaFilter}),
         accounts AS (SELECT h.product_area_id, h.theme, v.account_key, max(v.annual_contract_value) AS value
           FROM themed h JOIN customer_voices v ON v.ticket_id = h.id GROUP BY 1, 2, 3)
         SELECT h.product_area_id, h.theme, count(*)::int AS tickets, sum(h.voice_count)::int AS voices,
           (SELECT count(*)::int FROM accounts a WHERE a.product_area_id IS NOT DISTINCT FROM h.product_area_id AND a.theme = h.theme) AS customers,
           (SELECT coalesce(sum(a.value), 0)::float8 FROM accounts a WHERE a.product_area_id IS NOT DISTINCT FROM h.product_area_id AND a.theme = h.theme) AS revenue
         FROM themed h GROUP BY 1, 2 ORDER BY customers DESC, tickets DESC, h.theme LIMIT ${THEMES_MAX}`,
        params,
      ),
      this.dataSource.query<{ product_area_id: string | null; open_tickets: number; customers: number; revenue: number }[]>(
        `WITH open AS (SELECT t.id, t.product_area_id FROM voice_tickets t WHERE t.status IN (${OPEN}) AND ${areaFilter.replaceAll('$2', '$1')}),
         accounts AS (SELECT o.product_area_id, v.account_key, max(v.annual_contract_value) AS value
           FROM open o JOIN customer_voices v ON v.ticket_id = o.id GROUP BY 1, 2)
         SELECT c.product_area_id, c.open_tickets, coalesce(a.customers, 0)::int AS customers, coalesce(a.revenue, 0)::float8 AS revenue
         FROM (SELECT product_area_id, count(*)::int AS open_tickets FROM open GROUP BY 1) c
         LEFT JOIN (SELECT product_area_id, count(*) AS customers, sum(value) AS revenue FROM accounts GROUP BY 1) a
           ON a.product_area_id IS NOT DISTINCT FROM c.product_area_id
         ORDER BY revenue DESC`,
        [area],
      ),
      this.dataSource.query<{ days: number | null; tickets: number; waiting: number; overdue: number }[]>(
        `SELECT t.triage_business_days AS days, count(*) FILTER (WHERE t.first_triaged_at IS NOT NULL)::int AS tickets,
           count(*) FILTER (WHERE t.status = 'NEW')::int AS waiting,
           count(*) FILTER (WHERE t.status = 'NEW' AND t.triage_due_at < now())::int AS overdue
         FROM voice_tickets t WHERE (t.filed_at >= $1::timestamptz OR t.status = 'NEW') AND ${areaFilter} GROUP BY 1`,
        params,
      ),
      this.dataSource.query<TicketRow[]>(
        `SELECT ${TICKET_COLUMNS} FROM voice_tickets t WHERE t.status IN (${OPEN}) AND ${areaFilter.replaceAll('$2', '$1')}
         ORDER BY t.customer_count DESC, t.revenue_at_stake DESC, t.id LIMIT ${TOP_MAX}`,
        [area],
      ),
    ]);
    const now = new Date();
    return {
      months,
      volume: volume.map((row): VoiceVolumePoint => ({
        month: row.month,
        productAreaId: row.product_area_id,
        tickets: row.tickets,
        voices: row.voices,
      })),
      themes: themes.map((row): VoiceThemeRow => ({
        productAreaId: row.product_area_id,
        theme: row.theme,
        tickets: row.tickets,
        voices: row.voices,
        customers: row.customers,
        revenueAtStake: Number(row.revenue),
      })),
      areas: areas.map((row): VoiceAreaRow => ({
        productAreaId: row.product_area_id,
        openTickets: row.open_tickets,
        customers: row.customers,
        revenueAtStake: Number(row.revenue),
      })),
      triageTimes: triageTimes(triage, this.config.voiceTriageTargetDays),
      topRequested: top.map((row) => toTicket(row, now)),
    };
  }
}

/** The months ending with `last` (YYYY-MM), oldest first. */
export function lastMonths(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const index = year * 12 + (month - 1) - back;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

export function triageTimes(
  rows: readonly { days: number | null; tickets: number; waiting: number; overdue: number }[],
  targetDays: number,
): VoiceInsights['triageTimes'] {
  const triagedRows = rows.filter((row) => row.days !== null && row.tickets > 0) as { days: number; tickets: number }[];
  const buckets: TriageTimeBucket[] = BUCKETS.map(([fromDays, toDays]) => ({
    fromDays,
    toDays,
    tickets: triagedRows
      .filter((row) => row.days >= fromDays && (toDays === null || row.days <= toDays))
      .reduce((sum, row) => sum + row.tickets, 0),
  }));
  const triaged = triagedRows.reduce((sum, row) => sum + row.tickets, 0);
  const withinTarget = triagedRows.filter((row) => row.days <= targetDays).reduce((sum, row) => sum + row.tickets, 0);
  return {
    targetDays,
    buckets,
    triaged,
    withinTarget,
    medianDays: median(triagedRows),
    waiting: rows.reduce((sum, row) => sum + row.waiting, 0),
    overdue: rows.reduce((sum, row) => sum + row.overdue, 0),
  };
}

function median(rows: readonly { days: number; tickets: number }[]): number | null {
  const total = rows.reduce((sum, row) => sum + row.tickets, 0);
  if (total === 0) return null;
  const sorted = [...rows].sort((a, b) => a.days - b.days);
  const at = (position: number): number => {
    let seen = 0;
    for (const row of sorted) {
      seen += row.tickets;
      if (seen > position) return row.days;
    }
    return sorted.at(-1)!.days;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
