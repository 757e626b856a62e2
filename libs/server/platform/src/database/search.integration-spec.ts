// The search SQL functions of the SearchFunctions migration (kk_search_vector for documents,
// kk_search_query for what a person types) on a real, migrated database.
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

let database: TestDatabase;
let client: Client;

async function matches(document: string, search: string): Promise<boolean | null> {
  const { rows } = await client.query<{ hit: boolean | null }>('SELECT kk_search_vector($1) @@ kk_search_query($2) AS hit', [
    document,
    search,
  ]);
  return rows[0]?.hit ?? null;
}

async function queryOf(search: string): Promise<string | null> {
  const { rows } = await client.query<{ query: string | null }>('SELECT kk_search_query($1)::text AS query', [search]);
  return rows[0]?.query ?? null;
}

beforeAll(async () => {
  database = await createTestDatabase();
  client = new Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe('Japanese and English search functions', () => {
  it.each([
    ['a two-character word inside a longer text', '東京営業本部の田中です', '営業'],
    ['another two-character word', '新規顧客の開拓を担当しています', '顧客'],
    ['a one-character word', '顧客への価値提案', '値'],
    ['a longer word, in pieces', '法人営業部 第一課', '法人営業'],
    ['a kana word', 'カスタマーサポート部', 'サポート'],
    ['an English word by its prefix, any case', 'Enterprise Marketing newsletter', 'MARK'],
    ['several words, all of them', 'Enterprise Marketing newsletter 営業', 'news 営業'],
    ['full-width Latin as half-width', 'ＡＢＣ株式会社', 'abc'],
    ['half-width Latin as full-width', 'ABC Holdings', 'ＡＢＣ'],
    ['half-width katakana as full-width', 'カタカナ表記', 'ｶﾀｶﾅ'],
    ['full-width katakana as half-width', 'ｶﾀｶﾅ表記', 'カタカナ'],
    ['a mail address part', 'taro.yamada', 'yamada'],
  ])('finds %s', async (_what, document, search) => {
    expect(await matches(document, search)).toBe(true);
  });

  it.each([
    ['a two-character word whose characters are not adjacent', '営利事業部', '営業'],
    ['an English fragment that is not a prefix', 'Enterprise Marketing', 'keting'],
    ['a text missing one of the words', 'Enterprise Marketing', 'mark 営業'],
  ])('does not find %s', async (_what, document, search) => {
    expect(await matches(document, search)).toBe(false);
  });

  it('gives NULL for a search with no letters, which matches nothing', async () => {
    for (const search of ['', '   ', '!!! ---', '%_', '&|!<->:*', '😀🎉']) {
      expect(await queryOf(search)).toBeNull();
    }
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM unnest(ARRAY['営業', 'marketing', '!!!', '']) AS t(document)
        WHERE kk_search_vector(document) @@ kk_search_query('!!! ---')`,
    );
    expect(Number(rows[0]?.count)).toBe(0);
  });

  it('indexes only the words of a text: punctuation and NULL give nothing', async () => {
    const { rows } = await client.query<{ vector: string; missing: string }>(
      "SELECT kk_search_vector('!!! 123-!!')::text AS vector, kk_search_vector(NULL)::text AS missing",
    );
    expect(rows[0]).toEqual({ vector: "'123'", missing: '' });
  });

  it('never fails on quotes, backslashes, LIKE and tsquery syntax, emoji or long text', async () => {
    const nasty = [
      "'",
      "''",
      "O'Brien",
      '\\',
      '\\\\x',
      '%',
      '_',
      '100%_done',
      'a & b | !c',
      'a <-> b <2> c',
      'foo:* bar:A',
      '(((',
      "'営業' & '顧客'",
      '"); DROP TABLE people; --',
      '😀 営業 🎉',
      '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
      '𠮷野家',
      'é À ß Ω Ж',
      '営'.repeat(5000) + 'x'.repeat(5000),
      'The quick brown fox 素早い茶色の狐 '.repeat(300),
    ];
    for (const text of nasty) {
      await expect(
        client.query('SELECT kk_search_vector($1) @@ kk_search_query($1) AS hit, kk_search_query($1) AS query', [text]),
      ).resolves.toBeDefined();
    }
    // A quoted word is still a word.
    expect(await matches("O'Brien and partners", "o'brien")).toBe(true);
    expect(await matches('顧客価値の向上', "'顧客'")).toBe(true);
  });

  it('answers a people search from people_search_vector_idx', async () => {
    await client.query(`
      INSERT INTO people (email, display_name, display_name_en, display_name_kana)
      SELECT 'person.' || g || '@example.test',
             (ARRAY['佐藤','鈴木','高橋','田中','伊藤','渡辺','中村','小林','加藤','吉田','山本','松本','井上','木村','林','清水','山崎','森','池田','橋本'])[1 + g % 20]
               || ' ' || (ARRAY['太郎','花子','一郎','美咲','健太','陽菜','翔','結衣'])[1 + g % 8],
             'Person ' || g,
             NULL
        FROM generate_series(1, 1990) AS g`);
    // Ten people whose name holds 山田, the word searched for below.
    await client.query(`
      INSERT INTO people (email, display_name, display_name_en)
      VALUES ${Array.from({ length: 10 }, (_, i) => `('yamada.${i}@example.test', '山田 ${['太郎', '花子', '次郎', '三郎', '四郎', '五郎', '六郎', '七子', '八重', '九美'][i]}', 'Yamada ${i}')`).join(', ')}`);
    await client.query('ANALYZE people');

    const search = "SELECT id FROM people WHERE search_vector @@ kk_search_query('山田')";
    const { rows } = await client.query(search);
    expect(rows).toHaveLength(10);

    // On 2000 short rows (about 60 pages) a sequential scan is cheaper than any index, and
    // the planner rightly picks it (the estimate is 10 rows, so the statistics are right).
    // Seq scans are switched off for this EXPLAIN only, to ask whether the index *can* serve
    // the query as the table grows: if it could not (a missing index, or a kk_search_query
    // the planner cannot fold into a constant), the plan would still be a Seq Scan.
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL enable_seqscan = off');
      const { rows: plan } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${search}`);
      const text = JSON.stringify(plan[0]?.['QUERY PLAN']);
      expect(text).toContain('"Index Name":"people_search_vector_idx"');
      expect(text).not.toContain('Seq Scan');
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
