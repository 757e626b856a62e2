// Story search through /graphql: Japanese words of one and two characters and longer, English
// words, prefixes and small typos, mixed text, width and case folding, highlighting, facets,
// sorting and paging, text of any content, and the index that serves it at a few thousand stories.
import { STORY_SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { seedStories } from '@kakehashi/server-stories';
import {
  type Actor,
  actor,
  createDepartment,
  createPerson,
  errorFields,
  ok,
  publishedStory,
  SEARCH,
  type SearchData,
  startStoriesApp,
} from './stories-test-kit';

describe('story search', () => {
  let api: TestApp;
  let author: Actor;
  let reviewer: Actor;
  let reader: Actor;
  let sales: string;
  const ids: Record<string, string> = {};

  const search = async (variables: Record<string, unknown>) => ok(await reader.gql<SearchData>(SEARCH, variables)).stories;
  const foundIds = async (variables: Record<string, unknown>) => (await search(variables)).hits.map((hit) => hit.story.id);

  beforeAll(async () => {
    api = await startStoriesApp();
    sales = await createDepartment(api, '営業部');
    const support = await createDepartment(api, 'サポート部');
    author = await actor(api, await createPerson(api, { departmentId: sales }));
    reviewer = await actor(api, await createPerson(api, { departmentId: support }));
    reader = await actor(api, await createPerson(api, { departmentId: support }));
    const story = async (key: string, fields: Record<string, unknown>) => {
      ids[key] = (await publishedStory(author, reviewer, fields)).id;
    };
    await story('paper', {
      title: '営業日報のペーパーレス化で顧客対応を加速',
      customer: { accountName: 'ＡＢＣ精密株式会社', industry: 'MANUFACTURING', companySize: 'LARGE', region: 'CHUBU' },
      challengeHtml: '<p>紙の日報を毎晩まとめるのに1日30分かかっていました。</p>',
      solutionHtml: '<p>Salesforce連携でモバイルから入力できるようにしました。</p>',
      resultHtml: '<p>値引き承認も当日中に終わるようになりました。</p>',
      departmentIds: [sales],
      tags: ['DX', 'ペーパーレス'],
      products: ['FormFlow 帳票クラウド'],
    });
    await story('churn', {
      language: 'en',
      title: 'Cutting churn with a guided onboarding program',
      customer: { accountName: 'Harbor Pine Retail', industry: 'RETAIL', companySize: 'MEDIUM', region: 'OVERSEAS' },
      challengeHtml: '<p>New customers churned within ninety days.</p>',
      solutionHtml: '<p>An onboarding checklist and weekly calls.</p>',
      resultHtml: '<p>Churn fell from 8% to 3%.</p>',
      outcomes: [{ label: 'Churn', before: '8', after: '3', unit: '%', period: '6 months' }],
      departmentIds: [sales],
      tags: ['onboarding'],
      products: ['CareDesk 問い合わせ管理'],
    });
    await story('katakana', {
      title: 'ｶｽﾀﾏｰｻﾎﾟｰﾄの一次回答を自動化',
      customer: { accountName: '青葉病院', industry: 'HEALTHCARE', companySize: 'MEDIUM', region: 'KANTO' },
      challengeHtml: '<p>問い合わせが多く、初回応答に48時間かかっていました。</p>',
      solutionHtml: '<p>よくある質問の自動回答を用意しました。</p>',
      resultHtml: '<p>初回応答が6時間になりました。</p>',
      outcomes: [],
      tags: ['サポート'],
      products: ['CareDesk 問い合わせ管理'],
    });
    // A stale one: verified long ago.
    await api.dataSource.query("UPDATE stories SET verify_due_at = now() - interval '1 day' WHERE id = $1", [ids['katakana']]);
  });

  afterAll(() => api?.close());

  it.each([
    ['a two-character Japanese word', '営業', ['paper']],
    ['a one-character Japanese word', '値', ['paper']],
    ['a longer Japanese phrase', '顧客対応', ['paper']],
    ['full-width Latin as half-width', 'abc', ['paper']],
    ['half-width katakana as full-width', 'カスタマー', ['katakana']],
    ['full-width katakana typed half-width', 'ｻﾎﾟｰﾄ', ['katakana']],
    ['an English word, any case', 'CHURN', ['churn']],
    ['an English prefix', 'onboard', ['churn']],
    ['mixed Japanese and English', 'Salesforce 連携', ['paper']],
    ['a customer name', 'Harbor', ['churn']],
    ['a tag', 'ペーパーレス', ['paper']],
  ])('finds %s', async (_what, text, expected) => {
    expect(await foundIds({ search: text })).toEqual(expected.map((key) => ids[key]));
  });

  it('forgives a small typo in an English word and says what it searched instead', async () => {
    const result = await search({ search: 'onbording' });
    expect(result.hits.map((hit) => hit.story.id)).toEqual([ids['churn']]);
    expect(result.corrections).toEqual([{ word: 'onbording', similar: expect.arrayContaining(['onboarding']) }]);
  });

  it('highlights what matched in the title and the snippet', async () => {
    const [hit] = (await search({ search: '営業 値引き' })).hits;
    expect(hit!.titleHighlight.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['営業']);
    expect(hit!.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toContain('値引き');
    expect(hit!.relevance).toBeGreaterThan(0);
  });

  it('gives hits their sections when asked, in one more statement for the whole page', async () => {
    const sections = /* GraphQL */ `
      query HitSections($search: String) {
        stories(search: $search) {
          hits {
            story {
              id
              challengeHtml
              resultHtml
            }
          }
        }
      }
    `;
    const result = await reader.gql<{ stories: { hits: { story: { id: string; challengeHtml: string; resultHtml: string } }[] } }>(
      sections,
      { search: 'CareDesk' },
    );
    const byId = new Map(ok(result).stories.hits.map((hit) => [hit.story.id, hit.story]));
    expect(byId.get(ids['churn']!)).toMatchObject({ challengeHtml: '<p>New customers churned within ninety days.</p>' });
    expect(byId.get(ids['katakana']!)?.resultHtml).toBe('<p>初回応答が6時間になりました。</p>');
    expect(result.operationStatements).toBeLessThanOrEqual(4);
  });

  it('ranks a title match above a body match', async () => {
    const titleMatch = await publishedStory(author, reviewer, { title: '在庫の適正化', challengeHtml: '<p>課題です。</p>' });
    const bodyMatch = await publishedStory(author, reviewer, { title: '倉庫の改善', challengeHtml: '<p>在庫が多すぎました。</p>' });
    const found = await foundIds({ search: '在庫' });
    expect(found.indexOf(titleMatch.id)).toBeLessThan(found.indexOf(bodyMatch.id));
  });

  it('counts facets over what was found, each without its own filter', async () => {
    const all = await search({});
    expect(all.facets.industries).toEqual(
      expect.arrayContaining([
        { value: 'MANUFACTURING', count: expect.any(Number) },
        { value: 'RETAIL', count: 1 },
        { value: 'HEALTHCARE', count: 1 },
      ]),
    );
    const retail = await search({ filter: { industries: ['RETAIL'] } });
    expect(retail.hits.map((hit) => hit.story.id)).toEqual([ids['churn']]);
    // The industry facet still offers the others (choosing a second one widens).
    expect(retail.facets.industries.map((facet) => facet.value)).toEqual(expect.arrayContaining(['MANUFACTURING', 'HEALTHCARE']));
    // Other facets narrow to the retail story.
    expect(retail.facets.products).toEqual([{ value: 'CareDesk 問い合わせ管理', count: 1 }]);
    expect(retail.facets.withOutcomes).toBe(1);
    const two = await search({ filter: { industries: ['RETAIL', 'HEALTHCARE'], products: ['CareDesk 問い合わせ管理'] } });
    expect(two.hits.map((hit) => hit.story.id).sort()).toEqual([ids['churn'], ids['katakana']].sort());
    expect((await search({ filter: { verification: ['STALE'] } })).hits.map((hit) => hit.story.id)).toEqual([ids['katakana']]);
    expect((await search({ filter: { departmentIds: [sales], withOutcomes: true }, search: 'churn' })).totalCount).toBe(1);
  });

  it('sorts newest first or most helpful first, and pages without repeats', async () => {
    const newest = await foundIds({ sort: 'NEWEST', first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: SearchData['stories'] = await search({ sort: 'NEWEST', first: 2, after });
      seen.push(...page.hits.map((hit) => hit.story.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(newest);
    const relevance: string[] = [];
    after = null;
    do {
      const page: SearchData['stories'] = await search({ search: '営業 OR 在庫', first: 1, after });
      relevance.push(...page.hits.map((hit) => hit.story.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(relevance).size).toBe(relevance.length);
    expect(errorFields(await reader.gql(SEARCH, { sort: 'RELEVANCE' }))).toEqual(['sort']);
  });

  it('answers search text of any content with results or a clear error, never a failure', async () => {
    for (const text of ['%', '_', "'", '"', '\\', 'a & b | !c', '営業:*', '(((', '😀', '\u0000', 'x\u0000営業', '<script>', ' ']) {
      const result = await reader.gql<SearchData>(SEARCH, { search: text });
      expect(result.errors).toBeUndefined();
    }
    const tooLong = await reader.gql(SEARCH, { search: 'あ'.repeat(10 * 1024) });
    expect(errorFields(tooLong)).toEqual(['search']);
    const justRight = await reader.gql(SEARCH, { search: '営業'.repeat(STORY_SEARCH_TEXT_MAX_LENGTH / 2) });
    expect(justRight.errors).toBeUndefined();
  });

  it('is served by the index at a few thousand stories, in a bounded number of statements', async () => {
    const departments = await api.dataSource.query<{ id: string; code: string }[]>('SELECT id, code FROM departments');
    const people = await api.dataSource.query<{ id: string; department_id: string | null }[]>('SELECT id, department_id FROM people');
    await api.dataSource.transaction((manager) =>
      seedStories(
        manager,
        { departments, people: people.map((person) => ({ id: person.id, departmentId: person.department_id })) },
        { now: new Date(), scale: 8 },
      ),
    );
    // As autovacuum would have by now (statistics and the visibility map).
    await api.dataSource.query('VACUUM ANALYZE stories');
    const [{ count }] = await api.dataSource.query<{ count: number }[]>(
      "SELECT count(*)::int AS count FROM stories WHERE status = 'PUBLISHED'",
    );
    expect(count).toBeGreaterThan(3000);
    const plan = await api.dataSource.query<{ 'QUERY PLAN': string }[]>(
      "EXPLAIN SELECT id FROM stories s WHERE s.status = 'PUBLISHED' AND s.search_vector @@ $1::tsquery",
      ["'営業'"],
    );
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('stories_search_vector_idx');
    expect(text).not.toMatch(/Seq Scan on stories/);

    const result = await reader.gql<SearchData>(SEARCH, { search: '営業', filter: { industries: ['MANUFACTURING'] }, first: 20 });
    expect(ok(result).stories.hits.length).toBeGreaterThan(0);
    expect(result.operationStatements).toBeLessThanOrEqual(3);
    const english = await reader.gql<SearchData>(SEARCH, { search: 'onboarding invoice', first: 20 });
    expect(english.operationStatements).toBeLessThanOrEqual(3);
  });
});
