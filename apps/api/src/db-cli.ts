// Database commands: npm run db:migrate | db:revert | db:migration:generate -- Name | db:migration:check | db:migration:verify | db:seed
// Uses DATABASE_URL, or the embedded PostgreSQL when it is unset (as `npm start` does).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  type AppConfig,
  createDataSourceOptions,
  loadConfig,
  runMigrationsLocked,
  SeedService,
  startEmbeddedPostgres,
} from '@kakehashi/server-platform';
import { AppModule } from './app.module';
import { ENTITIES } from './entities';
import { ensureDatabase } from './ensure-database';

const MIGRATIONS_DIR = 'libs/server/platform/src/database/migrations';

/** DATABASE_URL's server, or the embedded PostgreSQL as npm start uses it. */
async function databaseServer(config: AppConfig): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  if (config.database.url) return { serverUrl: config.database.url, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: config.database.embeddedDir, port: config.database.embeddedPort });
  return { serverUrl: embedded.url, stop: () => embedded.stop() };
}

/** A data source for the commands: every entity, a small pool, no statement timeout to speak of. */
function toolDataSource(url: string, config: AppConfig): DataSource {
  return new DataSource(
    createDataSourceOptions({
      url,
      entities: ENTITIES,
      poolSize: 2,
      connectTimeoutMs: config.database.connectTimeoutMs,
      statementTimeoutMs: 600_000,
    }),
  );
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === 'verify') {
    await verifyMigrations();
    return;
  }
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
  const server = await databaseServer(config);
  const url = config.database.url ?? (await ensureDatabase(server.serverUrl, 'kakehashi'));
  const dataSource = toolDataSource(url, config);
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await runMigrationsLocked(dataSource);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        break;
      case 'check': {
        const pending = await dataSource.showMigrations();
        if (pending) throw new Error('There are pending migrations: run npm run db:migrate first.');
        const sql = await dataSource.driver.createSchemaBuilder().log();
        if (sql.upQueries.length > 0) {
          console.error('The entities and the migrations differ. Missing from the migrations:');
          for (const query of sql.upQueries) console.error(`  ${query.query};`);
          console.error('Run npm run db:migration:generate -- <Name> and review the result.');
          process.exitCode = 1;
        } else {
          console.log('No drift: the migrations match the entities.');
        }
        break;
      }
      case 'generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
          throw new Error('Give the migration a PascalCase name: npm run db:migration:generate -- AddTeams');
        const sql = await dataSource.driver.createSchemaBuilder().log();
        if (sql.upQueries.length === 0) {
          console.log('Nothing to generate: no drift.');
          break;
        }
        const timestamp = Date.now();
        const className = `${name}${timestamp}`;
        const file = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
        // typeorm_metadata rows name the database: use the one migrated, not the one generated against.
        const databaseName = await dataSource.createQueryRunner().getCurrentDatabase();
        const parameters = (values: unknown[]) =>
          `[${values.map((v) => (v === databaseName ? 'database' : JSON.stringify(v))).join(', ')}]`;
        const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
          queries
            .map(
              (q) =>
                `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${parameters(q.parameters)}` : ''});`,
            )
            .join('\n');
        const usesDatabase = [...sql.upQueries, ...sql.downQueries].some((q) => q.parameters?.includes(databaseName));
        const prelude = usesDatabase ? '    const database = await queryRunner.getCurrentDatabase();\n' : '';
        writeFileSync(
          file,
          `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${prelude}${lines(sql.upQueries)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${prelude}${lines([...sql.downQueries].reverse())}\n  }\n}\n`,
        );
        console.log(`Wrote ${file}: add it to migrations/index.ts and review it.`);
        break;
      }
      case 'seed': {
        await runMigrationsLocked(dataSource);
        const app = await NestFactory.createApplicationContext(AppModule.register({ ...config, seedDemo: true }, url), {
          logger: ['error', 'warn'],
        });
        try {
          const seeded = await app.get(SeedService).seedOnce();
          console.log(seeded.length ? `Seeded: ${seeded.join(', ')}` : 'Already seeded.');
        } finally {
          await app.close();
        }
        break;
      }
      default:
        throw new Error('usage: db-cli migrate | revert | check | generate <Name> | seed');
    }
  } finally {
    await dataSource.destroy();
    await server.stop();
  }
}

/**
 * CI's migration check on a database of its own: up, no drift, down to nothing, up again,
 * no drift. Proves every migration's down undoes its up and the history is complete.
 */
async function verifyMigrations(): Promise<void> {
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
  const server = await databaseServer(config);
  const serverUrl = server.serverUrl;
  const name = `kk_migrations_${Date.now().toString(36)}`;
  const url = await ensureDatabase(serverUrl, name);
  const dataSource = toolDataSource(url, config);
  const drift = async (step: string) => {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length > 0) {
      throw new Error(`Drift after ${step}: the entities need\n${sql.upQueries.map((q) => `  ${q.query};`).join('\n')}`);
    }
  };
  try {
    await dataSource.initialize();
    const applied = await runMigrationsLocked(dataSource);
    await drift('up');
    let reverted = 0;
    while ((await dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0].n > 0) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }
    const left: { table_name: string }[] = await dataSource.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')",
    );
    if (left.length > 0) throw new Error(`down left tables behind: ${left.map((t) => t.table_name).join(', ')}`);
    const reapplied = await runMigrationsLocked(dataSource);
    await drift('down and up again');
    console.log(`Migrations verified: ${applied.length} up, ${reverted} down, ${reapplied.length} up again; no drift.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
