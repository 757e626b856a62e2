import { engagementRecountSql } from '@kakehashi/server-newsletters';
import { SeedService } from '@kakehashi/server-platform';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { actor, ok, startNewslettersApp } from './newsletters-test-kit';

// The content's departments and how many editions each writes (the workflow's two included).
const CONTENT_CODES = ['PR', 'SLS', 'CS', 'SUP', 'PRD', 'ENG', 'MKT', 'HR', 'IT', 'CPL'];
const TABLES = [
  'newsletters',
  'editions',
  'edition_audience_snapshots',
  'edition_reads',
  'edition_reactions',
  'edition_reaction_counts',
  'edition_comments',
  'edition_acknowledgements',
];

describe('the newsletters demo seed', () => {
  let api: TestApp;

  const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => api.dataSource.query<T[]>(sql, params);
  const counts = async (): Promise<Record<string, number>> => {
    const entries = await Promise.all(
      TABLES.map(async (table) => [table, Number((await query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n)] as const),
    );
    return Object.fromEntries(entries);
  };
  const personaId = async (key: string): Promise<string> =>
    (await query<{ person_id: string }>('SELECT person_id FROM demo_personas WHERE persona_key = $1', [key]))[0]!.person_id;

  beforeAll(async () => {
    api = await startNewslettersApp();
    expect(await api.app.get(SeedService).seedOnce()).toEqual(['directory', 'newsletters', 'teams']);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('gives every department of the content its newsletter with months of editions, one pinned, one scheduled, one draft', async () => {
    const rows = await query<{ code: string; published: number; first: Date; last: Date }>(
      `SELECT d.code, count(*) FILTER (WHERE e.status = 'PUBLISHED')::int AS published, min(e.published_at) AS first, max(e.published_at) AS last
         FROM newsletters n JOIN departments d ON d.id = n.department_id JOIN editions e ON e.newsletter_id = n.id GROUP BY d.code`,
    );
    expect(rows.map((row) => row.code).sort()).toEqual([...CONTENT_CODES].sort());
    const now = Date.now();
    for (const row of rows) {
      expect(row.published).toBeGreaterThanOrEqual(2);
      expect(now - row.last.getTime()).toBeLessThan(8 * 86_400_000);
      expect(now - row.first.getTime()).toBeLessThan(130 * 86_400_000);
    }
    const statuses = await query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM editions WHERE status <> $1 GROUP BY status',
      ['PUBLISHED'],
    );
    expect(Object.fromEntries(statuses.map((row) => [row.status, row.n]))).toEqual({ DRAFT: 1, SCHEDULED: 1 });
    const pinned = await query<{ audience_kind: string }>('SELECT audience_kind FROM editions WHERE pinned_until > now()');
    expect(pinned).toEqual([{ audience_kind: 'COMPANY' }]);
    // Every body went through the sanitizer: lists survive, nothing else is added.
    const [{ lists }] = await query<{ lists: number }>("SELECT count(*)::int AS lists FROM editions WHERE body_html LIKE '%<ul><li>%'");
    expect(lists).toBeGreaterThan(5);
  });

  it('keeps counters equal to the rows and snapshots equal to the audience', async () => {
    const mismatched = await query(
      `SELECT * FROM (SELECT edition_id, kind, count(*)::int AS n FROM edition_reactions GROUP BY 1, 2) x
         FULL JOIN edition_reaction_counts c USING (edition_id, kind) WHERE x.n IS DISTINCT FROM c.count`,
    );
    expect(mismatched).toEqual([]);
    // Every edition's engagement counters, department by department, equal what is recorded.
    const engagement = await query(
      `SELECT edition_id, department_id FROM (${engagementRecountSql('true')}) x
         FULL JOIN edition_engagement g USING (edition_id, department_id)
        WHERE (g.openers, g.readers, g.reactors, g.comments, g.acknowledgements)
          IS DISTINCT FROM (x.openers, x.readers, x.reactors, x.comments, x.acknowledgements)`,
    );
    expect(engagement).toEqual([]);
    expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM edition_engagement WHERE openers > 0'))[0]!.n).toBeGreaterThan(10);
    const snapshots = await query(
      `SELECT e.id FROM editions e LEFT JOIN (SELECT edition_id, sum(member_count)::int AS total FROM edition_audience_snapshots GROUP BY 1) s
         ON s.edition_id = e.id WHERE e.status = 'PUBLISHED' AND s.total IS DISTINCT FROM e.audience_size`,
    );
    expect(snapshots).toEqual([]);
    // Reads, reactions and acknowledgements only from the audience, at most once each.
    const outside = await query(
      `SELECT r.edition_id FROM edition_reads r JOIN editions e ON e.id = r.edition_id
        WHERE e.audience_kind = 'DEPARTMENTS' AND NOT r.department_id = ANY(e.audience_expanded_ids)`,
    );
    expect(outside).toEqual([]);
  });

  it('has rates of the audience in 0..1, read rate below reach, must-reads mostly acknowledged', async () => {
    const rows = await query<{ must_read: boolean; reach: number; read_rate: number; reaction_rate: number; ack_rate: number }>(
      `SELECT e.must_read,
              (SELECT count(*) FROM edition_reads r WHERE r.edition_id = e.id)::float / e.audience_size AS reach,
              (SELECT count(read_at) FROM edition_reads r WHERE r.edition_id = e.id)::float / e.audience_size AS read_rate,
              (SELECT count(DISTINCT person_id) FROM edition_reactions x WHERE x.edition_id = e.id)::float / e.audience_size AS reaction_rate,
              (SELECT count(*) FROM edition_acknowledgements a WHERE a.edition_id = e.id)::float / e.audience_size AS ack_rate
         FROM editions e WHERE e.status = 'PUBLISHED'`,
    );
    expect(rows.length).toBeGreaterThan(25);
    for (const row of rows) {
      for (const rate of [row.reach, row.read_rate, row.reaction_rate, row.ack_rate]) {
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }
      expect(row.reach).toBeGreaterThanOrEqual(0.3);
      expect(row.read_rate).toBeLessThan(row.reach);
      if (row.must_read) expect(row.ack_rate).toBeGreaterThanOrEqual(0.55);
      else expect(row.ack_rate).toBe(0);
    }
    const [{ replies, mentions }] = await query<{ replies: number; mentions: number }>(
      `SELECT count(*) FILTER (WHERE parent_id IS NOT NULL)::int AS replies, count(*) FILTER (WHERE cardinality(mention_ids) > 0)::int AS mentions
         FROM edition_comments`,
    );
    expect(replies).toBeGreaterThan(0);
    expect(mentions).toBe(1);
    const kinds = await query<{ kind: string }>('SELECT kind FROM edition_reactions GROUP BY kind ORDER BY count(*) DESC');
    expect(kinds[0]?.kind).toBe('LIKE');
  });

  it("shows the editor persona its newsletter's analytics and the employee persona a feed with unread editions", async () => {
    const editor = await actor(api, await personaId('editor'));
    const [pinned] = await query<{ id: string }>('SELECT id FROM editions WHERE pinned_until > now()');
    const analytics = ok(
      await editor.gql<{ editionAnalytics: { audienceSize: number; reach: number; readRate: number; acknowledgementRate: number } }>(
        'query ($id: ID!) { editionAnalytics(editionId: $id) { audienceSize reach readRate acknowledgementRate } }',
        { id: pinned!.id },
      ),
    ).editionAnalytics;
    expect(analytics.audienceSize).toBeGreaterThan(100);
    expect(analytics.reach).toBeGreaterThan(0.3);
    expect(analytics.readRate).toBeLessThan(analytics.reach);
    expect(analytics.acknowledgementRate).toBeGreaterThanOrEqual(0.6);

    for (const key of ['employee', 'sales', 'editor']) {
      const reader = await actor(api, await personaId(key));
      const feed = ok(
        await reader.gql<{ feed: { edges: { node: { id: string; pinned: boolean; unread: boolean } }[] } }>(
          '{ feed(first: 50) { edges { node { id pinned unread } } } }',
        ),
      ).feed.edges.map((edge) => edge.node);
      expect(feed[0]).toMatchObject({ id: pinned!.id, pinned: true });
      expect(feed.some((edition) => edition.unread)).toBe(true);
    }
  });

  it('adds nothing when the seed runs again', async () => {
    const before = await counts();
    expect(await api.app.get(SeedService).seedOnce()).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
