import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { type GraphQLWsSubscriptionsConfig, GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { AuthModule } from '../auth/auth.module';
import { SessionService, SESSION_COOKIE } from '../auth/sessions/session.service';
import { CookieJar } from '../auth/cookies';
import { MetricsModule } from '../metrics/metrics.module';
import { MetricsService } from '../metrics/metrics.service';
import { currentRequestStore } from '../request/request-context';
import { compiledExecution } from './compiled-execution';
import { formatGraphQLError } from './format-error';
import { GraphQLErrorFilter } from './graphql-error.filter';
import { type GraphQLContext, httpContext } from './graphql-context';
import { ResponseCache } from './response-cache';
import { ResponseCacheModule } from './response-cache.module';
import { CONTEXT_STATEMENTS_HEADER, STATEMENTS_HEADER } from './statement-headers';
import { loadTrustedDocuments, trustedDocumentsPlugin } from './trusted-documents';
import { WebSocketSessions } from './websocket-sessions';
import { WebSocketSessionsModule } from './websocket-sessions.module';
import { webSocketSubscriptions } from './websocket-subscriptions';

/** Limits per DESIGN.md (OWASP GraphQL cheat sheet); the directory's deepest page needs depth 8. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2000,
  // Armor's static cost (objects 2, scalars 1, times 1.5 per level of depth, whatever the page
  // size): an edition page whose comments and replies show their authors' departments costs
  // 5,061, the feed 3,406. Abuse is bounded by depth, tokens and trusted documents as well.
  maxCost: 10000,
} as const;

export { CONTEXT_STATEMENTS_HEADER, STATEMENTS_HEADER } from './statement-headers';

function statementCountPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      // The context (and so the session) is resolved before this hook runs.
      const store = currentRequestStore();
      const beforeOperation = store?.operationStartedAt ?? store?.statements ?? 0;
      return {
        async willSendResponse({ response }) {
          const store = currentRequestStore();
          if (!store) return;
          response.http.headers.set(STATEMENTS_HEADER, String(store.statements));
          response.http.headers.set(CONTEXT_STATEMENTS_HEADER, String(beforeOperation));
        },
      };
    },
  };
}

function operationMetricsPlugin(metrics: MetricsService): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.observeGraphQL(operationName ?? 'anonymous', errors && errors.length > 0 ? 'error' : 'ok', seconds);
        },
      };
    },
  };
}

@Module({})
export class KakehashiGraphQLModule {
  static forRoot(): DynamicModule {
    return {
      module: KakehashiGraphQLModule,
      imports: [KakehashiGraphQLModule.apollo()],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }

  private static apollo(): DynamicModule {
    return GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, MetricsModule, WebSocketSessionsModule, ResponseCacheModule],
      inject: [APP_CONFIG, SessionService, MetricsService, WebSocketSessions, ResponseCache],
      useFactory: (
        config: AppConfig,
        sessions: SessionService,
        metrics: MetricsService,
        sockets: WebSocketSessions,
        responseCache: ResponseCache,
      ): ApolloDriverConfig => {
        const armor = new ApolloArmor({
          maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
          maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
          maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
          // Counted by graphql-js's own parser instead (parseOptions below): armor's Apollo plugin
          // throws from parsingDidStart, which Apollo answers with HTTP 500 for a client's mistake.
          maxTokens: { enabled: false },
          costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
          blockFieldSuggestion: { enabled: config.isProduction },
        }).protect();
        const cookies = new CookieJar(config.isProduction);
        const plugins: ApolloServerPlugin<GraphQLContext>[] = [
          ...(armor.plugins as ApolloServerPlugin<GraphQLContext>[]),
          operationMetricsPlugin(metrics),
          // Responses are per person and never HTTP-cached; the default plugin wrapped every
          // field's resolver to compute cache hints (a tenth of the api's time on a page of 50).
          ApolloServerPluginCacheControlDisabled(),
          responseCache.plugin(),
        ];
        if (config.graphql.exposeStatementCount) plugins.push(statementCountPlugin());
        if (config.isProduction) plugins.push(ApolloServerPluginLandingPageDisabled());
        const trusted = config.graphql.trustedDocuments === 'enforce' ? loadTrustedDocuments(config.graphql.trustedDocumentsFile) : null;
        if (trusted) plugins.push(trustedDocumentsPlugin(trusted));
        // graphql-ws executes subscriptions itself, and graphql-jit operations: both need the schema
        // Nest builds after this factory.
        let schema: GraphQLSchema | undefined;
        const builtSchema = (): GraphQLSchema => {
          if (!schema) throw new Error('The GraphQL schema is not built yet.');
          return schema;
        };
        const subscriptions = webSocketSubscriptions({
          publicUrl: config.publicUrl,
          isProduction: config.isProduction,
          // Only the upgrade request's headers are read (the session cookie), as for HTTP.
          resolveViewer: (request: IncomingMessage) => sessions.resolve(cookies.read(request as Request, SESSION_COOKIE)),
          schema: builtSchema,
          validationRules: armor.validationRules,
          maxTokens: GRAPHQL_LIMITS.maxTokens,
          trustedDocuments: trusted,
          sockets,
        });
        const options: ApolloDriverConfig = {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !config.isProduction,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: !config.isProduction,
          parseOptions: { maxLexicalTokens: GRAPHQL_LIMITS.maxTokens },
          validationRules: armor.validationRules,
          plugins,
          transformSchema: (built) => {
            schema = built;
            return built;
          },
          // Same path as HTTP; Nest's type leaves out graphql-ws's onError and socket types, which the options use.
          subscriptions: { 'graphql-ws': subscriptions as GraphQLWsSubscriptionsConfig },
          formatError: (formatted) => formatGraphQLError(formatted, config.isProduction),
          // HTTP only: graphql-ws operations get their context in onSubscribe (websocket-subscriptions.ts).
          context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> =>
            httpContext(req, res, await sessions.resolve(cookies.read(req, SESSION_COOKIE))),
        };
        // Apollo parses, validates and runs the plugins; graphql-jit executes (compiled-execution.ts
        // says why). Nest's type leaves out Apollo's gateway option, which it hands on like the rest.
        return Object.assign(options, { gateway: compiledExecution(builtSchema) });
      },
    });
  }
}
