// The job queue on a real api (pg-boss in the test database, its schema from the migrations):
// handlers registered before and after start, delayed jobs across a restart, singleton keys,
// cancelling, retries with backoff, cron schedules and metrics. Workers poll every 500 ms here.
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { loadConfig } from '../config/config';
import { PLATFORM_ENTITIES } from '../entities';
import { MetricsService } from '../metrics/metrics.service';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../testing';
import { JobQueue } from './job-queue';
import { PgBossJobQueue } from './pg-boss-job-queue';
import { StubDirectoryModule } from './testing/stub-directory';

interface Greeting {
  text: string;
}

/** Handlers that a domain registers in onModuleInit, as domains do (before pg-boss starts). */
@Injectable()
class EarlyHandlers implements OnModuleInit {
  static readonly received: Greeting[] = [];
  static failuresLeft = 0;
  static readonly attempts: Greeting[] = [];

  constructor(private readonly jobs: JobQueue) {}

  onModuleInit(): void {
    this.jobs.work<Greeting>('test.greet', async (data) => {
      EarlyHandlers.received.push(data);
    });
    this.jobs.work<Greeting>('test.flaky', async (data) => {
      EarlyHandlers.attempts.push(data);
      if (EarlyHandlers.failuresLeft > 0) {
        EarlyHandlers.failuresLeft -= 1;
        throw new Error('the far side is down');
      }
    });
    this.jobs.work<Greeting>('test.broken', async () => {
      throw new Error('always broken');
    });
  }
}

@Module({ providers: [EarlyHandlers] })
class EarlyHandlersModule {}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function jobState(api: TestApp, id: string): Promise<string | undefined> {
  const rows = await api.dataSource.query<{ state: string }[]>('SELECT state::text AS state FROM pgboss.job WHERE id = $1', [id]);
  return rows[0]?.state;
}

