import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Pool, type PoolClient, type QueryResult } from 'pg';
import { Counter, Histogram } from 'prom-client';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { MetricsService } from '../metrics/metrics.service';
import { JobQueue, type JobOptions } from './job-queue';

/** The pg-boss schema the migration 1795400100000-JobQueue created (its version 24). */
export const JOBS_SCHEMA = 'pgboss';
export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

const DEFAULT_RETRY_LIMIT = 3;
const JOB_NAME = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Scheduled jobs (cron) run in Japan's time, whatever the server's zone. */
const SCHEDULE_TIME_ZONE = 'Asia/Tokyo';
/** Longest wait at shutdown for running handlers before their jobs are failed (and so retried later). */
const SHUTDOWN_GRACE_MS = 10_000;

type Handler = (data: object) => Promise<void>;

/** Thrown (and so retried later) when a job was fetched just as this process began to stop. */
class ShuttingDownError extends Error {
  constructor() {
    super('the api is shutting down: the job runs again later');
  }
}

/**
 * pg-boss's connection: a small pool of its own (job bookkeeping never waits behind
 * requests), counting the statements in flight so shutdown can wait for them before closing.
 */
class JobsDatabase implements PgBoss.Db {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(readonly pool: Pool) {}

  executeSql(text: string, values?: unknown[]): Promise<{ rows: never[] }> {
    const query = this.pool.query(text, values) as Promise<QueryResult<never>>;
    this.inFlight.add(query);
    const forget = () => this.inFlight.delete(query);
    query.then(forget, forget);
    return query;
  }

  /** Until nothing is in flight (a statement that ends may start another: a job's completion after its fetch). */
  async settle(): Promise<void> {
    do {
      await Promise.allSettled([...this.inFlight]);
      // What a finished statement sets off (pg-boss's un-awaited complete or fail) is queued within microtasks.
      await new Promise((resolve) => setImmediate(resolve));
    } while (this.inFlight.size > 0);
  }
}

/**
 * JobQueue on pg-boss 10, in the application's database. pg-boss starts at application
 * bootstrap (after the migrations ran; earlier when a job is sent first, as the seed may) and
 * stops before the database module closes its pool.
 */
