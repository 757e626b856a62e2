import type { Logger as TypeOrmLogger } from 'typeorm';
import { currentRequestStore } from '../request/request-context';

interface LogSink {
  warn(message: string): void;
  error(message: string): void;
  debug?(message: string): void;
}

/**
 * Counts every SQL statement of the current request (for the statement budgets that
 * integration tests and the benchmark assert) and reports slow and failed queries.
 */
export class StatementCounterLogger implements TypeOrmLogger {
  constructor(
    private readonly sink: LogSink,
    private readonly logQueries = false,
  ) {}

  logQuery(query: string): void {
    const store = currentRequestStore();
    if (store) store.statements += 1;
    if (this.logQueries) this.sink.debug?.(query);
  }

  logQueryError(error: string | Error, query: string): void {
    const store = currentRequestStore();
    if (store) store.statements += 1;
    this.sink.error(`query failed: ${error instanceof Error ? error.message : error} — ${truncate(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.sink.warn(`slow query (${time} ms): ${truncate(query)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.sink.debug?.(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink.warn(String(message));
  }
}

function truncate(query: string): string {
  return query.length > 500 ? `${query.slice(0, 500)}…` : query;
}
