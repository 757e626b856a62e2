// Used by Jest's global setup (outside the test sandbox): no @kakehashi aliases here.
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../database/embedded-postgres';

export const TEST_SERVER_URL_ENV = 'KAKEHASHI_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'KAKEHASHI_TEST_TEMPLATE';

export interface TestPostgres {
  serverUrl: string;
  template: string;
  teardown(): Promise<void>;
}

/**
 * The Postgres of a test run: DATABASE_URL's server when set (CI), else an embedded one.
 * Migrations run once into a template database; each test file copies it (fast, isolated).
 */
export async function setUpTestPostgres(workspaceRoot: string): Promise<TestPostgres> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(workspaceRoot, '.data/test-postgres'),
      port: Number(process.env['TEST_EMBEDDED_POSTGRES_PORT'] ?? 54339),
    });
    serverUrl = embedded.url;
  }
  const template = `kk_template_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${template} ENCODING 'UTF8' TEMPLATE template0`);
  const dataSource = new DataSource(
    createDataSourceOptions({
      url: databaseUrl(serverUrl, template),
      entities: [],
      poolSize: 1,
      connectTimeoutMs: 5000,
      statementTimeoutMs: 60000,
    }),
  );
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  return {
    serverUrl,
    template,
    teardown: async () => {
      await dropDatabase(serverUrl, template);
      await embedded?.stop();
    },
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
