// The data source for the TypeORM CLI (npm run typeorm -- migration:show, migration:generate …).
// Needs DATABASE_URL; the api and the db:* scripts build theirs from the same options.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createDataSourceOptions, loadConfig } from '@kakehashi/server-platform';
import { ENTITIES } from './entities';

const config = loadConfig();
if (!config.database.url) {
  throw new Error('The TypeORM CLI needs DATABASE_URL (npm run db:* scripts can use the embedded PostgreSQL instead).');
}

export default new DataSource(
  createDataSourceOptions({
    url: config.database.url,
    entities: ENTITIES,
    poolSize: 2,
    connectTimeoutMs: config.database.connectTimeoutMs,
    statementTimeoutMs: config.database.statementTimeoutMs,
  }),
);
