import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  OPEN_TICKET_STATUSES,
  TicketSort,
  TicketStatus,
  VOICE_SEARCH_TEXT_MAX_LENGTH,
  VOICE_SUGGESTION_TEXT_MAX_LENGTH,
} from '@kakehashi/shared-contracts';
import {
  cleanSearchText,
  decodeCursor,
  encodeCursor,
  highlight,
  matchRanges,
  type SearchTerms,
  searchTerms,
  toTsQuery,
  type Viewer,
} from '@kakehashi/server-platform';
import { assertCanTriage } from '../common/voice-access';
import type { SimilarTicketsArgs, TicketFilterInput, TicketsArgs } from '../tickets/dto/tickets.args';
import { TICKET_COLUMNS, type TicketRow, toTicket } from '../tickets/ticket-mapper';
import type { TicketConnection, TicketStatusCount, TicketSuggestion } from '../tickets/ticket.model';
import { VoiceLexicon } from './voice-lexicon';
import { VoiceCountsCache } from './voice-search-cache';

/** Sort keys: ORDER BY, the keyset comparison of the cursor's two values, and those values of a row. */
const SORTS: Record<TicketSort, { orderBy: string; keyset: string; key: string }> = {
  [TicketSort.NEWEST]: {
    orderBy: 't.filed_at DESC, t.id DESC',
    keyset: '(t.filed_at, t.id) < ($K1::timestamptz, $K2::uuid)',
    key: 't.filed_at::text',
  },
  [TicketSort.MOST_CUSTOMERS]: {
    orderBy: 't.customer_count DESC, t.id DESC',
    keyset: '(t.customer_count, t.id) < ($K1::int, $K2::uuid)',
    key: 't.customer_count::text',
  },
  [TicketSort.MOST_REVENUE]: {
    orderBy: 't.revenue_at_stake DESC, t.id DESC',
    keyset: '(t.revenue_at_stake, t.id) < ($K1::numeric, $K2::uuid)',
    key: 't.revenue_at_stake::text',
  },
  [TicketSort.OLDEST_UNTRIAGED]: {
    orderBy: 't.filed_at, t.id',
    keyset: '(t.filed_at, t.id) > ($K1::timestamptz, $K2::uuid)',
    key: 't.filed_at::text',
  },
};

/** Candidates ranked for "similar tickets" before the weak ones are dropped. */
const SUGGESTION_CANDIDATES = 20;
/** Terms of the filing text the suggestion search uses at most. */
const SUGGESTION_TERMS_MAX = 12;
const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/;

