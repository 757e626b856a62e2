// Resolves the @kakehashi/* path aliases of tsconfig.base.json at run time, so that
// the server runs from TypeScript sources (tools/ts-register.cjs) or from dist/api.
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');

const workspaceRoot = path.resolve(__dirname, '..');

function installAliases(rootDir, extension) {
  const base = JSON.parse(fs.readFileSync(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
  const aliases = new Map();
  for (const [alias, [target]] of Object.entries(base.compilerOptions.paths)) {
    aliases.set(alias, path.join(rootDir, target.replace(/\.ts$/, extension)));
  }
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveWithAliases(request, ...rest) {
    const target = aliases.get(request);
    return original.call(this, target ?? request, ...rest);
  };
}

module.exports = { installAliases, workspaceRoot };
