import type { IncomingMessage } from 'node:http';
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import { CloseCode, type ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { ErrorCode } from '@kakehashi/shared-contracts';
import type { Viewer } from '../auth/viewer';
import { formatGraphQLError } from './format-error';
import type { GraphQLContext } from './graphql-context';
import { LoaderRegistry } from './loader-registry';
import { documentFingerprint } from './trusted-documents';
import { isAllowedWebSocketOrigin } from './websocket-origin';
import type { WebSocketSessions } from './websocket-sessions';

/** One browser tab needs a handful; more on one socket is a client bug or abuse. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 25;

export interface WebSocketSubscriptionsOptions {
  publicUrl: string;
  isProduction: boolean;
  /** The signed-in person of the upgrade request's session cookie, as for HTTP. */
  resolveViewer(request: IncomingMessage): Promise<Viewer | null>;
  /** The executable schema (known only once Nest has built it). */
  schema(): GraphQLSchema;
  /** The same limits as HTTP (graphql-armor: depth, cost, aliases, directives). */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  /** Fingerprints of the web client's documents when trusted documents are enforced, else null. */
  trustedDocuments: ReadonlySet<string> | null;
  /** Where each open socket is filed under its session, so that the session's end closes it. */
  sockets: WebSocketSessions;
}

export type WebSocketServerOptions = Partial<ServerOptions<Record<string, unknown> | undefined, Extra>>;

function refuse(message: string, code: ErrorCode): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/**
 * graphql-ws on /graphql. graphql-ws runs operations itself, outside Apollo Server and its
 * plugins, so the HTTP protections are applied here again: the session and Origin of the
 * upgrade request at connection, then for every operation the token limit, trusted documents,
 * armor's validation rules and error formatting. Only subscriptions: queries and mutations
 * go over HTTP, where CSRF prevention, metrics and statement counts apply. Each open socket is
 * filed under its session (websocket-sessions.ts), so that the session's end closes it with 4401.
 */
export function webSocketSubscriptions(options: WebSocketSubscriptionsOptions): WebSocketServerOptions {
  const rules = [...specifiedRules, ...options.validationRules];
  const trustedSeen = new WeakMap<DocumentNode, boolean>();
  const format = (error: GraphQLFormattedError): GraphQLFormattedError =>
    formatGraphQLError(
      // Production hides field suggestions, as armor's plugin does for HTTP.
      options.isProduction ? { ...error, message: error.message.replace(/ ?Did you mean .+\?/g, '').trim() } : error,
      options.isProduction,
    );

  return {
    connectionInitWaitTimeout: 5000,
    onConnect: async ({ extra }) => {
      if (!isAllowedWebSocketOrigin(extra.request.headers, options.publicUrl, options.isProduction)) {
        // graphql-ws closes with 4403 Forbidden when onConnect answers false.
        return false;
      }
      const viewer = await options.resolveViewer(extra.request);
      if (!viewer) {
        // 4401: the client should sign in again, not retry as it would after a network error.
        extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
        return false;
      }
      // Gone while its session was read: onClose has run already, so it must not be filed.
      if (extra.socket.readyState !== extra.socket.OPEN) return false;
      options.sockets.add(viewer.sessionId, extra.socket);
      return true;
    },
    onClose: ({ extra }) => {
      options.sockets.remove(extra.socket);
    },
    onSubscribe: async (context, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
      if (Object.keys(context.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
        return refuse(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection.`, ErrorCode.RateLimited);
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: options.maxTokens });
      } catch (error) {
        return refuse(error instanceof Error ? error.message : 'The operation cannot be parsed.', ErrorCode.BadUserInput);
      }
      if (options.trustedDocuments) {
        let trusted = trustedSeen.get(document);
        if (trusted === undefined) {
          trusted = options.trustedDocuments.has(documentFingerprint(document));
          trustedSeen.set(document, trusted);
        }
        if (!trusted) return refuse('This operation is not one of the web client’s trusted documents.', ErrorCode.Forbidden);
      }
      const schema = options.schema();
      const invalid = validate(schema, document, rules);
      if (invalid.length > 0) {
        return invalid.map(
          (error) =>
            new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: ErrorCode.BadUserInput } }),
        );
      }
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return refuse('Name the operation to run (operationName).', ErrorCode.BadUserInput);
      if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
        return refuse(
          'Only subscriptions go over the WebSocket: send queries and mutations as HTTP POST /graphql.',
          ErrorCode.BadUserInput,
        );
      }
      // Resolved again per operation: a session that ended since the connection opened closes the socket.
      const viewer = await options.resolveViewer(context.extra.request);
      if (!viewer) {
        options.sockets.remove(context.extra.socket);
        context.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
        return refuse('Sign-in required.', ErrorCode.Unauthenticated);
      }
      const contextValue: GraphQLContext = { transport: 'websocket', viewer, loaders: new LoaderRegistry() };
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
    },
    onNext: (_context, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => format(error.toJSON())) } : undefined,
    onError: (_context, _id, _payload, errors) => errors.map((error) => format(error.toJSON())),
  };
}