@Injectable()
export class PgBossJobQueue extends JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly database: JobsDatabase;
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, Handler>();
  /** pg-boss worker id per job name, once its worker runs. */
  private readonly workers = new Map<string, string>();
  private readonly workerStarts = new Map<string, Promise<void>>();
  private readonly queues = new Map<string, Promise<void>>();
  private starting?: Promise<void>;
  /** Workers run from bootstrap on (the seed, earlier, may send but runs no job). */
  private bootstrapped = false;
  private stopping = false;
  private readonly jobsTotal: Counter<'name' | 'outcome'>;
  private readonly jobDuration: Histogram<'name'>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_DATABASE_URL) databaseUrl: string,
    metrics: MetricsService,
  ) {
    super();
    const pool = new Pool({
      connectionString: databaseUrl,
      max: 4,
      connectionTimeoutMillis: config.database.connectTimeoutMs,
      idleTimeoutMillis: 30_000,
      statement_timeout: config.database.statementTimeoutMs,
      application_name: 'kakehashi-jobs',
    });
    // An idle client's connection dropping (a database restart) must not crash the process.
    pool.on('error', (error) => this.logger.warn(`job queue connection lost: ${error.message}`));
    this.database = new JobsDatabase(pool);
    this.boss = new PgBoss({
      db: this.database,
      schema: JOBS_SCHEMA,
      // The schema comes from the migrations: start refuses a pg-boss that expects another version.
      migrate: false,
      retryLimit: DEFAULT_RETRY_LIMIT,
      retryDelay: config.jobs.retryDelaySeconds,
      retryBackoff: true,
      pollingIntervalSeconds: config.jobs.pollingIntervalMs / 1000,
    });
    this.boss.on('error', (error: Error) => this.logger.warn(`job queue: ${error.message}`));
    this.jobsTotal = new Counter({
      name: 'kakehashi_jobs_total',
      help: 'Background jobs run, by job name and outcome (completed, retrying, failed)',
      labelNames: ['name', 'outcome'] as const,
      registers: [metrics.registry],
    });
    this.jobDuration = new Histogram({
      name: 'kakehashi_job_duration_seconds',
      help: 'Background job duration by job name',
      labelNames: ['name'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers: [metrics.registry],
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
    this.bootstrapped = true;
    await Promise.all([...this.handlers.keys()].map((name) => this.startWorker(name)));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.starting) {
      await this.starting.catch(() => undefined);
      await this.boss.stop({ graceful: true, timeout: SHUTDOWN_GRACE_MS, close: false });
    }
    // A worker's fetch or a job's completion may still be on the wire: let it land, then close.
    await this.database.settle();
    if (!this.database.pool.ended) await this.database.pool.end();
  }

  work<T extends object>(name: string, handler: (data: T) => Promise<void>): void {
    assertJobName(name);
    if (this.handlers.has(name)) throw new Error(`JobQueue.work: "${name}" already has a handler (one per job name).`);
    this.handlers.set(name, handler as Handler);
    // Registered after bootstrap (a module initialised late): its worker starts now.
    if (this.bootstrapped) {
      this.startWorker(name).catch((error: unknown) => this.logger.error(`the worker of "${name}" did not start: ${describe(error)}`));
    }
  }

  async send<T extends object>(name: string, data: T, options: JobOptions = {}): Promise<string | null> {
    assertJobName(name);
    const sendOptions = this.sendOptions(name, options);
    await this.start();
    await this.ensureQueue(name);
    const id =
      options.singletonKey === undefined
        ? await this.boss.send(name, data, sendOptions)
        : await this.sendSingleton(name, options.singletonKey, data, sendOptions);
    // A worker of this process picks a due job up now rather than at its next poll.
    const due = !options.startAfter || options.startAfter.getTime() <= Date.now();
    const worker = this.workers.get(name);
    if (id && due && worker) this.boss.notifyWorker(worker);
    return id;
  }

  async cancel(name: string, jobId: string): Promise<void> {
    assertJobName(name);
    if (!UUID.test(jobId)) throw new Error(`JobQueue.cancel: jobId must be the id send() returned (a UUID), got "${jobId}".`);
    await this.start();
    // A created, retrying or running job is marked cancelled (a running handler is not interrupted); an ended one stays as it is.
    await this.boss.cancel(name, jobId);
  }

  async schedule(name: string, cron: string, data: object = {}): Promise<void> {
    assertJobName(name);
    await this.start();
    await this.ensureQueue(name);
    try {
      await this.boss.schedule(name, cron, data, { tz: SCHEDULE_TIME_ZONE });
    } catch (error) {
      if (error instanceof Error && !('code' in error)) {
        // cron-parser's message alone does not say which schedule was refused.
        throw new Error(`JobQueue.schedule("${name}"): "${cron}" is not a valid cron expression (${error.message}).`);
      }
      throw error;
    }
  }

  /** Starts pg-boss once: at bootstrap, or at the first send when that comes earlier (the seed). */
  private start(): Promise<void> {
    if (this.stopping) return Promise.reject(new Error('The job queue is stopping: nothing more can be queued.'));
    if (!this.starting) {
      this.starting = this.startBoss();
      // A failed start may be tried again (the database was not there yet).
      this.starting.catch(() => (this.starting = undefined));
    }
    return this.starting;
  }

  private async startBoss(): Promise<void> {
    try {
      await this.boss.start();
    } catch (error) {
      const message = describe(error);
      if (message.includes('requires migrations') || message.includes('not installed')) {
        throw new Error(
          `pg-boss ${pgBossVersion()} does not match the job schema of the database (${message}): run the migrations, or after upgrading pg-boss add a migration with PgBoss.getMigrationPlans('${JOBS_SCHEMA}').`,
        );
      }
      throw error;
    }
  }

  private startWorker(name: string): Promise<void> {
    let started = this.workerStarts.get(name);
    if (!started) {
      started = this.startWorkerOnce(name);
      this.workerStarts.set(name, started);
      started.catch(() => this.workerStarts.delete(name));
    }
    return started;
  }

  private async startWorkerOnce(name: string): Promise<void> {
    await this.start();
    await this.ensureQueue(name);
    const handler = this.handlers.get(name);
    if (!handler || this.stopping) return;
    const id = await this.boss.work<object>(name, { includeMetadata: true, batchSize: 1 }, async ([job]) => {
      if (job) await this.run(name, handler, job);
      // pg-boss waits a whole polling interval after every fetch; after a job, look for the next one at once.
      const self = this.workers.get(name);
      if (self && !this.stopping) this.boss.notifyWorker(self);
    });
    this.workers.set(name, id);
  }

  private async run(name: string, handler: Handler, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    if (this.stopping) throw new ShuttingDownError();
    const started = process.hrtime.bigint();
    try {
      await handler(job.data);
      this.jobsTotal.inc({ name, outcome: 'completed' });
    } catch (error) {
      const willRetry = job.retryCount < job.retryLimit;
      this.jobsTotal.inc({ name, outcome: willRetry ? 'retrying' : 'failed' });
      const attempt = `attempt ${job.retryCount + 1} of ${job.retryLimit + 1}`;
      const message = `job ${name} ${job.id} failed (${attempt}${willRetry ? ', will retry' : ', giving up'}): ${describe(error)}`;
      if (willRetry) this.logger.warn(message);
      else this.logger.error(message);
      throw error;
    } finally {
      this.jobDuration.observe({ name }, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  /** pg-boss 10 needs a queue before send and work: looked up once per name and process, created when missing. */
  private ensureQueue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.createQueue(name);
      this.queues.set(name, created);
      created.catch(() => this.queues.delete(name));
    }
    return created;
  }

  /**
   * pg-boss's create_queue adds a partition to the job table; two at once (this process's
   * workers starting together, or two replicas) deadlock. So creation runs under one advisory lock.
   */
  private async createQueue(name: string): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    const client = await this.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', ['kakehashi-jobs:create-queue']);
      // Idempotent: a queue another replica created meanwhile is left as it is.
      await client.query(`SELECT ${JOBS_SCHEMA}.create_queue($1, $2)`, [name, { policy: 'standard' }]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private sendOptions(name: string, options: JobOptions): PgBoss.SendOptions {
    const { startAfter, retryLimit } = options;
    if (startAfter !== undefined && (!(startAfter instanceof Date) || Number.isNaN(startAfter.getTime()))) {
      throw new Error(`JobQueue.send("${name}"): startAfter must be a valid Date.`);
    }
    if (retryLimit !== undefined && (!Number.isInteger(retryLimit) || retryLimit < 0 || retryLimit > 20)) {
      throw new Error(`JobQueue.send("${name}"): retryLimit must be a whole number from 0 to 20 (got ${retryLimit}).`);
    }
    if (options.singletonKey !== undefined && (options.singletonKey === '' || options.singletonKey.length > 200)) {
      throw new Error(`JobQueue.send("${name}"): singletonKey must be 1 to 200 characters.`);
    }
    return {
      ...(startAfter ? { startAfter } : {}),
      ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
      retryLimit: retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay: this.config.jobs.retryDelaySeconds,
      retryBackoff: true,
    };
  }

  /**
   * pg-boss 10 enforces a singleton key only for throttling or on queue policies that also limit
   * keyless jobs; "one queued (created or retrying) job per key" is checked here instead, under an
   * advisory lock on the name and key so two replicas cannot both insert.
   */
  private async sendSingleton(name: string, key: string, data: object, options: PgBoss.SendOptions): Promise<string | null> {
    const client: PoolClient = await this.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`kakehashi-job:${name}:${key}`]);
      const queued = await client.query(
        `SELECT 1 FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND singleton_key = $2 AND state < 'active' LIMIT 1`,
        [name, key],
      );
      const id =
        queued.rowCount === 0
          ? await this.boss.send(name, data, {
              ...options,
              db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) as Promise<{ rows: never[] }> },
            })
          : null;
      await client.query('COMMIT');
      return id;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function assertJobName(name: string): void {
  if (typeof name !== 'string' || name.length > 100 || !JOB_NAME.test(name)) {
    throw new Error(`JobQueue: job name must be lower-case words joined by ".", "-" or "_" (like "mail.send"), got "${String(name)}".`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function pgBossVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('pg-boss/package.json') as { version: string }).version;
  } catch {
    return '(unknown version)';
  }
}
