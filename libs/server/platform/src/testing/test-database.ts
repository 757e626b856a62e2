import { randomBytes } from 'node:crypto';
import { adminQuery, databaseUrl, dropDatabase, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from './test-postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, copied from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (!serverUrl || !template) {
    throw new Error('No test Postgres: integration specs run through jest.config.cjs, whose global setup prepares one.');
  }
  const name = `kk_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return { url: databaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
