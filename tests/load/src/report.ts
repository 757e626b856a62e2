import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FloorResult, LoadResult } from './drive';

export interface OperationReport {
  name: string;
  persona: string;
  statementBudget: number;
  floor: FloorResult;
  runs: LoadResult[];
}

export interface BenchReport {
  startedAt: string;
  scale: number;
  smoke: boolean;
  database: string;
  postgres: string;
  counts: Record<string, number>;
  durationSeconds: number;
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; platform: string };
  versions: Record<string, string>;
  operations: OperationReport[];
}

export function machine(): BenchReport['machine'] {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
/** Endpoint ÷ floor; an operation with no SQL has no floor to divide by. */
const ratio = (endpoint: number, floor: number) => (floor < 0.01 ? '—' : (endpoint / floor).toFixed(2));

export function toMarkdown(report: BenchReport): string {
  const lines = [
    `# Kakehashi benchmark — ${report.startedAt}${report.smoke ? ' (smoke)' : ''}`,
    '',
    `- Data: scale ${report.scale} (${Object.entries(report.counts)
      .map(([what, count]) => `${count.toLocaleString('en')} ${what}`)
      .join(', ')}) in ${report.database}, ${report.postgres}`,
    `- Machine: ${report.machine.cores} cores (${report.machine.cpu}), ${report.machine.memoryGiB} GiB, ${report.machine.platform}; Node ${report.machine.node}`,
    `- Api: production mode (trusted documents, request logs), ${Object.entries(report.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    `- Each operation: warm-up, then ${report.durationSeconds} s per concurrency with autocannon on loopback; the floor is the same SQL through \`pg\` alone on one connection.`,
    `- SQL/req: statements the operation sent (max over all requests); session SQL/req: the session's resolution, cached in the api for 10 s (mean).`,
    '',
    '| operation | conns | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req (max) | budget | session SQL/req | floor p50 ms | p50 ÷ floor |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const operation of report.operations) {
    for (const run of operation.runs) {
      const first = run === operation.runs[0];
      lines.push(
        `| ${first ? operation.name : ''} | ${run.connections} | ${run.requestsPerSecond.toFixed(0)} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${run.errors} | ${run.statementsMax} | ${first ? operation.statementBudget : ''} | ${run.contextStatementsMean.toFixed(3)} | ${first ? ms(operation.floor.p50) : ''} | ${run.connections === 1 ? ratio(run.p50, operation.floor.p50) : ''} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes tests/load/results/<date>.md and .json; returns the Markdown path. */
export function writeReport(report: BenchReport, workspace: string): string {
  const folder = path.join(workspace, 'tests/load/results');
  mkdirSync(folder, { recursive: true });
  const stamp = report.startedAt.replace(/[:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const base = path.join(folder, `${stamp}${report.smoke ? '-smoke' : ''}`);
  writeFileSync(`${base}.md`, toMarkdown(report));
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  return `${base}.md`;
}

/** What fails the run: errors always; a statement budget exceeded. Timings never (machines are noisy). */
export function violations(report: BenchReport): string[] {
  const found: string[] = [];
  for (const operation of report.operations) {
    for (const run of operation.runs) {
      if (run.errors > 0) found.push(`${operation.name} at ${run.connections} connections: ${run.errors} errors, first: ${run.firstError}`);
      if (run.statementsMax > operation.statementBudget) {
        found.push(`${operation.name}: ${run.statementsMax} SQL statements in a request, budget ${operation.statementBudget}`);
      }
      if (run.requests === 0) found.push(`${operation.name} at ${run.connections} connections: no request completed`);
    }
  }
  return found;
}
