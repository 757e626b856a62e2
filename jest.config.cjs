// One Jest run for the server, the shared code and the client's DOM-free logic: unit specs and integration specs.
// Integration specs reach Postgres through tests/jest/global-setup (embedded when
// DATABASE_URL is unset). TZ is pinned so dates never depend on the machine.
const fs = require('node:fs');
const path = require('node:path');

process.env.TZ = 'UTC';

const swc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swc.$schema;
const { paths } = JSON.parse(fs.readFileSync(path.join(__dirname, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const moduleNameMapper = Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]));

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tests', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/tests/e2e/', '<rootDir>/apps/web/'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/tests/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tests/jest/global-teardown.ts',
  testTimeout: 30000,
};
