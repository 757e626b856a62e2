// npm start: build what changed (Nx caches the rest), then run the api, which starts the
// embedded PostgreSQL (unless DATABASE_URL is set), migrates, seeds once and serves the hub.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
};

const started = Date.now();
console.log('Building Kakehashi (api and web) …');
const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'build', '--outputStyle=static'],
  {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
if (build.status !== 0) {
  console.error('\nThe build failed (see above).');
  process.exit(build.status ?? 1);
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

// The api runs in its own process group: Ctrl-C in the terminal reaches only this script,
// which passes it on. Otherwise the embedded PostgreSQL (the api's child) would get the
// signal too and stop while the api still holds connections. The IPC channel tells the api
// when this script is gone, however it ended.
const api = spawn(
  process.execPath,
  // The young generation as in production (docker/Dockerfile says why).
  [
    '--enable-source-maps',
    '--max-semi-space-size=64',
    '-r',
    path.join(root, 'tools/dist-register.cjs'),
    path.join(root, 'dist/api/apps/api/src/main.js'),
  ],
  { cwd: root, env: process.env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'], detached: true },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => api.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
