// preparedQuery on a real database: counted like any query of the request, prepared once per
// connection, planned generically (plan_cache_mode from the data source options).
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { currentRequestStore, runInRequestStore } from '../request/request-context';
import { createDataSourceOptions } from './data-source-options';
import { preparedQuery } from './prepared-query';
import { StatementCounterLogger } from './statement-counter.logger';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  const logger = new StatementCounterLogger({ warn: () => undefined, error: () => undefined });
  dataSource = new DataSource(
    createDataSourceOptions({ url: database.url, entities: [], poolSize: 1, connectTimeoutMs: 5000, statementTimeoutMs: 5000, logger }),
  );
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const SQL = 'SELECT n, n * $1::int AS times FROM generate_series(1, 3) n ORDER BY n';

it('answers as a query would, counts each statement, and prepares it once on the connection', async () => {
  const counted = await runInRequestStore(async () => {
    const first = await preparedQuery<{ n: number; times: number }>(dataSource, SQL, [2]);
    const second = await preparedQuery<{ n: number; times: number }>(dataSource, SQL, [10]);
    expect(first).toEqual(await dataSource.query(SQL, [2]));
    expect(second.map((row) => row.times)).toEqual([10, 20, 30]);
    return currentRequestStore()?.statements;
  });
  // Two prepared executions and the plain query beside them.
  expect(counted).toBe(3);
  const prepared: { name: string; generic_plans: string }[] = await dataSource.query(
    "SELECT name, generic_plans FROM pg_prepared_statements WHERE statement LIKE '%generate_series(1, 3)%'",
  );
  expect(prepared).toHaveLength(1);
  expect(prepared[0]?.name).toMatch(/^kk_[0-9a-f]{24}$/);
  expect(Number(prepared[0]?.generic_plans)).toBe(2);
});
