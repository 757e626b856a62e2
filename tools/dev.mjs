// npm run dev: the api from source on 3001 (embedded Postgres unless DATABASE_URL is set)
// and Vite's dev server on 3000, which proxies /graphql, /auth, /health and /metrics to it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT ?? '3001';
const children = [
  spawn(process.execPath, [path.join(root, 'tools/run-ts.mjs'), 'apps/api/src/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: apiPort,
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000',
      WEB_DIST_DIR: 'tmp/no-web-in-dev',
    },
    // Own process group, as in start.mjs: Ctrl-C must not reach its embedded PostgreSQL directly.
    detached: true,
  }),
  spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), '--config', 'apps/web/vite.config.ts', '--port', '3000'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, API_URL: `http://localhost:${apiPort}` },
  }),
];
let exiting = false;
for (const child of children) {
  child.on('exit', (code) => {
    if (exiting) return;
    exiting = true;
    for (const other of children) if (other !== child) other.kill('SIGINT');
    process.exitCode = code ?? 0;
  });
}
// Ctrl-C reaches Vite directly; the api hears it from here and shuts down in order.
process.on('SIGINT', () => children[0].kill('SIGINT'));
process.on('SIGTERM', () => children.forEach((child) => child.kill('SIGTERM')));
