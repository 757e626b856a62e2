import type { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { type NewsletterSeedDirectory, seedNewsletters } from '@kakehashi/server-newsletters';
import type { BenchOperation, BenchPart } from '../bench-part';

const DAY_MS = 24 * 60 * 60 * 1000;

const PERSON_FIELDS = 'id displayName displayNameEn title titleEn department { id nameJa nameEn }';
const REACTION_FIELDS = 'kind emoji count reactedByMe';
// What the home feed's card shows.
const FEED_CARD = `id title summary coverImageUrl tags publishedAt mustRead pinned unread acknowledgedByMe commentCount
  newsletter { id nameJa nameEn } author { ${PERSON_FIELDS} } reactions { ${REACTION_FIELDS} }`;
// Comment authors with their department, as a thread shows who wrote from where.
const COMMENT_FIELDS = `id body createdAt editedAt deleted hidden hiddenReason mine version parentId
  author { ${PERSON_FIELDS} } mentions { id displayName displayNameEn }`;
const ENGAGEMENT = 'audienceSize openers readers reactors comments acknowledgements reach readRate reactionRate acknowledgementRate';

// The floor's statements: what a careful hand-written client sends through pg.
const PERSON_COLUMNS = `p.id, p.display_name, p.display_name_en, p.title, p.title_en, d.id AS department_id, d.name_ja, d.name_en
  FROM people p LEFT JOIN departments d ON d.id = p.department_id`;
const EDITION_COLUMNS = `e.id, e.newsletter_id, e.author_id, e.status, e.title, e.summary, e.cover_image_url, e.tags, e.audience_kind,
  e.audience_size, e.must_read, e.pinned_until, e.published_at, n.name_ja, n.name_en, n.department_id, r.opened_at, r.read_at, a.acknowledged_at,
  (SELECT count(*)::int FROM edition_comments c WHERE c.edition_id = e.id AND c.deleted_at IS NULL AND c.hidden_at IS NULL) AS comment_count,
  (SELECT json_object_agg(rc.kind, rc.count) FROM edition_reaction_counts rc WHERE rc.edition_id = e.id AND rc.count > 0) AS reaction_counts,
  ARRAY(SELECT mr.kind FROM edition_reactions mr WHERE mr.edition_id = e.id AND mr.person_id = $1) AS my_reactions`;
const EDITION_JOINS = `FROM editions e JOIN newsletters n ON n.id = e.newsletter_id
  LEFT JOIN newsletter_follows nf ON nf.newsletter_id = n.id AND nf.person_id = $1
  LEFT JOIN edition_reads r ON r.edition_id = e.id AND r.person_id = $1
  LEFT JOIN edition_acknowledgements a ON a.edition_id = e.id AND a.person_id = $1`;
const COMMENT_COLUMNS =
  'c.id, c.parent_id, c.author_id, c.body, c.mention_ids, c.edited_at, c.deleted_at, c.hidden_at, c.hidden_reason, c.created_at, c.version';

function rotate<T>(pool: T[], i: number, what: string): T {
  if (pool.length === 0) throw new Error(`The bench database has no ${what}: run npm run bench:seed first.`);
  return pool[i % pool.length]!;
}

/** The directory as written by the directory's part (it ran first, in its own transaction). */
async function readDirectory(manager: EntityManager): Promise<NewsletterSeedDirectory> {
  const departments = await manager.query<{ id: string; code: string; name_ja: string; name_en: string; parent_id: string | null }[]>(
    'SELECT id, code, name_ja, name_en, parent_id FROM departments ORDER BY sort_order, code',
  );
  const people = await manager.query<
    { id: string; display_name: string; department_id: string | null; roles: string[]; persona_key: string | null }[]
  >(
    `SELECT p.id, p.display_name, p.department_id, p.roles, dp.persona_key FROM people p
       LEFT JOIN demo_personas dp ON dp.person_id = p.id
      WHERE p.active ORDER BY p.sort_name, p.id`,
  );
  return {
    departments: departments.map((d) => ({ id: d.id, code: d.code, nameJa: d.name_ja, nameEn: d.name_en, parentId: d.parent_id })),
    people: people.map((p) => ({
      id: p.id,
      displayName: p.display_name,
      departmentId: p.department_id,
      editor: p.roles.includes('HUB_EDITOR'),
      persona: p.persona_key,
    })),
  };
}

interface Persona {
  personId: string;
  departmentId: string;
  /** Their department and those above it (the newsletters they follow by default). */
  departmentChain: string[];
}

async function persona(client: Client, key: string): Promise<Persona> {
  const { rows } = await client.query<{ person_id: string; department_id: string; chain: string[] }>(
    `WITH RECURSIVE up AS (
       SELECT d.id, d.parent_id, 0 AS depth FROM demo_personas dp JOIN people p ON p.id = dp.person_id JOIN departments d ON d.id = p.department_id
        WHERE dp.persona_key = $1
       UNION ALL SELECT d.id, d.parent_id, up.depth + 1 FROM departments d JOIN up ON d.id = up.parent_id)
     SELECT dp.person_id, p.department_id, (SELECT array_agg(id ORDER BY depth) FROM up) AS chain
       FROM demo_personas dp JOIN people p ON p.id = dp.person_id WHERE dp.persona_key = $1`,
    [key],
  );
  const row = rows[0];
  if (!row) throw new Error(`No demo persona "${key}" in the bench database: run npm run bench:seed first.`);
  return { personId: row.person_id, departmentId: row.department_id, departmentChain: row.chain };
}

async function people(pg: Client, ids: Iterable<string>): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length > 0) await pg.query(`SELECT ${PERSON_COLUMNS} WHERE p.id = ANY($1::uuid[])`, [unique]);
}

