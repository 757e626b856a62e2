// Change stamps on a migrated database: every stamped table has its trigger, committed writes
// move the stamp, reads, rolled-back writes and people's unrelated columns do not.
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createDataSourceOptions } from '../database/data-source-options';
import { StatementCounterLogger } from '../database/statement-counter.logger';
import { ChangeStamps, STAMPED_TABLES } from './change-stamps';

let database: TestDatabase;
let dataSource: DataSource;
let stamps: ChangeStamps;

beforeAll(async () => {
  database = await createTestDatabase();
  const logger = new StatementCounterLogger({ warn: () => undefined, error: () => undefined });
  dataSource = new DataSource(
    createDataSourceOptions({ url: database.url, entities: [], poolSize: 2, connectTimeoutMs: 5000, statementTimeoutMs: 5000, logger }),
  );
  await dataSource.initialize();
  stamps = new ChangeStamps(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

it('has a trigger on every stamped table', async () => {
  const rows: { table: string }[] = await dataSource.query(
    `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = c.relname || '_change_stamp' ORDER BY 1`,
  );
  expect(rows.map((row) => row.table)).toEqual([...STAMPED_TABLES].sort());
});

it('moves with committed writes only', async () => {
  const before = await stamps.read(['departments', 'people']);
  expect(before).toBe('departments:0,people:0');

  await dataSource.query(`SELECT count(*) FROM departments`);
  expect(await stamps.read(['departments', 'people'])).toBe(before);

  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO departments (code, name_ja, name_en) VALUES ('STAMP', '経営企画部', 'Corporate Planning') RETURNING id`,
  );
  const afterInsert = await stamps.read(['departments', 'people']);
  expect(afterInsert).toBe('departments:1,people:0');

  // Inside a transaction the move is seen by others only at commit, and not at all after a rollback.
  const runner = dataSource.createQueryRunner();
  await runner.startTransaction();
  await runner.query(`UPDATE departments SET name_ja = '経営戦略部' WHERE id = $1`, [id]);
  expect(await stamps.read(['departments'])).toBe('departments:1');
  await runner.rollbackTransaction();
  await runner.release();
  expect(await stamps.read(['departments', 'people'])).toBe(afterInsert);

  // People move it for what other pages show of a person, not for their profile text.
  const [{ id: personId }]: { id: string }[] = await dataSource.query(
    `INSERT INTO people (email, display_name, display_name_en, department_id) VALUES ('stamp@example.com', '佐藤 翔太', 'Shota Sato', $1) RETURNING id`,
    [id],
  );
  expect(await stamps.read(['people'])).toBe('people:1');
  await dataSource.query(`UPDATE people SET bio = '趣味は登山です' WHERE id = $1`, [personId]);
  expect(await stamps.read(['people'])).toBe('people:1');
  await dataSource.query(`UPDATE people SET display_name = '佐藤 翔' WHERE id = $1`, [personId]);
  expect(await stamps.read(['people'])).toBe('people:2');
});
