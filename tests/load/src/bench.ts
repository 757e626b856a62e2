// npm run bench [-- --duration 10 --connections 1,20,50 --only people]: every registered
// operation against the api in production mode on the scale data of npm run bench:seed.
// npm run bench -- --smoke: a tiny database of its own and short runs, for CI: fails on
// errors and exceeded statement budgets, never on timings.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminQuery, BENCH_DATABASE, type BenchServer, seededScale, startBenchServer, WORKSPACE } from './bench-database';
import { startProductionApi } from './api-process';
import { parseArgs } from './args';
import type { BenchOperation } from './bench-part';
import { drive, measureFloor } from './drive';
import { BENCH_PARTS } from './parts';
import { type BenchReport, machine, toMarkdown, violations, writeReport } from './report';
import { seedScale } from './seed-scale';

const SMOKE_DURATION = 0.3;
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(path.join(WORKSPACE, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** A session per persona, made directly in the database (production has no dev sign-in). */
async function personaCookies(client: Client, personas: string[]): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const persona of personas) {
    const token = randomBytes(32).toString('base64url');
    const { rowCount } = await client.query(
      `INSERT INTO sessions (token_hash, person_id, auth_method, expires_at)
       SELECT sha256(convert_to($1, 'UTF8')), person_id, 'entra', now() + interval '1 day' FROM demo_personas WHERE persona_key = $2`,
      [token, persona],
    );
    if (rowCount !== 1) throw new Error(`No demo persona "${persona}" in the bench database.`);
    cookies.set(persona, `__Host-kakehashi_session=${token}`);
  }
  return cookies;
}

async function counts(client: Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ people: string; departments: string }>(
    'SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM departments) AS departments',
  );
  return { people: Number(rows[0]?.people), departments: Number(rows[0]?.departments) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), { database: BENCH_DATABASE });
  const log = (line: string) => console.log(line);
  const startedAt = new Date().toISOString();
  const duration = args.smoke ? SMOKE_DURATION : args.duration;
  const server: BenchServer = await startBenchServer(log);
  const database = args.smoke ? `kakehashi_bench_smoke_${process.pid}` : args.database;
  let scale: number;
  if (args.smoke) {
    await seedScale(server, database, 1, log);
    scale = 1;
  } else {
    const seeded = await seededScale(server, database);
    if (seeded === null) {
      await server.stop();
      throw new Error(`${database} has no scale data on ${server.label}: run npm run bench:seed -- --scale 100 first.`);
    }
    scale = seeded;
  }

  const client = new Client({ connectionString: server.databaseUrl(database) });
  await client.connect();
  let api: Awaited<ReturnType<typeof startProductionApi>> | undefined;
  try {
    const operations: BenchOperation[] = [];
    for (const part of BENCH_PARTS) operations.push(...(await part.operations(client)));
    const selected = operations.filter((operation) => !args.only || operation.name.includes(args.only));
    if (selected.length === 0) throw new Error(`No operation matches --only ${args.only}.`);
    api = await startProductionApi({ databaseUrl: server.databaseUrl(database), documents: selected.map((o) => o.document), log });
    const cookies = await personaCookies(client, [...new Set(selected.map((operation) => operation.persona))]);
    const { rows: version } = await client.query<{ version: string }>("SELECT split_part(version(), ' on ', 1) AS version");

    const report: BenchReport = {
      startedAt,
      scale,
      smoke: args.smoke,
      database: `${database} on ${server.label}`,
      postgres: version[0]?.version ?? 'PostgreSQL',
      counts: await counts(client),
      durationSeconds: duration,
      machine: machine(),
      versions: {
        '@nestjs/core': versionOf('@nestjs/core'),
        '@nestjs/platform-express': versionOf('@nestjs/platform-express'),
        '@apollo/server': versionOf('@apollo/server'),
        typeorm: versionOf('typeorm'),
        pg: versionOf('pg'),
        autocannon: versionOf('autocannon'),
      },
      operations: [],
    };
    let offset = 0;
    for (const operation of selected) {
      const cookie = cookies.get(operation.persona)!;
      log(`\n${operation.name} (as ${operation.persona})`);
      // Warm-up: JIT, plans, the session cache and the pool.
      await drive(operation, {
        baseUrl: api.baseUrl,
        cookie,
        connections: 4,
        duration: args.smoke ? SMOKE_DURATION : Math.min(3, duration),
        startAt: offset,
      });
      const floor = await measureFloor(operation, client, args.smoke ? 0.2 : 3);
      log(`  floor: p50 ${floor.p50.toFixed(2)} ms over ${floor.iterations} runs`);
      const runs = [];
      for (const connections of args.connections) {
        offset += 100_000;
        const run = await drive(operation, { baseUrl: api.baseUrl, cookie, connections, duration, startAt: offset });
        log(
          `  ${connections} conns: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50.toFixed(2)} ms, p95 ${run.p95.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms, ${run.errors} errors, ${run.statementsMax} SQL/req`,
        );
        runs.push(run);
      }
      report.operations.push({ name: operation.name, persona: operation.persona, statementBudget: operation.statementBudget, floor, runs });
    }

    const file = writeReport(report, WORKSPACE);
    console.log(`\n${toMarkdown(report)}\nWritten to ${file.replace(`${WORKSPACE}/`, '')} (and .json).`);
    const problems = violations(report);
    if (problems.length > 0) {
      console.error(`\nThe benchmark failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
      return 1;
    }
    return 0;
  } finally {
    await api?.stop();
    await client.end();
    if (args.smoke) await adminQuery(server.serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
