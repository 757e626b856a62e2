import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(webRoot, '../..');

/** The @kakehashi/* aliases of tsconfig.base.json, so that Vite and TypeScript agree. */
function tsconfigAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths)
      .filter(([, targets]) => targets.length > 0)
      .map(([alias, targets]) => [alias, path.join(workspaceRoot, targets[0] ?? '')]),
  );
}

const apiUrl = process.env['API_URL'] ?? 'http://localhost:3001';

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: path.join(webRoot, 'public'),
  resolve: { alias: tsconfigAliases() },
  plugins: [graphqlDocuments(path.join(workspaceRoot, 'libs/client/platform/src/gql/graphql.ts'))],
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.join(workspaceRoot, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rollupOptions: {
      onwarn(warning, warn) {
        // Fluent UI ships "use client" directives, meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
      output: {
        // Rarely-changing libraries in their own long-cached chunks.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          if (/node_modules\/(@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)\//.test(id)) {
            return 'apollo';
          }
          return undefined;
        },
      },
    },
  },
  server: {
    port: 3000,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiUrl, ws: true },
      '/auth': { target: apiUrl },
      '/health': { target: apiUrl },
      '/metrics': { target: apiUrl },
    },
  },
  preview: { port: 3000 },
});
