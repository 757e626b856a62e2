// The real entry point (apps/api/src/main.ts) as separate processes: what an operator sees
// when start-up is refused, and a clean start, seed, restart and Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { redact } from '@kakehashi/server-platform';
import { createTestDatabase, type TestDatabase } from '@kakehashi/server-platform/testing';

const ROOT = path.resolve(__dirname, '../..');
const ENTRY = 'apps/api/src/main.ts';
const SERVER_URL = process.env['KAKEHASHI_TEST_SERVER_URL'] ?? '';
const READY_TIMEOUT_MS = 20_000;

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Only what the api reads: nothing from this Jest process (its DATABASE_URL, NODE_ENV=test) leaks in. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    TZ: 'UTC',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_CONNECT_TIMEOUT_MS: '2000',
    ...env,
  };
}

/**
 * Starts `node tools/run-ts.mjs apps/api/src/main.ts` (or, with `direct`, the same command run-ts
 * spawns) in its own process group, so a signal can reach the whole group as a terminal's Ctrl-C does.
 */
function start(env: Record<string, string>, options: { direct?: boolean } = {}): Run {
  const args = options.direct
    ? ['--enable-source-maps', '-r', path.join(ROOT, 'tools/ts-register.cjs'), ENTRY]
    : ['tools/run-ts.mjs', ENTRY];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  live.add(child);
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  // 'close': the process has exited and every holder of its pipes (a grandchild too) is gone.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, output: () => text, exited };
}

/** Runs to the end and returns the exit code and everything printed (code null: it did not exit, and was killed). */
async function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const started = start(env);
  const timer = setTimeout(() => process.kill(-started.child.pid!, 'SIGKILL'), 15_000);
  const { code } = await started.exited;
  clearTimeout(timer);
  return { code, output: started.output() };
}

