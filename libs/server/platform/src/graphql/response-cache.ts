import type { ApolloServerPlugin } from '@apollo/server';
import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Viewer } from '../auth/viewer';
import { ChangeStamps, type StampedTable } from '../cache/change-stamps';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { MetricsService } from '../metrics/metrics.service';
import { currentRequestStore } from '../request/request-context';
import { CONTEXT_STATEMENTS_HEADER, STATEMENTS_HEADER } from './statement-headers';
import { type GraphQLContext, signedInViewer, viewerWasRead } from './graphql-context';

/** A root query field whose whole answers may be given again while nothing they read has changed. */
export interface CachedQueryField {
  /** The field's name on Query. */
  field: string;
  /** Every table the answer reads: a committed write to any of them makes kept answers stale. */
  tables: readonly StampedTable[];
}

/** Answers are today's (pace and overdue goals, who is on a team): kept per day in Asia/Tokyo. */
const TOKYO_OFFSET_MS = 9 * 3_600_000;

/**
 * An answer is made again at least this often even when no stamp moved, so that what the
 * answer's own reads keep in a process for a while (the department list, 30 s) is never kept longer.
 */
const MAX_AGE_MS = 30_000;

interface Entry {
  /** The HTTP body as Apollo would have sent it. */
  body: Buffer;
  stamp: string;
  until: number;
}

/** A question the cache could answer: what the key is made of, and the stamp read for it. */
interface Lookup {
  fields: readonly CachedQueryField[];
  key: string;
  stamp: string;
}

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * Documents the replay knows, at most: the web client has a few dozen, and where trusted
 * documents are not enforced (development) a client sending ever new ones must not grow memory.
 */
const DOCUMENTS_MAX = 1_000;

/** Where the replay leaves its lookup for the plugin, when it could not answer. */
const LOOKUP = 'kakehashiResponseCache';

/** A POST /graphql body as the replay reads it (anything else goes to Apollo). */
interface OperationBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Whole answers of the registered root query fields, kept in this process (the most recently
 * used, up to RESPONSE_CACHE_MB; for 30 s at most) and given again while the change stamps of the tables
 * they read are unchanged. The stamps are read from the database at every request (one
 * statement), so a write on any replica is seen by the next request everywhere.
 *
 * An answer that never read `context.viewer` is shared by everyone signed in; one that did
 * (may I check in, my reaction) is kept for that person only. Fields say nothing about this:
 * the context notices the read (graphql-context.ts). Root fields with roles read the viewer
 * in the guard, so theirs are always personal.
 *
 * Two halves: Apollo's plugin learns which documents ask only for registered fields and keeps
 * their answers, serialized; `replay`, in front of Apollo, sends a kept answer's bytes for the
 * same document, variables and (signed-in) viewer. A document reaches the replay only after
 * Apollo accepted it whole once in this process (trusted, valid, within the limits), and the
 * replay asks what Apollo's CSRF rule asks (a JSON body).
 */
@Injectable()
export class ResponseCache {
  private readonly fields = new Map<string, CachedQueryField>();
  /** Documents (their text) known to ask only for registered fields. */
  private readonly documents = new Map<string, readonly CachedQueryField[]>();
  private readonly entries = new Map<string, Entry>();
  /** Bytes the kept answers may take (their bodies and keys), and what they take now. */
  private readonly capacity: number;
  private size = 0;
  private readonly exposeStatements: boolean;

  constructor(
    private readonly stamps: ChangeStamps,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.capacity = config.graphql.responseCacheBytes;
    this.exposeStatements = config.graphql.exposeStatementCount;
  }

  register(field: CachedQueryField): void {
    this.fields.set(field.field, field);
  }

  /** Drops every kept answer (tests). */
  clear(): void {
    this.entries.clear();
    this.size = 0;
  }

