import type { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { seedStories, type StorySeedDirectory } from '@kakehashi/server-stories';
import type { BenchOperation, BenchPart } from '../bench-part';

// What a result card shows, and what the story page shows.
const HIT_FIELDS = `cursor relevance titleHighlight { text match } snippet { text match }
  story { id title titleEn customer { accountName industry } outcomes { label before after unit } helpfulCount
    verification { state } publishedAt }`;
const FACET_FIELDS = `industries { value count } departments { department { id nameJa nameEn } count } products { value count }
  tags { value count } withOutcomes verification { value count }`;
const SEARCH_DOCUMENT = `query BenchStorySearch($search: String, $filter: StoryFilterInput) {
  stories(search: $search, filter: $filter, first: 20) { totalCount pageInfo { endCursor hasNextPage } hits { ${HIT_FIELDS} }
    facets { ${FACET_FIELDS} } corrections { word similar } } }`;
const PERSON_FIELDS = 'id displayName displayNameEn title titleEn';
const STORY_PAGE = `query BenchStoryPage($id: ID!) { story(id: $id) { id status language title titleEn
  customer { accountName industry companySize region } departments { id nameJa nameEn } products tags
  challengeHtml solutionHtml resultHtml outcomes { label before after unit period } quote { text attribution }
  verification { state verifiedAt dueAt verifiedBy { ${PERSON_FIELDS} } } publishedAt contentUpdatedAt version
  helpfulCount bookmarkCount viewCount helpfulByMe bookmarkedByMe canEdit canManage canVerify canReview
  author { ${PERSON_FIELDS} } owner { ${PERSON_FIELDS} } people { ${PERSON_FIELDS} }
  similar { id title titleEn customer { accountName industry } helpfulCount verification { state } } } }`;

// Search texts as people type them, rotated per request.
const JAPANESE_TWO = ['営業', '顧客', '導入', '帳票', '在庫', '品質', '工数', '現場', '請求', '解約'];
const JAPANESE_LONG = ['初回応答時間', '在庫回転日数', '電子帳簿保存法', '一次解決率', '廃棄ロス率', '品質クレーム', '帳票作成時間'];
const ENGLISH = ['onboarding', 'churn', 'invoice', 'inventory', 'compliance'];
const MIXED = ['Salesforce 連携', 'API 連携', 'kintone からの移行', 'EDI 受発注', 'SAP 連携'];

// The floor: the same page, total and facets, and the page's stories, as a careful hand-written client would ask.
const floorSearch = (searching: boolean): string => `WITH found AS MATERIALIZED (
    SELECT s.id, s.industry, s.department_ids, s.products, s.tags, s.has_outcomes, s.verify_due_at,
      ${searching ? 'ts_rank(s.rank_vector, kk_search_query($1))' : 'extract(epoch FROM s.published_at)'} AS relevance
    FROM stories s WHERE s.status = 'PUBLISHED' AND ${searching ? 's.search_vector @@ kk_search_query($1)' : '$1::text IS NULL'})
  SELECT
    (SELECT json_agg(p) FROM (SELECT f.id FROM found f WHERE (cardinality($2::text[]) = 0 OR f.industry = ANY($2))
       AND ($3::boolean IS NULL OR f.has_outcomes = $3) ORDER BY f.relevance DESC, f.id DESC LIMIT 21) p) AS page,
    (SELECT count(*) FROM found f WHERE (cardinality($2::text[]) = 0 OR f.industry = ANY($2)) AND ($3::boolean IS NULL OR f.has_outcomes = $3)),
    (SELECT json_agg(x) FROM (SELECT industry, count(*) FROM found f WHERE ($3::boolean IS NULL OR f.has_outcomes = $3) GROUP BY industry) x),
    (SELECT json_agg(x) FROM (SELECT v, count(*) FROM found f, unnest(f.department_ids) v WHERE (cardinality($2::text[]) = 0 OR f.industry = ANY($2))
       AND ($3::boolean IS NULL OR f.has_outcomes = $3) GROUP BY v ORDER BY count(*) DESC LIMIT 20) x),
    (SELECT json_agg(x) FROM (SELECT v, count(*) FROM found f, unnest(f.products) v WHERE (cardinality($2::text[]) = 0 OR f.industry = ANY($2))
       AND ($3::boolean IS NULL OR f.has_outcomes = $3) GROUP BY v ORDER BY count(*) DESC LIMIT 20) x),
    (SELECT json_agg(x) FROM (SELECT v, count(*) FROM found f, unnest(f.tags) v WHERE (cardinality($2::text[]) = 0 OR f.industry = ANY($2))
       AND ($3::boolean IS NULL OR f.has_outcomes = $3) GROUP BY v ORDER BY count(*) DESC LIMIT 20) x),
    (SELECT count(*) FROM found f WHERE f.has_outcomes AND (cardinality($2::text[]) = 0 OR f.industry = ANY($2))),
    (SELECT json_agg(x) FROM (SELECT f.verify_due_at <= now() AS stale, count(*) FROM found f
       WHERE (cardinality($2::text[]) = 0 OR f.industry = ANY($2)) AND ($3::boolean IS NULL OR f.has_outcomes = $3) GROUP BY 1) x)`;
const FLOOR_STORIES = `SELECT s.id, s.title, s.title_en, s.account_name, s.industry, s.outcomes, s.helpful_count, s.verify_due_at, s.published_at,
    s.challenge_text, s.solution_text, s.result_text, s.quote_text
  FROM stories s WHERE s.id = ANY($1::uuid[])`;

function rotate<T>(pool: readonly T[], i: number, what: string): T {
  if (pool.length === 0) throw new Error(`The bench database has no ${what}: run npm run bench:seed first.`);
  return pool[i % pool.length]!;
}

async function readDirectory(manager: EntityManager): Promise<StorySeedDirectory> {
  const departments = await manager.query<{ id: string; code: string }[]>('SELECT id, code FROM departments ORDER BY sort_order, code');
  const people = await manager.query<{ id: string; department_id: string | null }[]>(
    'SELECT id, department_id FROM people WHERE active ORDER BY sort_name, id',
  );
  return { departments, people: people.map((person) => ({ id: person.id, departmentId: person.department_id })) };
}

async function floor(pg: Client, search: string | null, industries: string[], withOutcomes: boolean | null): Promise<void> {
  const { rows } = await pg.query<{ page: { id: string }[] | null }>(floorSearch(search !== null), [search, industries, withOutcomes]);
  const ids = (rows[0]?.page ?? []).map((row) => row.id);
  if (ids.length > 0) await pg.query(FLOOR_STORIES, [ids]);
}

function searchOperation(
  name: string,
  texts: readonly string[],
  filter: { industries?: string[]; withOutcomes?: boolean } | null,
): BenchOperation {
  return {
    name,
    persona: 'employee',
    statementBudget: 4,
    document: SEARCH_DOCUMENT,
    variables: (i) => ({ search: rotate(texts, i, 'search texts'), filter }),
    floor: (pg, i) => floor(pg, rotate(texts, i, 'search texts'), filter?.industries ?? [], filter?.withOutcomes ?? null),
  };
}

export const storiesPart: BenchPart = {
  name: 'stories',
  order: 40,

  async seed({ scale, manager, log }) {
    const counts = await seedStories(manager, await readDirectory(manager), { now: new Date(), scale });
    log(`stories: ${counts.stories} stories (${counts.stale} stale), ${counts.marks} votes, bookmarks and views`);
    await manager.query('ANALYZE stories, story_marks, story_search_terms');
  },

  async operations(client: Client): Promise<BenchOperation[]> {
    // The most viewed published stories: pages people open.
    const { rows } = await client.query<{ id: string }>(
      "SELECT id FROM stories WHERE status = 'PUBLISHED' ORDER BY view_count DESC, id LIMIT 200",
    );
    const storyIds = rows.map((row) => row.id);
    return [
      searchOperation('stories(search: 2-char ja)', JAPANESE_TWO, null),
      searchOperation('stories(search: long ja)', JAPANESE_LONG, null),
      searchOperation('stories(search: English)', ENGLISH, null),
      searchOperation('stories(search: mixed ja/en)', MIXED, null),
      {
        // The knowledge base's front page: newest first, facets over every story.
        ...searchOperation('stories() first page, no search', [''], null),
        variables: () => ({ search: null, filter: null }),
        floor: (pg) => floor(pg, null, [], null),
      },
      searchOperation('stories(search: 2-char ja, industry and outcome filters)', JAPANESE_TWO, {
        industries: ['MANUFACTURING', 'LOGISTICS'],
        withOutcomes: true,
      }),
      {
        name: 'story page with similar stories',
        persona: 'employee',
        statementBudget: 5,
        document: STORY_PAGE,
        variables: (i) => ({ id: rotate(storyIds, i, 'published stories') }),
        floor: async (pg, i) => {
          const id = rotate(storyIds, i, 'published stories');
          const { rows: story } = await pg.query<{ similar_ids: string[]; author_id: string; owner_id: string }>(
            `SELECT s.*, EXISTS (SELECT 1 FROM story_marks m WHERE m.story_id = s.id AND m.person_id = $2 AND m.kind = 'HELPFUL') AS helpful_by_me,
                    EXISTS (SELECT 1 FROM story_marks m WHERE m.story_id = s.id AND m.person_id = $2 AND m.kind = 'BOOKMARK') AS bookmarked_by_me
               FROM stories s WHERE s.id = $1`,
            [id, id],
          );
          const found = story[0];
          if (!found) return;
          // The similar stories as stored (computed off the request path).
          await pg.query(
            `SELECT s.id, s.title, s.title_en, s.account_name, s.industry, s.helpful_count, s.verify_due_at, s.status FROM stories s
              WHERE s.id = ANY($1::uuid[])`,
            [found.similar_ids],
          );
          await pg.query('SELECT id, display_name, display_name_en, title, title_en FROM people WHERE id = ANY($1::uuid[])', [
            [found.author_id, found.owner_id],
          ]);
        },
      },
    ];
  },
};