/** A search for a ticket by its code: VOC-123, voc123 or #123 (a bare number is searched as text). */
const TICKET_CODE = /^(?:voc[-\s]?|#)(\d{1,9})$/i;

/** The ticket number a search names, or null when it is words to search for. */
export function ticketNumberOf(search: string | null | undefined): number | null {
  const match = TICKET_CODE.exec((search ?? '').normalize('NFKC').trim());
  return match ? Number(match[1]) : null;
}

/** What an inbox search asks: a ticket by its number, words (a tsquery), or nothing ('' when its text has no letters). */
type InboxSearch = { number: number } | { tsQuery: string } | null;

/** Filters as SQL over `t`, with their parameters appended to `params`. */
function filterSql(filter: TicketFilterInput | null | undefined, sort: TicketSort, params: unknown[], search: InboxSearch): string[] {
  const add = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const statuses = filter?.statuses?.length ? filter.statuses : null;
  if (statuses) where.push(`t.status = ANY(${add(statuses)}::text[])`);
  else where.push(`t.status <> 'MERGED'`);
  if (sort === TicketSort.OLDEST_UNTRIAGED) where.push(`t.status = 'NEW'`);
  if (filter?.productAreaIds?.length)
    where.push(`t.product_area_id = ANY(${add(filter.productAreaIds.map((id) => id.toLowerCase()))}::uuid[])`);
  if (filter?.categories?.length) where.push(`t.category = ANY(${add(filter.categories)}::text[])`);
  if (filter?.impacts?.length) where.push(`t.impact = ANY(${add(filter.impacts)}::text[])`);
  if (filter?.segments?.length) where.push(`t.segments && ${add(filter.segments)}::text[]`);
  if (filter?.olderThanDays !== undefined && filter.olderThanDays !== null) {
    where.push(`t.filed_at <= now() - make_interval(days => ${add(filter.olderThanDays)}::int)`);
  }
  if (filter?.newerThanDays !== undefined && filter.newerThanDays !== null) {
    where.push(`t.filed_at >= now() - make_interval(days => ${add(filter.newerThanDays)}::int)`);
  }
  if (filter?.ownerId) where.push(`t.owner_id = ${add(filter.ownerId.toLowerCase())}::uuid`);
  if (filter?.unassigned) where.push('t.owner_id IS NULL');
  if (filter?.triageOverdue) where.push(`t.status = 'NEW' AND t.triage_due_at < now()`);
  if (filter?.goalId) where.push(`t.goal_ids @> ARRAY[${add(filter.goalId.toLowerCase())}::uuid]`);
  if (search && 'number' in search) where.push(`t.number = ${add(search.number)}::int`);
  if (search && 'tsQuery' in search) where.push(`t.search_vector @@ ${add(search.tsQuery)}::tsquery`);
  return where;
}

/**
 * Lists of tickets: product's triage inbox (filters, sorts, keyset pages), its status counts,
 * a filer's own tickets, and the open tickets like one being filed. The inbox reads one
 * statement per page (indexes serve each sort); counts are cached briefly.
 */
@Injectable()
export class TicketSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lexicon: VoiceLexicon,
    private readonly counts: VoiceCountsCache,
  ) {}

  async inbox(viewer: Viewer, args: TicketsArgs): Promise<TicketConnection> {
    assertCanTriage(viewer);
    const sort = args.sort;
    const order = SORTS[sort];
    const params: unknown[] = [];
    const search = await this.searchOf(args.filter?.search);
    if (search && 'tsQuery' in search && search.tsQuery === '') return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const where = filterSql(args.filter, sort, params, search);
    if (args.after) {
      const [key, id] = decodeCursor(args.after, 2);
      params.push(key, id);
      where.push(order.keyset.replace('$K1', `$${params.length - 1}`).replace('$K2', `$${params.length}`));
    }
    params.push(args.first + 1);
    const rows = await this.dataSource.query<(TicketRow & { sort_key: string })[]>(
      `SELECT ${TICKET_COLUMNS}, ${order.key} AS sort_key FROM voice_tickets t
       WHERE ${where.join(' AND ')} ORDER BY ${order.orderBy} LIMIT $${params.length}`,
      params,
    );
    return page(rows, args.first);
  }

  /** How many tickets of each status match the filters other than status (the inbox's tabs). */
  async statusCounts(viewer: Viewer, filter: TicketFilterInput | null | undefined): Promise<TicketStatusCount[]> {
    assertCanTriage(viewer);
    const search = await this.searchOf(filter?.search);
    if (search && 'tsQuery' in search && search.tsQuery === '') return [];
    const key = JSON.stringify(['statusCounts', { ...filter, statuses: null }, search]);
    return (await this.counts.get(key, async () => {
      const params: unknown[] = [];
      const where = filterSql({ ...filter, statuses: Object.values(TicketStatus) }, TicketSort.NEWEST, params, search);
      const rows = await this.dataSource.query<{ status: TicketStatus; count: number }[]>(
        `SELECT t.status, count(*)::int AS count FROM voice_tickets t WHERE ${where.join(' AND ')} GROUP BY t.status`,
        params,
      );
      return Object.values(TicketStatus).map((status) => ({ status, count: rows.find((row) => row.status === status)?.count ?? 0 }));
    })) as TicketStatusCount[];
  }

  /** Tickets I filed or added a voice to (where my voices are now), newest first. */
  async mine(viewer: Viewer, first: number, after: string | null | undefined): Promise<TicketConnection> {
    const params: unknown[] = [viewer.personId];
    let keyset = '';
    if (after) {
      params.push(...decodeCursor(after, 2));
      keyset = `AND ${SORTS.NEWEST.keyset.replace('$K1', '$2').replace('$K2', '$3')}`;
    }
    params.push(first + 1);
    const rows = await this.dataSource.query<(TicketRow & { sort_key: string })[]>(
      `SELECT ${TICKET_COLUMNS}, ${SORTS.NEWEST.key} AS sort_key FROM voice_tickets t
       WHERE t.id IN (SELECT v.ticket_id FROM customer_voices v WHERE v.filer_id = $1) ${keyset}
       ORDER BY ${SORTS.NEWEST.orderBy} LIMIT $${params.length}`,
      params,
    );
    return page(rows, first);
  }

  /**
   * Open tickets like the text being filed (its summary and the start of the verbatim): those
   * sharing at least two of its words (or kanji/katakana terms), the ones sharing more (and
   * with more customers) first.
   */
  async similar(args: SimilarTicketsArgs): Promise<TicketSuggestion[]> {
    const text = cleanSearchText(args.text, VOICE_SUGGESTION_TEXT_MAX_LENGTH);
    if (!text) return [];
    const terms = informativeTerms(searchTerms(text));
    const similarWords = await this.lexicon.similarWords(terms);
    const rankQuery = toTsQuery(terms, similarWords, '|');
    const pieces = [
      ...terms.words.map((word) => toTsQuery({ words: [word], runs: [] }, similarWords)),
      ...terms.runs.map((run) => toTsQuery({ words: [], runs: [run] })),
    ].filter((piece): piece is string => piece !== null);
    if (rankQuery === null || pieces.length === 0) return [];
    // Two of the terms at least (all of a term's pairs of characters): the index finds those, not every ticket sharing a word.
    const matchQuery =
      pieces.length === 1 ? pieces[0]! : pieces.flatMap((a, i) => pieces.slice(i + 1).map((b) => `(${a}) & (${b})`)).join(' | ');
    const termCount = pieces.length;
    const rows = await this.dataSource.query<(TicketRow & { rank: number })[]>(
      `SELECT ${TICKET_COLUMNS}, ts_rank(t.summary_vector, $2::tsquery) AS rank FROM voice_tickets t
       WHERE t.status IN (${OPEN_TICKET_STATUSES.map((status) => `'${status}'`).join(', ')}) AND t.summary_vector @@ $1::tsquery
       ORDER BY rank DESC, t.customer_count DESC, t.id LIMIT ${SUGGESTION_CANDIDATES}`,
      [matchQuery, rankQuery],
    );
    const now = new Date();
    const needed = Math.min(2, termCount);
    return rows
      .map((row) => ({ ticket: toTicket(row, now), shared: sharedTerms(row.summary + ' ' + (row.theme ?? ''), terms, similarWords) }))
      .filter((candidate) => candidate.shared >= needed)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, args.first)
      .map(({ ticket }) => ({ ticket, summaryHighlight: highlight(ticket.summary, terms, similarWords) }));
  }

  private async searchOf(search: string | null | undefined): Promise<InboxSearch> {
    const text = cleanSearchText(search, VOICE_SEARCH_TEXT_MAX_LENGTH);
    if (text === null) return null;
    const number = ticketNumberOf(text);
    if (number !== null) return { number };
    const terms = searchTerms(text);
    return { tsQuery: toTsQuery(terms, await this.lexicon.similarWords(terms)) ?? '' };
  }
}