  /** Express middleware for POST /graphql: sends a kept, still true answer, or hands over to Apollo. */
  replay(resolveViewer: (req: Request) => Promise<Viewer | null>) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        const body = operationBody(req);
        const fields = body && this.documents.get(body.query);
        // The media type Apollo would answer with (it refuses, 406, when the client accepts neither).
        const type = req.accepts([JSON_TYPE, GRAPHQL_RESPONSE_TYPE]);
        if (!body || !fields || !type) return next();
        const viewer = await resolveViewer(req);
        if (!viewer) return next();
        const store = currentRequestStore();
        if (store) store.operationStartedAt = store.statements;
        const lookup = await this.lookup(fields, body);
        const entry = this.fresh(`*\n${lookup.key}`, lookup.stamp) ?? this.fresh(`${viewerKey(viewer)}\n${lookup.key}`, lookup.stamp);
        if (!entry) {
          res.locals[LOOKUP] = lookup;
          return next();
        }
        this.count(fields, 'hit');
        res.status(200).setHeader('content-type', `${type}; charset=utf-8`);
        if (store && this.exposeStatements) {
          res.setHeader(STATEMENTS_HEADER, String(store.statements));
          res.setHeader(CONTEXT_STATEMENTS_HEADER, String(store.operationStartedAt));
        }
        res.end(entry.body);
      } catch (error) {
        next(error);
      }
    };
  }

  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async () => {
        let lookup: Lookup | null = null;
        return {
          responseForOperation: async (request) => {
            const fields = this.cachedFields(request.operation);
            const query = request.request.query;
            if (!fields || !query || !signedInViewer(request.contextValue) || this.capacity === 0) return null;
            if (!this.documents.has(query)) {
              if (this.documents.size >= DOCUMENTS_MAX) this.documents.delete(this.documents.keys().next().value!);
              this.documents.set(query, fields);
            }
            // The replay read the stamps already when it knew the document; otherwise read them now, before the answer.
            const replayed = request.contextValue.res?.locals[LOOKUP] as Lookup | undefined;
            lookup = replayed ?? (await this.lookup(fields, request.request as OperationBody));
            this.count(fields, 'miss');
            return null;
          },
          willSendResponse: async ({ response, contextValue }) => {
            if (!lookup || response.body.kind !== 'single') return;
            const { data, errors } = response.body.singleResult;
            if (!data || (errors && errors.length > 0)) return;
            // The stamp was read before the answer: a write in between leaves it stale, never wrong.
            const owner = viewerWasRead(contextValue) ? viewerKey(signedInViewer(contextValue)!) : '*';
            // The bytes Apollo sends for an answer without errors or extensions.
            const body = Buffer.from(`${JSON.stringify({ data })}\n`);
            this.store(`${owner}\n${lookup.key}`, { body, stamp: lookup.stamp, until: Date.now() + MAX_AGE_MS });
          },
        };
      },
    };
  }

  private async lookup(fields: readonly CachedQueryField[], body: OperationBody): Promise<Lookup> {
    const key = [
      body.operationName ?? '',
      body.query,
      JSON.stringify(body.variables ?? {}),
      new Date(Date.now() + TOKYO_OFFSET_MS).toISOString().slice(0, 10),
    ].join('\n');
    const stamp = await this.stamps.read([...new Set(fields.flatMap((field) => field.tables))]);
    return { fields, key, stamp };
  }

  /** The registered fields a query asks for, when it asks for nothing else (null otherwise). */
  private cachedFields(operation: OperationDefinitionNode | undefined): CachedQueryField[] | null {
    if (!operation || operation.operation !== 'query' || this.fields.size === 0) return null;
    const fields: CachedQueryField[] = [];
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || (selection.directives?.length ?? 0) > 0) return null;
      if (selection.name.value === '__typename') continue;
      const field = this.fields.get(selection.name.value);
      if (!field) return null;
      fields.push(field);
    }
    return fields.length > 0 ? fields : null;
  }

  private count(fields: readonly CachedQueryField[], outcome: 'hit' | 'miss'): void {
    for (const field of fields) this.metrics.countResponseCache(field.field, outcome);
  }

  private fresh(key: string, stamp: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.stamp !== stamp || entry.until <= Date.now()) {
      this.remove(key);
      return null;
    }
    // Most recently used last: a Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private store(key: string, entry: Entry): void {
    const bytes = entry.body.length + key.length;
    if (bytes > this.capacity / 4) return; // an answer that would crowd out the rest is not kept
    this.remove(key);
    this.entries.set(key, entry);
    this.size += bytes;
    // The least recently used go first.
    while (this.size > this.capacity) this.remove(this.entries.keys().next().value!);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.body.length + key.length;
  }
}

/** A single operation sent as JSON (what Apollo's CSRF prevention lets through without a preflight header). */
function operationBody(req: Request): OperationBody | null {
  if (req.method !== 'POST' || !req.is('application/json')) return null;
  const body = req.body as unknown;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || extensions !== undefined) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  return { query, operationName, variables: variables as Record<string, unknown> | null | undefined };
}

/** Everything about the viewer that an answer may depend on. */
function viewerKey(viewer: Viewer): string {
  return [viewer.personId, viewer.departmentId ?? '', [...viewer.roles].sort().join(','), viewer.preferredLocale].join('|');
}
