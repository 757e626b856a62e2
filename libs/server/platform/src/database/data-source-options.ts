import type { DataSourceOptions, EntitySchema, Logger as TypeOrmLogger, MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceSettings {
  url: string;
  // TypeORM's own type for entity lists.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  logger?: TypeOrmLogger;
  applicationName?: string;
}

/**
 * The one place the TypeORM data source is described, for the api, the CLI and tests.
 * Pool limits are deliberate: a bounded pool per replica, a connect timeout so start-up
 * fails fast on an unreachable database, and a statement timeout so one runaway query
 * cannot hold a connection.
 */
export function createDataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: settings.logger,
    maxQueryExecutionTime: 500,
    extra: {
      max: settings.poolSize,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      idleTimeoutMillis: 30000,
      statement_timeout: settings.statementTimeoutMs,
      idle_in_transaction_session_timeout: settings.statementTimeoutMs * 2,
      application_name: settings.applicationName ?? 'kakehashi',
      // Only named prepared statements (preparedQuery) are affected: they are planned once
      // per connection instead of at every execution. Every other query is planned afresh.
      options: '-c plan_cache_mode=force_generic_plan',
    },
  };
}
