import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSourceOptions, type EmbeddedPostgresHandle, startEmbeddedPostgres } from '@kakehashi/server-platform';
import { ENTITIES } from '../../../apps/api/src/entities';

export const WORKSPACE = path.resolve(__dirname, '../../..');
export const BENCH_DATABASE = 'kakehashi_bench';
const EMBEDDED_DIR = path.join(WORKSPACE, '.data/bench-postgres');
const EMBEDDED_PORT = Number(process.env['BENCH_EMBEDDED_POSTGRES_PORT'] ?? 54349);

/** The server the bench uses: DATABASE_URL's, else an embedded one of its own (not the demo's). */
export interface BenchServer {
  serverUrl: string;
  label: string;
  databaseUrl(name: string): string;
  stop(): Promise<void>;
}

export async function startBenchServer(log: (line: string) => void): Promise<BenchServer> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let serverUrl = process.env['DATABASE_URL'];
  let label = 'DATABASE_URL';
  if (!serverUrl) {
    log(`Starting the bench's embedded PostgreSQL (${path.relative(WORKSPACE, EMBEDDED_DIR)}) …`);
    embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DIR, port: EMBEDDED_PORT });
    serverUrl = embedded.url;
    label = `embedded PostgreSQL (${path.relative(WORKSPACE, EMBEDDED_DIR)})`;
  }
  const base = serverUrl;
  return {
    serverUrl: base,
    label,
    databaseUrl: (name) => {
      const url = new URL(base);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop: async () => {
      await embedded?.stop();
    },
  };
}

export async function adminQuery<T extends Record<string, unknown>>(serverUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A new, migrated database (an old one of the same name, the bench's own, is replaced). */
export async function recreateDatabase(server: BenchServer, name: string): Promise<DataSource> {
  await adminQuery(server.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(server.serverUrl, `CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  const dataSource = new DataSource(
    createDataSourceOptions({
      url: server.databaseUrl(name),
      entities: ENTITIES,
      poolSize: 2,
      connectTimeoutMs: 5000,
      statementTimeoutMs: 600_000,
    }),
  );
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** The scale a bench database was seeded at (kept as the database's comment), or null. */
export async function seededScale(server: BenchServer, name: string): Promise<number | null> {
  const rows = await adminQuery<{ comment: string | null }>(
    server.serverUrl,
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [name],
  );
  const match = /^kakehashi-bench scale=([\d.]+)$/.exec(rows[0]?.comment ?? '');
  return match ? Number(match[1]) : null;
}

export async function markSeeded(server: BenchServer, name: string, scale: number): Promise<void> {
  await adminQuery(server.serverUrl, `COMMENT ON DATABASE ${name} IS 'kakehashi-bench scale=${scale}'`);
}
