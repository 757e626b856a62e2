import 'reflect-metadata';
import { ConfigError, DatabaseCheckError, loadConfig } from '@kakehashi/server-platform';
import { startApi } from './bootstrap';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const api = await startApi(config);
  // One write: whoever watches for "ready" (a test, a supervisor) reads the whole block with it.
  console.log(
    [
      `\n  Kakehashi is ready at ${api.url}  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  Database: ${api.databaseLabel}`,
      `  Sign-in:  ${config.auth.mode === 'dev' ? 'dev personas (AUTH_MODE=dev)' : 'Microsoft Entra ID'}\n`,
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n  ${signal}: stopping Kakehashi …`);
    api.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Started by tools/start.mjs with an IPC channel: when that parent is gone, even killed
  // outright (as a test runner may do), stop too rather than linger with the port taken.
  if (process.send) process.once('disconnect', () => stop('parent exited'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseCheckError) {
    console.error(`\nKakehashi cannot start.\n${error.message}\n`);
  } else {
    console.error('\nKakehashi cannot start.\n', error instanceof Error ? error.message : error, '\n');
    if (error instanceof Error && error.stack && process.env['LOG_LEVEL'] === 'debug') console.error(error.stack);
  }
  process.exit(1);
});
