// Runs a TypeScript entry point of the server from source: node tools/run-ts.mjs file.ts [args]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const register = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ts-register.cjs');
const result = spawnSync(process.execPath, ['--enable-source-maps', '-r', register, entry, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
