// Prints the code-first schema to apps/api/schema.graphql (npm run schema:print), or checks
// that the committed file matches the code (npm run schema:check, in CI). Needs no database.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { PLATFORM_SCHEMA_MODULES } from '@kakehashi/server-platform';
import { DOMAIN_MODULES } from './app.module';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');
const HEADER =
  '# ------------------------------------------------------\n# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)\n# ------------------------------------------------------\n\n';
const RESOLVER_METADATA = 'graphql:resolver_type';

type ClassType = new (...args: never[]) => unknown;

/** The resolver classes a module (and the modules it imports) provides. */
function resolversOf(module: ClassType, seen = new Set<ClassType>()): ClassType[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const providers = (Reflect.getMetadata('providers', module) ?? []) as unknown[];
  const imports = (Reflect.getMetadata('imports', module) ?? []) as unknown[];
  const own = providers.filter(
    (provider): provider is ClassType => typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_METADATA, provider),
  );
  const imported = imports.filter((item): item is ClassType => typeof item === 'function').flatMap((item) => resolversOf(item, seen));
  return [...own, ...imported];
}

export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create([...PLATFORM_SCHEMA_MODULES, ...DOMAIN_MODULES].flatMap((module) => resolversOf(module)));
  await app.close();
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

async function main(): Promise<void> {
  const printed = await buildSchemaText();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== printed) {
      console.error('apps/api/schema.graphql differs from the code: run npm run schema:print and commit it (then npm run codegen).');
      process.exit(1);
    }
    console.log('apps/api/schema.graphql matches the code.');
    return;
  }
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
