import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, parse, print, stripIgnoredCharacters } from 'graphql';
import { ErrorCode } from '@kakehashi/shared-contracts';

/**
 * A document's identity regardless of layout: each definition printed without ignored
 * characters, sorted (clients may order the operation and its fragments differently).
 */
export function documentFingerprint(document: DocumentNode): string {
  const definitions = document.definitions.map((definition) => stripIgnoredCharacters(print(definition))).sort();
  return createHash('sha256').update(definitions.join('\n')).digest('hex');
}

/** Fingerprints of the web client's documents, from codegen's persisted-documents.json. */
export function loadTrustedDocuments(file: string): Set<string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Set(Object.values(manifest).map((text) => documentFingerprint(parse(text))));
}

/**
 * Trusted documents (DESIGN.md, GraphQL rules): in production the api runs only the
 * operations the web client was built with, so an attacker cannot send arbitrary,
 * expensive or probing queries even with a valid session.
 */
export function trustedDocumentsPlugin(trusted: Set<string>): ApolloServerPlugin {
  const seen = new WeakMap<DocumentNode, boolean>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          let allowed = seen.get(document);
          if (allowed === undefined) {
            allowed = trusted.has(documentFingerprint(document));
            seen.set(document, allowed);
          }
          if (!allowed) {
            throw new GraphQLError('This operation is not one of the web client’s trusted documents.', {
              extensions: { code: ErrorCode.Forbidden, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
