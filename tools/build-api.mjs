// Compiles the api and the server/shared libraries with swc into dist/api, keeping the
// folder layout; tools/dist-register.cjs resolves the @kakehashi/* aliases there.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

rmSync('dist/api', { recursive: true, force: true });
execFileSync(
  'npx',
  [
    'swc',
    'apps/api/src',
    'libs/server',
    'libs/shared',
    '-d',
    'dist/api',
    '--config-file',
    '.swcrc',
    '--ignore',
    '**/*.spec.ts,**/*.integration-spec.ts,**/testing/**',
    '--quiet',
  ],
  { stdio: 'inherit' },
);

// The web client's trusted documents, which the production api accepts (TRUSTED_DOCUMENTS).
copyFileSync('libs/client/platform/src/gql/persisted-documents.json', 'dist/api/trusted-documents.json');
