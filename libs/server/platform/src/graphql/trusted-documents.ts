import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTNode,
  type DocumentNode,
  GraphQLError,
  Kind,
  parse,
  print,
  type SelectionNode,
  stripIgnoredCharacters,
  visit,
} from 'graphql';
import { ErrorCode } from '@kakehashi/shared-contracts';

const byText = (a: ASTNode, b: ASTNode) => {
  const left = print(a);
  const right = print(b);
  return left < right ? -1 : left > right ? 1 : 0;
};

/** Fields, fragments, arguments and variables in one order, whatever order a client wrote them in. */
function canonical(document: DocumentNode): DocumentNode {
  return visit(document, {
    [Kind.SELECTION_SET]: { leave: (node) => ({ ...node, selections: [...node.selections].sort(byText) as SelectionNode[] }) },
    [Kind.FIELD]: { leave: (node) => ({ ...node, arguments: node.arguments ? [...node.arguments].sort(byText) : node.arguments }) },
    [Kind.OPERATION_DEFINITION]: {
      leave: (node) => ({
        ...node,
        variableDefinitions: node.variableDefinitions ? [...node.variableDefinitions].sort(byText) : node.variableDefinitions,
      }),
    },
  });
}

/**
 * A document's identity regardless of layout and order: codegen's manifest sorts fields
 * and variables while Apollo Client sends them as written (with __typename last), so both
 * are brought to one canonical form, each definition printed without ignored characters.
 */
export function documentFingerprint(document: DocumentNode): string {
  const definitions = canonical(document)
    .definitions.map((definition) => stripIgnoredCharacters(print(definition)))
    .sort();
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
