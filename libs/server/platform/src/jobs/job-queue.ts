export interface JobOptions {
  /** Not before this instant (scheduled publishing, reminders). */
  startAfter?: Date;
  /** At most one queued job with this key per job name (a second send returns null). */
  singletonKey?: string;
  /** Retries after a failure (default 3, with backoff). */
  retryLimit?: number;
}

/**
 * Background jobs in PostgreSQL (pg-boss): they survive restarts and run once across replicas.
 * Domains register handlers at start-up and send jobs; handlers must be idempotent, since a
 * job can run again after a crash.
 */
export abstract class JobQueue {
  /** Registers the handler of a job name (call in onModuleInit). */
  abstract work<T extends object>(name: string, handler: (data: T) => Promise<void>): void;
  /** Queues a job; its id, or null when a job with the same singletonKey is already queued. */
  abstract send<T extends object>(name: string, data: T, options?: JobOptions): Promise<string | null>;
  /** Cancels a queued job (a schedule that was changed or withdrawn); no error when it already ran. */
  abstract cancel(name: string, jobId: string): Promise<void>;
  /** Runs a job name on a cron schedule (time zone Asia/Tokyo), once per slot across all replicas. */
  abstract schedule(name: string, cron: string, data?: object): Promise<void>;
}