export const newslettersPart: BenchPart = {
  name: 'newsletters',
  order: 30,

  async seed({ scale, manager, log }) {
    const directory = await readDirectory(manager);
    const counts = await seedNewsletters(manager, directory, { now: new Date(), scale });
    log(
      `newsletters: ${counts.newsletters} newsletters, ${counts.editions} editions, ${counts.reactions} reactions, ${counts.reads} reads, ` +
        `${counts.comments} comments, ${counts.acknowledgements} acknowledgements`,
    );
    await manager.query(
      'ANALYZE newsletters, editions, edition_audience_snapshots, edition_reads, edition_reactions, edition_reaction_counts, edition_comments, edition_acknowledgements, edition_engagement',
    );
  },

  async operations(client: Client): Promise<BenchOperation[]> {
    const employee = await persona(client, 'employee');
    const sales = await persona(client, 'sales');
    const editor = await persona(client, 'editor');

    // Editions addressed to the sales persona with the most comments: a full edition page.
    const { rows: discussed } = await client.query<{ id: string }>(
      `SELECT e.id FROM editions e
        WHERE e.status = 'PUBLISHED' AND (e.audience_kind = 'COMPANY' OR $1::uuid = ANY(e.audience_expanded_ids))
        ORDER BY (SELECT count(*) FROM edition_comments c WHERE c.edition_id = e.id) DESC, e.published_at DESC, e.id LIMIT 50`,
      [sales.departmentId],
    );
    // Published editions of the newsletters the editor persona edits (their department's), newest first.
    const { rows: edited } = await client.query<{ id: string; newsletter_id: string; published_at: Date }>(
      `SELECT e.id, e.newsletter_id, e.published_at FROM editions e JOIN newsletters n ON n.id = e.newsletter_id
        WHERE n.department_id = $1 AND e.status = 'PUBLISHED' ORDER BY e.published_at DESC, e.id LIMIT 50`,
      [editor.departmentId],
    );
    const editionIds = discussed.map((row) => row.id);
    const analyticsIds = edited.map((row) => row.id);
    const newsletterId = edited[0]?.newsletter_id ?? null;
    const newest = edited[0]?.published_at.getTime() ?? Date.now();
    // A quarter of the editor's newsletter, sliding back a month at a time.
    const quarter = (i: number): { from: Date; to: Date } => {
      const to = new Date(newest + DAY_MS - (i % 6) * 30 * DAY_MS);
      return { from: new Date(to.getTime() - 90 * DAY_MS), to };
    };

    return [
      {
        name: 'feed (20 editions)',
        persona: 'employee',
        statementBudget: 5,
        document: `query BenchFeed { feed(first: 20) { pageInfo { endCursor hasNextPage } edges { cursor node { ${FEED_CARD} } } } }`,
        variables: () => ({}),
        floor: async (pg) => {
          // Pinned editions, then the rest newest first: each branch served by its own index.
          const mine = `e.status = 'PUBLISHED' AND (e.audience_kind = 'COMPANY' OR $2::uuid = ANY(e.audience_expanded_ids))
                AND coalesce(nf.following, n.company_wide OR n.department_id = ANY($3::uuid[]))`;
          const pinned = 'e.pinned_until IS NOT NULL AND e.pinned_until > now()';
          const { rows } = await pg.query<{ id: string; author_id: string }>(
            `SELECT * FROM (
               (SELECT 1 AS rank, ${EDITION_COLUMNS} ${EDITION_JOINS} WHERE ${mine} AND ${pinned} ORDER BY e.published_at DESC, e.id DESC LIMIT 21)
               UNION ALL
               (SELECT 0, ${EDITION_COLUMNS} ${EDITION_JOINS} WHERE ${mine} AND NOT coalesce(${pinned}, false)
                 ORDER BY e.published_at DESC, e.id DESC LIMIT 21)
             ) feed ORDER BY rank DESC, published_at DESC, id DESC LIMIT 21`,
            [employee.personId, employee.departmentId, employee.departmentChain],
          );
          await people(
            pg,
            rows.map((row) => row.author_id),
          );
        },
      },
      {
        name: 'edition page with comments',
        persona: 'sales',
        statementBudget: 5,
        document: `query BenchEditionPage($id: ID!) { edition(id: $id) { ${FEED_CARD} bodyHtml readProgress canEdit
          audience { kind size departments { id nameJa nameEn } }
          comments(first: 10) { pageInfo { endCursor hasNextPage } edges { cursor node { ${COMMENT_FIELDS} replyCount replies { ${COMMENT_FIELDS} } } } } } }`,
        variables: (i) => ({ id: rotate(editionIds, i, 'editions addressed to the sales persona') }),
        floor: async (pg, i) => {
          const id = rotate(editionIds, i, 'editions addressed to the sales persona');
          const { rows } = await pg.query<{ author_id: string }>(
            `SELECT ${EDITION_COLUMNS}, e.body_html ${EDITION_JOINS} WHERE e.id = $2`,
            [sales.personId, id],
          );
          const { rows: comments } = await pg.query<{ author_id: string; mention_ids: string[] }>(
            `WITH top AS (SELECT ${COMMENT_COLUMNS} FROM edition_comments c WHERE c.edition_id = $1 AND c.parent_id IS NULL
                           ORDER BY c.created_at, c.id LIMIT 11)
             SELECT * FROM top UNION ALL
             SELECT reply.* FROM top t CROSS JOIN LATERAL (
               SELECT ${COMMENT_COLUMNS} FROM edition_comments c WHERE c.parent_id = t.id ORDER BY c.created_at, c.id LIMIT 100) reply`,
            [id],
          );
          await people(pg, [...rows.map((row) => row.author_id), ...comments.flatMap((c) => [c.author_id, ...c.mention_ids])]);
        },
      },
      {
        name: 'editionAnalytics (editor)',
        persona: 'editor',
        statementBudget: 5,
        document: `query BenchEditionAnalytics($id: ID!) { editionAnalytics(editionId: $id) { editionId mustRead ${ENGAGEMENT}
          byDepartment { department { id nameJa nameEn } ${ENGAGEMENT} } } }`,
        variables: (i) => ({ id: rotate(analyticsIds, i, "editions of the editor persona's newsletter") }),
        floor: async (pg, i) => {
          const id = rotate(analyticsIds, i, "editions of the editor persona's newsletter");
          await pg.query(
            'SELECT e.id, e.must_read, e.audience_size, n.department_id FROM editions e JOIN newsletters n ON n.id = e.newsletter_id WHERE e.id = $1',
            [id],
          );
          await pg.query(
            `SELECT s.department_id, s.member_count, g.openers, g.readers, g.reactors, g.comments, g.acknowledgements
               FROM edition_audience_snapshots s
               LEFT JOIN edition_engagement g ON g.edition_id = s.edition_id AND g.department_id = s.department_id
              WHERE s.edition_id = $1 ORDER BY s.member_count DESC, s.department_id`,
            [id],
          );
        },
      },
      {
        name: 'newsletterAnalytics 90 days (editor)',
        persona: 'editor',
        statementBudget: 5,
        document: `query BenchNewsletterAnalytics($id: ID!, $from: DateTime!, $to: DateTime!) {
          newsletterAnalytics(newsletterId: $id, from: $from, to: $to) {
            newsletterId editions { editionId title publishedAt mustRead ${ENGAGEMENT} } weeks { weekStart editions ${ENGAGEMENT} }
            byDepartment { department { id nameJa nameEn } ${ENGAGEMENT} } } }`,
        variables: (i) => {
          const { from, to } = quarter(i);
          return { id: newsletterId, from: from.toISOString(), to: to.toISOString() };
        },
        floor: async (pg, i) => {
          const { from, to } = quarter(i);
          await pg.query('SELECT department_id FROM newsletters WHERE id = $1', [newsletterId]);
          // The range's editions with their counters (the audience's departments) summed per edition, and the
          // snapshots' audiences with the counters summed per department: one statement.
          await pg.query(
            `WITH ed AS (
               SELECT e.id, e.title, e.published_at, e.must_read, coalesce(e.audience_size, 0) AS audience_size, e.listed_at,
                 e.audience_kind, e.audience_expanded_ids FROM editions e
               WHERE e.newsletter_id = $1 AND e.status IN ('PUBLISHED', 'ARCHIVED') AND e.listed_at >= $2 AND e.listed_at < $3
               ORDER BY e.listed_at, e.id LIMIT 200
             ), eng AS (
               SELECT g.* FROM ed JOIN edition_engagement g ON g.edition_id = ed.id
               WHERE ed.audience_kind = 'COMPANY' OR g.department_id = ANY(ed.audience_expanded_ids)
             ), aud AS (
               SELECT s.department_id, sum(s.member_count) AS audience_size FROM ed JOIN edition_audience_snapshots s ON s.edition_id = ed.id
               GROUP BY s.department_id
             )
             SELECT ed.id, NULL::uuid AS department_id, ed.audience_size, sum(c.openers) AS openers, sum(c.readers) AS readers,
               sum(c.reactors) AS reactors, sum(c.comments) AS comments, sum(c.acknowledgements) AS acknowledgements
             FROM ed LEFT JOIN eng c ON c.edition_id = ed.id GROUP BY ed.id, ed.audience_size
             UNION ALL
             SELECT NULL, aud.department_id, aud.audience_size, sum(c.openers), sum(c.readers), sum(c.reactors), sum(c.comments),
               sum(c.acknowledgements)
             FROM aud LEFT JOIN eng c ON c.department_id = aud.department_id GROUP BY aud.department_id, aud.audience_size`,
            [newsletterId, from, to],
          );
        },
      },
    ];
  },
};
