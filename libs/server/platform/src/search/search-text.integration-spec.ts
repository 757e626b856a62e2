// The api's tokenizer (search-text.ts) must agree with the database's (kk_search_tokens):
// a query built on the api finds the text the database indexed.
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { searchTerms, toTsQuery } from './search-text';

describe('search text on the api and in the database', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it.each(['ＡＢＣ精密', 'ｶﾀｶﾅ ﾃﾞｰﾀ', 'Ünïcödé café', 'Привет мир', '営業部の値', '한국어 검색', 'x2go 3D', '々と〆', "O'Brien & Co."])(
    'finds %s with the query the api builds from it',
    async (text) => {
      const query = toTsQuery(searchTerms(text));
      const { rows } = await client.query<{ plain: boolean; weighted: boolean }>(
        `SELECT kk_search_vector($1) @@ $2::tsquery AS plain, kk_search_vector_weighted($1, 'B') @@ $2::tsquery AS weighted`,
        [text, query],
      );
      expect(rows[0]).toEqual({ plain: true, weighted: true });
    },
  );
});
