import { SeedService } from '@kakehashi/server-platform';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { actor, ok, SEARCH, type SearchData, startStoriesApp } from './stories-test-kit';

describe('the stories demo seed', () => {
  let api: TestApp;
  const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => api.dataSource.query<T[]>(sql, params);

  beforeAll(async () => {
    api = await startStoriesApp();
    expect(await api.app.get(SeedService).seedOnce()).toEqual(['directory', 'stories', 'teams']);
  });

  afterAll(() => api?.close());

  it('publishes about 40 bilingual stories across industries, with outcomes, some stale', async () => {
    const [row] = await query<{ total: number; en: number; industries: number; outcomes: number; stale: number; unsafe: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE language = 'en')::int AS en, count(DISTINCT industry)::int AS industries,
              count(*) FILTER (WHERE has_outcomes)::int AS outcomes, count(*) FILTER (WHERE verify_due_at <= now())::int AS stale,
              count(*) FILTER (WHERE challenge_html ~* '<script|onerror|javascript:')::int AS unsafe
         FROM stories WHERE status = 'PUBLISHED'`,
    );
    expect(row!.total).toBeGreaterThanOrEqual(35);
    expect(row!.en).toBeGreaterThanOrEqual(5);
    expect(row!.industries).toBeGreaterThanOrEqual(7);
    expect(row!.outcomes).toBeGreaterThanOrEqual(30);
    expect(row!.stale).toBeGreaterThanOrEqual(5);
    expect(row!.stale).toBeLessThan(row!.total / 2);
    expect(row!.unsafe).toBe(0);
    // Counters agree with the marks behind them.
    const drift = await query(
      `SELECT s.id FROM stories s WHERE s.helpful_count <> (SELECT count(*) FROM story_marks m WHERE m.story_id = s.id AND m.kind = 'HELPFUL')
          OR s.view_count <> (SELECT count(*) FROM story_marks m WHERE m.story_id = s.id AND m.kind = 'VIEW')
          OR s.bookmark_count <> (SELECT count(*) FROM story_marks m WHERE m.story_id = s.id AND m.kind = 'BOOKMARK')`,
    );
    expect(drift).toEqual([]);
  });

  it('is findable in Japanese and English straight away', async () => {
    const [person] = await query<{ person_id: string }>("SELECT person_id FROM demo_personas WHERE persona_key = 'employee'");
    const reader = await actor(api, person!.person_id);
    for (const text of ['営業', '顧客', '帳票', 'onboarding', 'churn']) {
      const found = ok(await reader.gql<SearchData>(SEARCH, { search: text })).stories;
      expect({ text, found: found.totalCount > 0 }).toEqual({ text, found: true });
    }
    const typo = ok(await reader.gql<SearchData>(SEARCH, { search: 'onbording' })).stories;
    expect(typo.totalCount).toBeGreaterThan(0);
  });
});
