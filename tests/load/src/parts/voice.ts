import type { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { seedVoice, type VoiceSeedDirectory } from '@kakehashi/server-voice';
import { VOICE_TRIAGE_TARGET_DAYS_DEFAULT } from '@kakehashi/shared-contracts';
import type { BenchOperation, BenchPart } from '../bench-part';

// What the triage inbox and the ticket page of the web client ask (their documents, fragments spelled out).
const PERSON = 'id displayName displayNameEn';
const TICKET_ROW = `id number code status summary category impact theme voiceCount customerCount revenueAtStake segments filedAt
  triageDueAt triageOverdue statusChangedAt productArea { id key nameJa nameEn } owner { ${PERSON} }`;
const INBOX_DOCUMENT = `query BenchTriageInbox($after: String) {
  tickets(sort: MOST_REVENUE, first: 50, after: $after) { nodes { ${TICKET_ROW} } pageInfo { hasNextPage endCursor } } }`;
const TICKET_PAGE_DOCUMENT = `query BenchTicketPage($id: ID!) {
  ticket(id: $id) { ${TICKET_ROW} declineReason firstTriagedAt version canEdit canTriage following filer { ${PERSON} }
    mergedInto { id code summary status } mergedFrom { id code summary status }
    voices { id accountName segment annualContractValue contactRole channel verbatim externalReference createdAt
      filer { ${PERSON} } mergedFrom { id code } }
    timeline { id kind fromStatus toStatus body internal createdAt actor { ${PERSON} } otherTicket { id code summary } }
    linkedGoals { id code title titleEn status } linkedStories { id title titleEn accountName } } }`;

// The floor: the same data as a careful hand-written client would fetch it through pg.
const FLOOR_INBOX = `SELECT t.id, t.number, t.status, t.summary, t.category, t.impact, t.theme, t.voice_count, t.customer_count, t.revenue_at_stake,
    t.segments, t.filed_at, t.triage_due_at, t.status_changed_at, a.key, a.name_ja, a.name_en, p.display_name, p.display_name_en
  FROM voice_tickets t LEFT JOIN product_areas a ON a.id = t.product_area_id LEFT JOIN people p ON p.id = t.owner_id
  WHERE t.status <> 'MERGED' ORDER BY t.revenue_at_stake DESC, t.id DESC LIMIT 51`;
const FLOOR_TICKET = `SELECT t.*, a.name_ja, (SELECT json_agg(v ORDER BY v.created_at) FROM customer_voices v WHERE v.ticket_id = t.id) AS voices,
    (SELECT json_agg(e ORDER BY e.created_at) FROM ticket_events e WHERE e.ticket_id = t.id) AS events,
    (SELECT json_agg(c ORDER BY c.created_at) FROM ticket_comments c WHERE c.ticket_id = t.id) AS comments
  FROM voice_tickets t LEFT JOIN product_areas a ON a.id = t.product_area_id WHERE t.id = $1`;

function rotate<T>(pool: readonly T[], i: number, what: string): T {
  if (pool.length === 0) throw new Error(`The bench database has no ${what}: run npm run bench:seed first.`);
  return pool[i % pool.length]!;
}

async function readDirectory(manager: EntityManager): Promise<VoiceSeedDirectory> {
  const people = await manager.query<{ id: string; code: string | null; roles: string[] }[]>(
    `SELECT p.id, d.code, p.roles FROM people p LEFT JOIN departments d ON d.id = p.department_id WHERE p.active ORDER BY p.sort_name, p.id`,
  );
  return { people: people.map((p) => ({ id: p.id, departmentCode: p.code, roles: p.roles })) };
}

async function floorTicketPage(pg: Client, id: string): Promise<void> {
  const { rows } = await pg.query<{ filer_id: string; owner_id: string | null; voices: { filer_id: string }[] | null }>(FLOOR_TICKET, [id]);
  const ticket = rows[0];
  if (!ticket) return;
  const people = new Set([ticket.filer_id, ...(ticket.owner_id ? [ticket.owner_id] : []), ...(ticket.voices ?? []).map((v) => v.filer_id)]);
  await pg.query('SELECT id, display_name, display_name_en FROM people WHERE id = ANY($1::uuid[])', [[...people]]);
}

export const voicePart: BenchPart = {
  name: 'voice',
  order: 60,

  async seed({ scale, manager, log }) {
    const counts = await seedVoice(manager, await readDirectory(manager), {
      now: new Date(),
      scale,
      triageTargetDays: VOICE_TRIAGE_TARGET_DAYS_DEFAULT,
    });
    log(
      `voice: ${counts.tickets} tickets (${counts.merged} merged), ${counts.voices} voices, ${counts.events} events, ` +
        `${counts.comments} comments, ${counts.productAreas} product areas`,
    );
    await manager.query('ANALYZE voice_tickets, customer_voices, ticket_events, ticket_comments, product_areas');
  },

  async operations(client: Client): Promise<BenchOperation[]> {
    // Ticket pages product opens from the inbox: tickets with many voices first, then any.
    const { rows: tickets } = await client.query<{ id: string }>(
      `(SELECT id FROM voice_tickets WHERE status <> 'MERGED' ORDER BY revenue_at_stake DESC LIMIT 100)
       UNION (SELECT id FROM voice_tickets ORDER BY md5(id::text) LIMIT 200)`,
    );
    const ticketIds = tickets.map((row) => row.id);
    return [
      {
        name: 'triage inbox (50 by revenue at stake)',
        persona: 'product',
        statementBudget: 5,
        document: INBOX_DOCUMENT,
        variables: () => ({ after: null }),
        floor: async (pg) => {
          await pg.query(FLOOR_INBOX);
        },
      },
      {
        name: 'ticket page with voices and timeline',
        persona: 'product',
        statementBudget: 5,
        document: TICKET_PAGE_DOCUMENT,
        variables: (i) => ({ id: rotate(ticketIds, i, 'tickets') }),
        floor: (pg, i) => floorTicketPage(pg, rotate(ticketIds, i, 'tickets')),
      },
    ];
  },
};