async function untilReady(started: Run): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!started.output().includes('Kakehashi is ready at')) {
    if (started.child.exitCode !== null || Date.now() > deadline) throw new Error(`the api did not start:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message())), ms);
    }),
  ]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function peopleCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) AS count FROM people');
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Process groups started here whose output is still open (an api may still run in them). */
const live = new Set<ChildProcess>();
let database: TestDatabase;
let cTypeDatabase: string;

beforeAll(async () => {
  if (!SERVER_URL)
    throw new Error('KAKEHASHI_TEST_SERVER_URL is unset: run through jest.config.cjs, whose global setup prepares Postgres.');
  database = await createTestDatabase();
  cTypeDatabase = `kk_test_ctype_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${cTypeDatabase} ENCODING 'UTF8' LC_CTYPE 'C' LC_COLLATE 'C' TEMPLATE template0`);
});

afterAll(async () => {
  // Never leave an api behind, whatever failed: each group we started, by its id.
  for (const child of live) {
    if (child.pid === undefined) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await database?.drop();
  if (cTypeDatabase) await adminQuery(`DROP DATABASE IF EXISTS ${cTypeDatabase} WITH (FORCE)`);
});

describe('api start-up (node tools/run-ts.mjs apps/api/src/main.ts)', () => {
  describe('refuses to start with a clear message and exit code 1', () => {
    const closedDatabase = 'postgres://kakehashi:s3cret-pw@127.0.0.1:1/kakehashi';
    const busy = net.createServer();
    let busyPort: number;
    const results = new Map<string, { code: number | null; output: string }>();

    const cases: { what: string; env: () => Promise<Record<string, string>>; expected: () => string[] }[] = [
      {
        what: 'DATABASE_URL on a closed port',
        env: async () => ({ DATABASE_URL: closedDatabase, PORT: String(await freePort()) }),
        expected: () => ['Cannot connect to the database at postgres://kakehashi:***@127.0.0.1:1/kakehashi', 'Check DATABASE_URL'],
      },
      {
        what: 'a database whose character type is C',
        env: async () => ({ DATABASE_URL: databaseUrl(cTypeDatabase), PORT: String(await freePort()) }),
        expected: () => [
          `The database's character type is "C": PostgreSQL then treats Japanese and other non-ASCII letters as non-letters`,
          "LC_CTYPE 'C.UTF-8'",
        ],
      },
      {
        what: 'an occupied PORT',
        env: async () => ({ DATABASE_URL: database.url, PORT: String(busyPort) }),
        expected: () => [`Port ${busyPort} is already in use`, 'set PORT to a free port'],
      },
      {
        what: 'Entra settings half filled',
        env: async () => ({
          DATABASE_URL: closedDatabase,
          ENTRA_TENANT_ID: '7d4f1c2e-0b6a-4e8f-9c3d-2a1b0c9d8e7f',
          ENTRA_CLIENT_ID: 'kakehashi-hub',
        }),
        expected: () => ['Invalid configuration:', 'Entra ID sign-in is half configured: missing ENTRA_CLIENT_SECRET'],
      },
      {
        what: 'dev sign-in in production',
        env: async () => ({
          DATABASE_URL: closedDatabase,
          NODE_ENV: 'production',
          AUTH_MODE: 'dev',
          PUBLIC_URL: 'https://hub.example.com',
        }),
        expected: () => ['Invalid configuration:', 'AUTH_MODE=dev is not allowed with NODE_ENV=production'],
      },
    ];

    // All five run at once (each is a Node start-up of about a second).
    beforeAll(async () => {
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      busyPort = (busy.address() as net.AddressInfo).port;
      await Promise.all(cases.map(async ({ what, env }) => results.set(what, await run(await env()))));
    });

    afterAll(async () => {
      await new Promise((resolve) => busy.close(resolve));
    });

    it.each(cases.map((testCase) => [testCase.what, testCase] as const))('for %s', (_what, { what, expected }) => {
      const { code, output } = results.get(what)!;
      expect(code).toBe(1);
      expect(output).toContain('Kakehashi cannot start.');
      for (const text of expected()) expect(output).toContain(text);
      // A message for a person, not a crash: no stack trace, no password, no half start.
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toContain('s3cret-pw');
      expect(output).not.toContain('Kakehashi is ready');
    });
  });

  it('starts on a fresh database, seeds the demo company once, and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const env = { DATABASE_URL: database.url, PORT: String(port) };

    const first = start(env);
    await untilReady(first);
    const output = first.output();
    expect(output).toContain(`Kakehashi is ready at http://localhost:${port}`);
    expect(output).toContain(`Database: DATABASE_URL ${redact(database.url)}`);
    const password = new URL(database.url).password;
    if (password) expect(output).not.toContain(password);
    expect(output).toContain('Seeded the demo company: directory');
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    const seeded = await peopleCount(database.url);
    expect(seeded).toBeGreaterThanOrEqual(140);
    expect(seeded).toBeLessThanOrEqual(160);

    // Ctrl-C in a terminal signals the whole process group (run-ts and the api it runs).
    const stopAt = Date.now();
    process.kill(-first.child.pid!, 'SIGINT');
    await withTimeout(first.exited, 10_000, () => `did not stop:\n${first.output()}`);
    expect(Date.now() - stopAt).toBeLessThan(5_000);
    expect(first.output()).toContain('SIGINT: stopping Kakehashi');
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();

    // The entry point itself, signalled alone, so that its own exit code can be read
    // (run-ts waits in spawnSync and forwards no signal: see the report).
    const second = start(env, { direct: true });
    await untilReady(second);
    expect(second.output()).not.toContain('Seeded the demo company');
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    expect(await peopleCount(database.url)).toBe(seeded);

    const secondStopAt = Date.now();
    second.child.kill('SIGINT');
    const { code, signal } = await withTimeout(second.exited, 10_000, () => `did not stop:\n${second.output()}`);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now() - secondStopAt).toBeLessThan(5_000);
  });
});
