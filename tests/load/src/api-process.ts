import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { WORKSPACE } from './bench-database';

export interface ApiProcess {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Builds the api (Nx caches it) and starts it as production runs it, against the bench database. */
export async function startProductionApi(options: {
  databaseUrl: string;
  documents: string[];
  log: (line: string) => void;
}): Promise<ApiProcess> {
  const build = spawnSync(
    process.execPath,
    [path.join(WORKSPACE, 'node_modules/nx/dist/bin/nx.js'), 'run', 'api:build', '--outputStyle=static'],
    {
      cwd: WORKSPACE,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) throw new Error('Building the api failed.');

  // The bench's operations are its trusted documents: production enforces them, so does the bench.
  const manifest = path.join(WORKSPACE, 'tmp/bench-trusted-documents.json');
  spawnSync('mkdir', ['-p', path.dirname(manifest)]);
  writeFileSync(manifest, JSON.stringify(Object.fromEntries(options.documents.map((document, i) => [`bench:${i}`, document])), null, 2));

  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // e.g. BENCH_API_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=tmp/profiles" to profile the api under load.
      ...(process.env['BENCH_API_NODE_OPTIONS']?.split(' ').filter(Boolean) ?? []),
      // The young generation as production runs it (docker/Dockerfile says why).
      '--max-semi-space-size=64',
      '-r',
      path.join(WORKSPACE, 'tools/dist-register.cjs'),
      path.join(WORKSPACE, 'dist/api/apps/api/src/main.js'),
    ],
    {
      cwd: WORKSPACE,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: 'https://bench.kakehashi.example',
        DATABASE_URL: options.databaseUrl,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        EXPOSE_SQL_STATEMENTS: 'true',
        TRUSTED_DOCUMENTS: 'enforce',
        TRUSTED_DOCUMENTS_FILE: manifest,
        // Sessions are made by the bench; Entra is configured as production needs, never called.
        AUTH_MODE: 'entra',
        ENTRA_TENANT_ID: '00000000-0000-4000-8000-000000000001',
        ENTRA_CLIENT_ID: '00000000-0000-4000-8000-000000000002',
        ENTRA_CLIENT_SECRET: 'bench-only',
      },
      // Request logs are part of production's cost: written, then dropped here.
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The api exited while starting:\n${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The api was not ready in 60 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  options.log(`api (production mode, pid ${child.pid}) ready at ${baseUrl}`);
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
