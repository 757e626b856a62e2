// Prepares the run's Postgres (DATABASE_URL's server, or an embedded one) and the migrated
// template database every integration spec copies. Runs outside the test sandbox.
import path from 'node:path';
import { setUpTestPostgres, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from '../../libs/server/platform/src/testing/test-postgres';

declare global {
  var __KAKEHASHI_TEST_POSTGRES__: { teardown(): Promise<void> } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const postgres = await setUpTestPostgres(path.resolve(__dirname, '../..'));
  process.env[TEST_SERVER_URL_ENV] = postgres.serverUrl;
  process.env[TEST_TEMPLATE_ENV] = postgres.template;
  globalThis.__KAKEHASHI_TEST_POSTGRES__ = postgres;
  const where = process.env['DATABASE_URL'] ? 'DATABASE_URL' : 'embedded PostgreSQL';
  process.stdout.write(`\nTest Postgres ready (${where}, template ${postgres.template}) in ${Date.now() - started} ms\n`);
}
