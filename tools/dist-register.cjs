// Require hook for the built api: resolves the @kakehashi/* aliases inside dist/api.
require('reflect-metadata');
const path = require('node:path');
const { installAliases, workspaceRoot } = require('./aliases.cjs');

installAliases(path.join(workspaceRoot, 'dist/api'), '.js');
