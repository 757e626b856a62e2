// Generates the typed GraphQL client (client preset: TypedDocumentNodes, no hooks) from the
// committed apps/api/schema.graphql and the `graphql(`...`)` calls in libs/client/**.
// The codegen CLI is not installed, so this runs the preset and @graphql-codegen/core
// directly. Output is sorted and formatted with Prettier so that it is deterministic.
//
//   node tools/codegen.mjs          write libs/client/platform/src/gql/
//   node tools/codegen.mjs --check  fail when the committed output is out of date
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, visit, Kind, GraphQLError } from 'graphql';
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import ts from 'typescript';
import prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = 'apps/api/schema.graphql';
const documentsRoot = 'libs/client';
const outputDir = 'libs/client/platform/src/gql/';
const gqlTagName = 'graphql';
const check = process.argv.includes('--check');

function toPosix(file) {
  return file.split(path.sep).join('/');
}

/** Source files that may hold documents, sorted so that the output never depends on the file system. */
function listSourceFiles() {
  const absoluteOutput = path.join(root, outputDir);
  return readdirSync(path.join(root, documentsRoot), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !file.startsWith(absoluteOutput) && !file.includes(`${path.sep}node_modules${path.sep}`))
    .map((file) => toPosix(path.relative(root, file)))
    .sort();
}

/** Every `graphql(`...`)` call whose argument is a plain template literal, in source order. */
function extractDocuments(file) {
  const text = readFileSync(path.join(root, file), 'utf8');
  if (!text.includes(`${gqlTagName}(`)) return [];
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === gqlTagName &&
      node.arguments.length === 1
    ) {
      const [argument] = node.arguments;
      if (!ts.isNoSubstitutionTemplateLiteral(argument)) {
        const { line } = sourceFile.getLineAndCharacterOfPosition(argument.getStart());
        throw new Error(`${file}:${line + 1}: ${gqlTagName}() takes a template literal without substitutions`);
      }
      const rawSDL = argument.text;
      try {
        found.push({ location: file, rawSDL, document: parse(rawSDL) });
      } catch (error) {
        const { line } = sourceFile.getLineAndCharacterOfPosition(argument.getStart());
        const message = error instanceof GraphQLError ? error.message : String(error);
        throw new Error(`${file}:${line + 1}: ${message}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * Adds `__typename` to every selection set except the operation's root, as Apollo Client's
 * cache does before sending, so that the persisted-document hashes are of what is sent.
 */
const addTypenameLikeApolloClient = {
  transform: ({ documents }) =>
    documents.map((source) => ({
      ...source,
      document: visit(source.document, {
        SelectionSet(node, _key, parent) {
          if (parent && !Array.isArray(parent) && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
          const hasTypename = node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename');
          if (hasTypename) return undefined;
          const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
          return { ...node, selections: [...node.selections, typename] };
        },
      }),
    })),
};

async function format(filename, content) {
  const absolute = path.join(root, filename);
  const options = (await prettier.resolveConfig(absolute)) ?? {};
  return prettier.format(content, { ...options, filepath: absolute });
}

async function generate() {
  const schemaText = readFileSync(path.join(root, schemaFile), 'utf8');
  const schemaAst = buildSchema(schemaText);
  const schema = parse(schemaText);
  const documents = listSourceFiles().flatMap(extractDocuments);

  const config = {
    useTypeImports: true,
    // Role and Locale are shared with the server; use the contracts' enums, not copies.
    enumValues: {
      Role: '@kakehashi/shared-contracts#Role',
      Locale: '@kakehashi/shared-contracts#Locale',
    },
    // DateTime travels as an ISO 8601 string (Nest's GraphQLISODateTime).
    scalars: { ID: 'string', DateTime: 'string' },
    avoidOptionals: false,
  };

  const sections = await preset.buildGeneratesSection({
    baseOutputDir: outputDir,
    schema,
    schemaAst,
    documents,
    config,
    presetConfig: {
      gqlTagName,
      fragmentMasking: false,
      // Hashes for trusted documents (DESIGN.md, GraphQL rules): persisted-documents.json.
      persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
    },
    plugins: [],
    pluginMap: {},
    // Apollo Client adds __typename to what it sends; add it here so the hashes match.
    documentTransforms: [{ name: 'add-typename', transformObject: addTypenameLikeApolloClient }],
  });

  const outputs = new Map();
  for (const section of sections) {
    const content = await codegen({ ...section, schemaAst });
    outputs.set(section.filename, await format(section.filename, content));
  }
  return outputs;
}

function existingFiles() {
  const absolute = path.join(root, outputDir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).map((name) => `${outputDir}${name}`);
}

const outputs = await generate();

if (check) {
  const stale = [];
  for (const [filename, content] of outputs) {
    const absolute = path.join(root, filename);
    if (!existsSync(absolute) || readFileSync(absolute, 'utf8') !== content) stale.push(filename);
  }
  for (const filename of existingFiles()) if (!outputs.has(filename)) stale.push(filename);
  if (stale.length > 0) {
    console.error(`codegen: out of date, run \`npm run codegen\`:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log('codegen: up to date');
} else {
  mkdirSync(path.join(root, outputDir), { recursive: true });
  for (const filename of existingFiles()) {
    if (!outputs.has(filename)) rmSync(path.join(root, filename));
  }
  for (const [filename, content] of outputs) writeFileSync(path.join(root, filename), content);
  console.log(`codegen: wrote ${[...outputs.keys()].join(', ')}`);
}