function page(rows: (TicketRow & { sort_key: string })[], size: number): TicketConnection {
  const now = new Date();
  const shown = rows.slice(0, size);
  const last = shown.at(-1);
  return {
    nodes: shown.map((row) => toTicket(row, now)),
    pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([last.sort_key, last.id]) : null },
  };
}

/**
 * What tells one ticket from another: words, and runs of Japanese split so that hiragana
 * (particles and endings: する, ので, ません) does not count, nor a lone kanji when there is more:
 * 請求書の金額が合わない → 請求書, 金額.
 */
function informativeTerms(terms: SearchTerms): SearchTerms {
  const pieces: string[] = [];
  for (const run of terms.runs) {
    for (const piece of run.split(/[\u3041-\u309f]+/)) if (piece && !HIRAGANA_ONLY.test(piece)) pieces.push(piece);
  }
  const words = terms.words.filter((word) => word.length >= 2);
  const longer = pieces.filter((piece) => [...piece].length >= 2);
  const distinctRuns = [...new Set(longer.length > 0 || words.length > 0 ? longer : pieces)];
  return { words: words.slice(0, SUGGESTION_TERMS_MAX), runs: distinctRuns.slice(0, Math.max(0, SUGGESTION_TERMS_MAX - words.length)) };
}

/** How many of the terms occur in the text. */
function sharedTerms(text: string, terms: SearchTerms, similarWords: ReadonlyMap<string, readonly string[]>): number {
  let shared = 0;
  for (const word of terms.words) if (matchRanges(text, { words: [word], runs: [] }, similarWords).length > 0) shared++;
  for (const run of terms.runs) if (matchRanges(text, { words: [], runs: [run] }).length > 0) shared++;
  return shared;
}
