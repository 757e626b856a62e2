// Require hook: compiles the server's TypeScript with swc on the fly (same options as the
// build, from .swcrc) and resolves the @kakehashi/* aliases to the sources.
require('reflect-metadata');
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');
const { installAliases, workspaceRoot } = require('./aliases.cjs');

const swcOptions = JSON.parse(fs.readFileSync(path.join(workspaceRoot, '.swcrc'), 'utf8'));
delete swcOptions.$schema;

installAliases(workspaceRoot, '.ts');
require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    ...swcOptions,
    filename,
    swcrc: false,
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
