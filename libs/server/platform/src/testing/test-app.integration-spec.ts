// startTestApp against the run's test Postgres: a start that fails part-way closes what it
// opened (the app's pools, the database it created) and throws the start's own error.
import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { Client } from 'pg';
import { PLATFORM_ENTITIES } from '../entities';
import { StubDirectoryModule } from '../jobs/testing/stub-directory';
import { startTestApp } from './test-app';
import type * as testDatabase from './test-database';
import { createTestDatabase, type TestDatabase } from './test-database';

const mockCreatedDatabases: TestDatabase[] = [];

jest.mock('./test-database', () => {
  const actual = jest.requireActual<typeof testDatabase>('./test-database');
  return {
    ...actual,
    createTestDatabase: async () => {
      const database = await actual.createTestDatabase();
      mockCreatedDatabases.push(database);
      return database;
    },
  };
});

const seederFailure = new Error('the seeder broke');

@Injectable()
class BrokenSeeder implements OnApplicationBootstrap {
  onApplicationBootstrap(): void {
    throw seederFailure;
  }
}

@Module({ providers: [BrokenSeeder] })
class BrokenSeedModule {}

/** Asks the database's server (through its `postgres` database, so that the one watched may be gone). */
async function onServerOf<T>(databaseUrl: string, query: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}

const nameOf = (database: TestDatabase): string => new URL(database.url).pathname.slice(1);

async function connectionsTo(database: TestDatabase): Promise<number> {
  return onServerOf(database.url, async (client) => {
    const result = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1', [
      nameOf(database),
    ]);
    return result.rows[0]!.count;
  });
}

async function exists(database: TestDatabase): Promise<boolean> {
  return onServerOf(database.url, async (client) => {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [nameOf(database)]);
    return result.rowCount === 1;
  });
}

describe('startTestApp when the start fails part-way', () => {
  beforeEach(() => {
    mockCreatedDatabases.length = 0;
  });

  it('closes the app (no connection to the database is left) and throws the original error', async () => {
    const database = await createTestDatabase();
    try {
      await expect(startTestApp({ imports: [StubDirectoryModule, BrokenSeedModule], entities: PLATFORM_ENTITIES, database })).rejects.toBe(
        seederFailure,
      );

      // A backend leaves pg_stat_activity a moment after its client disconnected.
      let open = await connectionsTo(database);
      for (let attempt = 0; attempt < 50 && open > 0; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        open = await connectionsTo(database);
      }
      expect(open).toBe(0);
      // The caller's database is the caller's: still there.
      expect(await exists(database)).toBe(true);
    } finally {
      await database.drop();
    }
  });

  it('drops the database it created itself', async () => {
    await expect(startTestApp({ imports: [StubDirectoryModule, BrokenSeedModule], entities: PLATFORM_ENTITIES })).rejects.toBe(
      seederFailure,
    );

    expect(mockCreatedDatabases).toHaveLength(1);
    expect(await exists(mockCreatedDatabases[0]!)).toBe(false);
  });

  it('drops it as well when the configuration is refused, before anything started', async () => {
    await expect(startTestApp({ imports: [], entities: PLATFORM_ENTITIES, env: { LOG_LEVEL: 'chatty' } })).rejects.toThrow(/LOG_LEVEL/);

    expect(mockCreatedDatabases).toHaveLength(1);
    expect(await exists(mockCreatedDatabases[0]!)).toBe(false);
  });
});
