import autocannon from 'autocannon';
import type { Client } from 'pg';
import type { BenchOperation } from './bench-part';

export interface LoadResult {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx responses, GraphQL errors and socket errors. */
  errors: number;
  firstError: string | null;
  /** SQL statements of the operation itself per request (the session's resolution aside). */
  statementsMax: number;
  statementsMean: number;
  /** Statements spent resolving the session, per request on average (cached in the api for 10 s). */
  contextStatementsMean: number;
}

export interface FloorResult {
  iterations: number;
  p50: number;
  p95: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Drives one operation at one concurrency for a fixed time, on loopback, with autocannon in this process. */
export async function drive(
  operation: BenchOperation,
  options: { baseUrl: string; cookie: string; connections: number; duration: number; startAt: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = options.startAt;
  let errors = 0;
  let firstError: string | null = null;
  let statementsMax = 0;
  let statementsSum = 0;
  let contextSum = 0;
  let counted = 0;
  const fail = (message: string) => {
    errors += 1;
    firstError ??= message;
  };

  const started = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.duration,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', cookie: options.cookie },
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({ query: operation.document, variables: operation.variables(sent++) }),
            }),
            onResponse: (status, body, _context, headers) => {
              const responseHeaders = (headers ?? {}) as Record<string, string | undefined>;
              if (status !== 200) return fail(`HTTP ${status}: ${body.slice(0, 200)}`);
              if (body.includes('"errors"')) return fail(body.slice(0, 300));
              const total = Number(responseHeaders['x-sql-statements']);
              const context = Number(responseHeaders['x-sql-statements-context']);
              if (!Number.isFinite(total) || !Number.isFinite(context))
                return fail('no x-sql-statements header: is EXPOSE_SQL_STATEMENTS on?');
              const own = total - context;
              statementsMax = Math.max(statementsMax, own);
              statementsSum += own;
              contextSum += context;
              counted += 1;
            },
          },
        ],
      },
      (error: unknown, finished: autocannon.Result) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const socketErrors = result.errors + result.timeouts;
  if (socketErrors > 0) fail(`${socketErrors} socket errors or timeouts`);
  return {
    connections: options.connections,
    requests: latencies.length,
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + socketErrors,
    firstError,
    statementsMax,
    statementsMean: counted ? statementsSum / counted : 0,
    contextStatementsMean: counted ? contextSum / counted : 0,
  };
}

/** The same data by raw SQL on one connection, one request after another. */
export async function measureFloor(operation: BenchOperation, client: Client, seconds: number): Promise<FloorResult> {
  const times: number[] = [];
  const until = Date.now() + seconds * 1000;
  for (let i = 0; Date.now() < until || times.length < 20; i += 1) {
    const started = process.hrtime.bigint();
    await operation.floor(client, i);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { iterations: times.length, p50: percentile(times, 50), p95: percentile(times, 95) };
}
