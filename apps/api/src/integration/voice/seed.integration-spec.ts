// The customer-voice demo seed on a fresh database through the real seed runner: what the
// server relies on in every row, and what the support and product personas see.
import { SeedService } from '@kakehashi/server-platform';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { actor, ok, startVoiceApp } from './voice-test-kit';

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** Rows that break what the server relies on, by check (none expected). */
async function brokenInvariants(query: Query): Promise<Record<string, unknown[]>> {
  const checks: Record<string, string> = {
    // The counters kept in each ticket's row equal a recount over its voices.
    counters: `WITH a AS (SELECT ticket_id, account_key, max(annual_contract_value) AS value FROM customer_voices GROUP BY 1, 2)
      SELECT t.number FROM voice_tickets t
        LEFT JOIN (SELECT ticket_id, count(*)::int AS customers, coalesce(sum(value), 0) AS revenue FROM a GROUP BY 1) r ON r.ticket_id = t.id
        LEFT JOIN (SELECT ticket_id, count(*)::int AS voices FROM customer_voices GROUP BY 1) v ON v.ticket_id = t.id
       WHERE t.customer_count <> coalesce(r.customers, 0) OR t.revenue_at_stake <> coalesce(r.revenue, 0) OR t.voice_count <> coalesce(v.voices, 0)`,
    merged: `SELECT t.number FROM voice_tickets t LEFT JOIN voice_tickets s ON s.id = t.merged_into_id
       WHERE (t.status = 'MERGED') <> (t.merged_into_id IS NOT NULL) OR (t.status = 'MERGED' AND (s.id IS NULL OR s.status = 'MERGED' OR t.voice_count <> 0))`,
    strayVoices: `SELECT v.id FROM customer_voices v LEFT JOIN voice_tickets t ON t.id = v.ticket_id WHERE t.id IS NULL OR t.status = 'MERGED'`,
    triaged: `SELECT number FROM voice_tickets WHERE (status = 'NEW') <> (first_triaged_at IS NULL) OR (first_triaged_at IS NOT NULL AND triage_business_days IS NULL)
       OR first_triaged_at < filed_at OR triage_due_at <= filed_at`,
    declined: `SELECT number FROM voice_tickets WHERE (status = 'DECLINED') <> (decline_reason IS NOT NULL)`,
    areas: `SELECT t.number FROM voice_tickets t LEFT JOIN product_areas a ON a.id = t.product_area_id WHERE a.id IS NULL`,
    owners: `SELECT t.number FROM voice_tickets t JOIN people p ON p.id = t.owner_id WHERE NOT p.active`,
    events: `SELECT t.number FROM voice_tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'FILED')`,
    searchable: `SELECT number FROM voice_tickets WHERE search_vector IS NULL OR summary_vector IS NULL`,
    keys: `SELECT author_id, idempotency_key FROM ticket_comments GROUP BY 1, 2 HAVING count(*) > 1`,
  };
  const found: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(checks)) found[name] = (await query<unknown>(sql)).slice(0, 5);
  return found;
}

describe('the customer-voice demo seed', () => {
  let api: TestApp;
  const query: Query = <T>(sql: string, params: unknown[] = []) => api.dataSource.query<T[]>(sql, params);

  beforeAll(async () => {
    api = await startVoiceApp();
    expect(await api.app.get(SeedService).seedOnce()).toEqual(['directory', 'goals', 'voice', 'teams']);
  });

  afterAll(() => api?.close());

  it('keeps every invariant the server relies on', async () => {
    const found = await brokenInvariants(query);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
  });

  it('holds a year of tickets in every state, some merged, some past their target, many customers', async () => {
    const statuses = await query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM voice_tickets GROUP BY 1');
    expect(statuses.map((row) => row.status).sort()).toEqual(['DECLINED', 'IN_PROGRESS', 'MERGED', 'NEW', 'PLANNED', 'SHIPPED', 'TRIAGED']);
    const total = statuses.reduce((sum, row) => sum + row.n, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    const [facts] = await query<{ accounts: number; overdue: number; multi: number }>(
      `SELECT (SELECT count(DISTINCT account_key)::int FROM customer_voices) AS accounts,
              (SELECT count(*)::int FROM voice_tickets WHERE status = 'NEW' AND triage_due_at < now()) AS overdue,
              (SELECT count(*)::int FROM voice_tickets WHERE customer_count > 1) AS multi`,
    );
    expect(facts!.accounts).toBeGreaterThanOrEqual(40);
    expect(facts!.overdue).toBeGreaterThan(0);
    expect(facts!.multi).toBeGreaterThan(10);
  });

  it('is what the product persona triages and the support persona follows', async () => {
    const [product] = await query<{ person_id: string }>("SELECT person_id FROM demo_personas WHERE persona_key = 'product'");
    const [support] = await query<{ person_id: string }>("SELECT person_id FROM demo_personas WHERE persona_key = 'support'");
    const inbox = ok(
      await (
        await actor(api, product!.person_id)
      ).gql<{ tickets: { nodes: { revenueAtStake: number }[] } }>(
        '{ tickets(sort: MOST_REVENUE, first: 50) { nodes { revenueAtStake } } }',
      ),
    ).tickets.nodes;
    expect(inbox).toHaveLength(50);
    expect(inbox[0]!.revenueAtStake).toBeGreaterThan(inbox[49]!.revenueAtStake);
    const mine = ok(
      await (await actor(api, support!.person_id)).gql<{ myTickets: { nodes: unknown[] } }>('{ myTickets(first: 20) { nodes { id } } }'),
    ).myTickets.nodes;
    expect(mine.length).toBeGreaterThan(0);
  });
});