describe('JobQueue (pg-boss)', () => {
  let database: TestDatabase;
  let api: TestApp;
  let jobs: JobQueue;

  const start = async () => {
    api = await startTestApp({
      imports: [StubDirectoryModule, EarlyHandlersModule],
      entities: PLATFORM_ENTITIES,
      database,
      env: { JOB_RETRY_DELAY_SECONDS: '1', JOB_POLLING_INTERVAL_MS: '500' },
    });
    jobs = api.app.get(JobQueue);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await start();
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('runs a job sent to a handler registered before start, with its data', async () => {
    const id = await jobs.send('test.greet', { text: 'こんにちは' });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor('the greeting', () => EarlyHandlers.received.some((data) => data.text === 'こんにちは'));
    await waitFor('completion', async () => (await jobState(api, id!)) === 'completed');
  });

  it('runs a handler registered after start', async () => {
    const received: Greeting[] = [];
    jobs.work<Greeting>('test.late', async (data) => {
      received.push(data);
    });
    await jobs.send('test.late', { text: 'late' });
    await waitFor('the late job', () => received.length === 1);
    expect(received).toEqual([{ text: 'late' }]);
  });

  it('refuses a second handler for one job name', () => {
    expect(() => jobs.work('test.greet', async () => undefined)).toThrow('"test.greet" already has a handler');
  });

  it('keeps one queued job per singleton key, and a new one once it is no longer queued', async () => {
    const later = new Date(Date.now() + 3600_000);
    const first = await jobs.send('test.unique', { text: 'one' }, { singletonKey: 'edition-1', startAfter: later });
    expect(first).not.toBeNull();
    await expect(jobs.send('test.unique', { text: 'two' }, { singletonKey: 'edition-1', startAfter: later })).resolves.toBeNull();
    // Another key, or no key, is not held back.
    await expect(jobs.send('test.unique', { text: 'three' }, { singletonKey: 'edition-2', startAfter: later })).resolves.not.toBeNull();
    await expect(jobs.send('test.unique', { text: 'four' }, { startAfter: later })).resolves.not.toBeNull();
    // Concurrent sends with one key (two replicas, a double click): exactly one is queued.
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => jobs.send('test.unique', { text: 'race' }, { singletonKey: 'edition-3', startAfter: later })),
    );
    expect(racing.filter((id) => id !== null)).toHaveLength(1);

    await jobs.cancel('test.unique', first!);
    await expect(jobs.send('test.unique', { text: 'five' }, { singletonKey: 'edition-1', startAfter: later })).resolves.not.toBeNull();
  });

  it('cancels a queued job, and cancelling one that already ran changes nothing', async () => {
    const queued = await jobs.send('test.greet', { text: 'never' }, { startAfter: new Date(Date.now() + 3600_000) });
    await jobs.cancel('test.greet', queued!);
    expect(await jobState(api, queued!)).toBe('cancelled');

    const ran = await jobs.send('test.greet', { text: 'ran' });
    await waitFor('the job to complete', async () => (await jobState(api, ran!)) === 'completed');
    await expect(jobs.cancel('test.greet', ran!)).resolves.toBeUndefined();
    expect(await jobState(api, ran!)).toBe('completed');
  });

  it('schedules a failed job again after a backoff, and gives up after retryLimit', async () => {
    // The retry itself running is shown end to end by the mail spec (an SMTP server failing once).
    EarlyHandlers.failuresLeft = 1;
    const failedAt = Date.now();
    const flaky = await jobs.send('test.flaky', { text: 'again' });
    await waitFor('the first attempt to fail', async () => (await jobState(api, flaky!)) === 'retry');
    const [retry] = await api.dataSource.query<{ retry_count: number; start_after: Date; output: { message: string } }[]>(
      'SELECT retry_count, start_after, output FROM pgboss.job WHERE id = $1',
      [flaky],
    );
    // pg-boss counts a retry when it starts.
    expect(retry!.retry_count).toBe(0);
    expect(retry!.output.message).toBe('the far side is down');
    // JOB_RETRY_DELAY_SECONDS=1 with exponential backoff and jitter: 1 to 2 s for the first retry.
    expect(retry!.start_after.getTime() - failedAt).toBeGreaterThanOrEqual(900);
    expect(retry!.start_after.getTime() - Date.now()).toBeLessThanOrEqual(2100);

    const broken = await jobs.send('test.broken', { text: 'no' }, { retryLimit: 0 });
    await waitFor('the job to fail', async () => (await jobState(api, broken!)) === 'failed');

    const metrics = await (await fetch(`${api.baseUrl}/metrics`)).text();
    expect(metrics).toContain('kakehashi_jobs_total{name="test.flaky",outcome="retrying"} 1');
    expect(metrics).toContain('kakehashi_jobs_total{name="test.broken",outcome="failed"} 1');
    expect(metrics).toContain('kakehashi_jobs_total{name="test.greet",outcome="completed"}');
  });

  it('stores a cron schedule in Asia/Tokyo time, and refuses a bad one by name', async () => {
    await jobs.schedule('test.digest', '0 8 * * 1', { kind: 'weekly' });
    const rows = await api.dataSource.query<{ cron: string; timezone: string; data: unknown }[]>(
      "SELECT cron, timezone, data FROM pgboss.schedule WHERE name = 'test.digest'",
    );
    expect(rows).toEqual([{ cron: '0 8 * * 1', timezone: 'Asia/Tokyo', data: { kind: 'weekly' } }]);
    await expect(jobs.schedule('test.digest', 'every monday')).rejects.toThrow(
      'JobQueue.schedule("test.digest"): "every monday" is not a valid cron',
    );
  });

  it('refuses bad names and options with a message naming them', async () => {
    await expect(jobs.send('Not A Name', {})).rejects.toThrow('job name must be lower-case words');
    await expect(jobs.send('test.greet', {}, { startAfter: new Date('nope') })).rejects.toThrow('startAfter must be a valid Date');
    await expect(jobs.send('test.greet', {}, { retryLimit: -1 })).rejects.toThrow('retryLimit must be a whole number');
    await expect(jobs.cancel('test.greet', 'abc')).rejects.toThrow('jobId must be the id send() returned');
  });

  it('runs a delayed job at its time, also when the api restarted in between', async () => {
    const runAt = new Date(Date.now() + 1000);
    const id = await jobs.send('test.greet', { text: 'after restart' }, { startAfter: runAt });
    await api.close();
    // Not run by the api that stopped before its time.
    expect(EarlyHandlers.received.some((data) => data.text === 'after restart')).toBe(false);
    expect(await jobStateIn(database, id!)).toBe('created');

    await start();
    await waitFor('the delayed job', () => EarlyHandlers.received.some((data) => data.text === 'after restart'));
    const [row] = await api.dataSource.query<{ started_on: Date }[]>('SELECT started_on FROM pgboss.job WHERE id = $1', [id]);
    expect(row!.started_on.getTime()).toBeGreaterThanOrEqual(runAt.getTime());
  });
});

async function jobStateIn(database: TestDatabase, id: string): Promise<string | undefined> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await client.query<{ state: string }>('SELECT state::text AS state FROM pgboss.job WHERE id = $1', [id]);
    return result.rows[0]?.state;
  } finally {
    await client.end();
  }
}

describe('JobQueue start-up', () => {
  it('refuses a database without the job schema, saying what to do', async () => {
    const database = await createTestDatabase();
    try {
      const { Client } = await import('pg');
      const client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query('DROP SCHEMA pgboss CASCADE');
      await client.end();
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url });
      const queue = new PgBossJobQueue(config, database.url, new MetricsService());
      await expect(queue.onApplicationBootstrap()).rejects.toThrow(/does not match the job schema.*run the migrations.*getMigrationPlans/s);
      await queue.beforeApplicationShutdown();
    } finally {
      await database.drop();
    }
  });
});
