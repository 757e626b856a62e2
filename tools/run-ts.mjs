// Runs a TypeScript entry point of the server from source: node tools/run-ts.mjs file.ts [args]
// Signals are passed on, and the exit code comes back, as if the script ran directly.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const register = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ts-register.cjs');
const child = spawn(process.execPath, ['--enable-source-maps', '-r', register, entry, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 2 : 1)));
