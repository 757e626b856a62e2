import net from 'node:net';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type AppConfig,
  checkDatabase,
  configureHttpApp,
  type EmbeddedPostgresHandle,
  redact,
  runMigrationsLocked,
  SeedService,
  startEmbeddedPostgres,
} from '@kakehashi/server-platform';
import { AppModule } from './app.module';
import { ensureDatabase } from './ensure-database';

export interface RunningApi {
  app: INestApplication;
  url: string;
  databaseLabel: string;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'kakehashi';

/**
 * Starts the hub: the database (embedded unless DATABASE_URL is set), its checks,
 * migrations, the demo seed once, then HTTP. Each step fails with a message that says
 * what to fix.
 */
export async function startApi(config: AppConfig, log: (line: string) => void = console.log): Promise<RunningApi> {
  await assertPortFree(config.host, config.port);

  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.database.url;
  let databaseLabel: string;
  if (databaseUrl) {
    databaseLabel = `DATABASE_URL ${redact(databaseUrl)}`;
  } else {
    log(`Starting embedded PostgreSQL (data in ${path.relative(process.cwd(), config.database.embeddedDir) || '.'}) …`);
    embedded = await startEmbeddedPostgres({ dataDir: config.database.embeddedDir, port: config.database.embeddedPort });
    databaseUrl = await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    databaseLabel = `embedded PostgreSQL on 127.0.0.1:${config.database.embeddedPort} (${path.relative(process.cwd(), config.database.embeddedDir)})`;
  }

  let app: INestApplication | undefined;
  try {
    await checkDatabase(databaseUrl, config.database.connectTimeoutMs);
    app = await NestFactory.create(AppModule.register(config, databaseUrl), { bufferLogs: true });
    configureHttpApp(app, config);
    const applied = await runMigrationsLocked(app.get(DataSource));
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
    if (config.seedDemo) {
      const seeded = await app.get(SeedService).seedOnce();
      if (seeded.length > 0) log(`Seeded the demo company: ${seeded.join(', ')}`);
    }
    await app.listen(config.port, config.host);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  const started = app;
  return {
    app: started,
    url: config.publicUrl,
    databaseLabel,
    stop: async () => {
      await started.close();
      await embedded?.stop();
    },
  };
}

/** An occupied port is reported before anything slow starts. */
async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use (another Kakehashi, or another program). Stop it or set PORT to a free port.`
            : `Cannot listen on ${host}:${port}: ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
