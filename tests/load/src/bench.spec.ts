import { parseArgs } from './args';
import { percentile, type LoadResult } from './drive';
import { type BenchReport, toMarkdown, violations } from './report';

const run = (fields: Partial<LoadResult> = {}): LoadResult => ({
  connections: 1,
  requests: 100,
  requestsPerSecond: 100,
  p50: 2,
  p95: 4,
  p99: 6,
  errors: 0,
  firstError: null,
  statementsMax: 2,
  statementsMean: 2,
  contextStatementsMean: 0,
  ...fields,
});

const report = (runs: LoadResult[]): BenchReport => ({
  startedAt: '2026-11-21T00:00:00.000Z',
  scale: 1,
  smoke: true,
  database: 'kakehashi_bench',
  postgres: 'PostgreSQL 15',
  counts: { people: 150 },
  durationSeconds: 1,
  machine: { cores: 2, cpu: 'cpu', memoryGiB: 24, node: 'v20', platform: 'linux' },
  versions: {},
  operations: [{ name: 'people', persona: 'employee', statementBudget: 3, floor: { iterations: 10, p50: 1, p95: 2 }, runs }],
});

describe('the benchmark harness', () => {
  it('reads its options and refuses bad ones by name', () => {
    expect(parseArgs(['--scale', '100', '--connections', '1,20', '--smoke'])).toMatchObject({
      scale: 100,
      connections: [1, 20],
      smoke: true,
    });
    expect(() => parseArgs(['--scale', 'lots'])).toThrow('--scale must be a number');
    expect(() => parseArgs(['--connections', '1,0'])).toThrow('--connections must be whole numbers');
    expect(() => parseArgs(['--fast'])).toThrow('Unknown option --fast');
  });

  it('takes percentiles of sorted latencies', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)]).toEqual([50, 95, 99]);
    expect(percentile([], 95)).toBe(0);
  });

  it('fails a run on errors and exceeded statement budgets, never on timings', () => {
    expect(violations(report([run({ p95: 5000 })]))).toEqual([]);
    expect(violations(report([run({ errors: 2, firstError: 'HTTP 500' })]))).toEqual([
      'people at 1 connections: 2 errors, first: HTTP 500',
    ]);
    expect(violations(report([run({ statementsMax: 4 })]))).toEqual(['people: 4 SQL statements in a request, budget 3']);
    expect(violations(report([run({ requests: 0 })]))).toEqual(['people at 1 connections: no request completed']);
  });

  it('prints one table row per concurrency, with the floor ratio at one connection', () => {
    const markdown = toMarkdown(report([run(), run({ connections: 20, p50: 10 })]));
    expect(markdown).toContain('| people | 1 | 100 | 2.00 | 4.00 | 6.00 | 0 | 2 | 3 | 0.000 | 1.00 | 2.00 |');
    expect(markdown).toContain('|  | 20 | 100 | 10.0 | 4.00 | 6.00 | 0 | 2 |  | 0.000 |  |  |');
  });
});
