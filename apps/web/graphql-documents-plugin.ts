import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// A plain template literal: GraphQL variables ($first) but no interpolation (${…}).
const GRAPHQL_CALL = /\bgraphql\(\s*(?:\/\*\s*GraphQL\s*\*\/\s*)?`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
/** Codegen writes each document as `export const …Document = {…} as unknown as DocumentNode<…>;`. */
const GENERATED_DOCUMENT = /^export const ([A-Za-z0-9_]+(?:Document|FragmentDoc)) = ([\s\S]*?) as unknown as DocumentNode<[^;]*>;$/gm;
const VIRTUAL = 'virtual:graphql-document/';

/**
 * Turns each `graphql(`…`)` call into an import of its own document, as the client preset's
 * Babel plugin does. Codegen's `graphql()` looks documents up in one map of them all, and
 * Rollup never splits a module across chunks, so every page's queries sat in the entry chunk.
 * Each document is now a module of its own (its object from codegen's `graphql.ts`) and lands
 * in the chunk of the pages that use it. Line breaks are kept, so the source map stays right
 * line by line.
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  let documents: Map<string, string> | undefined;
  const generated = (): Map<string, string> => {
    documents ??= new Map([...readFileSync(generatedFile, 'utf8').matchAll(GENERATED_DOCUMENT)].map((match) => [match[1]!, match[2]!]));
    return documents;
  };
  return {
    name: 'kakehashi-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    // In dev, a new codegen run is read again (pages that use a changed document reload with it).
    watchChange(id) {
      if (id === generatedFile) documents = undefined;
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const name = id.slice(VIRTUAL.length + 1);
      const document = generated().get(name);
      if (!document) throw new Error(`No generated GraphQL document ${name}: run npm run codegen.`);
      this.addWatchFile(generatedFile);
      return `export default ${document};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/gql/') || !code.includes('graphql(')) return null;
      const imports = new Set<string>();
      const transformed = code.replace(GRAPHQL_CALL, (call: string, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) return call;
        const name = definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`;
        if (!generated().has(name)) return call;
        imports.add(name);
        return `__${name}${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      if (imports.size === 0) return null;
      const header = [...imports].map((name) => `import __${name} from '${VIRTUAL}${name}';`).join('');
      return { code: header + transformed, map: null };
    },
  };
}
