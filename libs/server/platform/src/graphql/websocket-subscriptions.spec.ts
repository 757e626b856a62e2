import type { IncomingMessage } from 'node:http';
import { buildSchema, type ExecutionArgs, GraphQLError, type ValidationRule, parse } from 'graphql';
import { Locale } from '@kakehashi/shared-contracts';
import type { Viewer } from '../auth/viewer';
import { documentFingerprint } from './trusted-documents';
import { WebSocketSessions } from './websocket-sessions';
import { MAX_SUBSCRIPTIONS_PER_CONNECTION, type WebSocketServerOptions, webSocketSubscriptions } from './websocket-subscriptions';

type ServerContext = Parameters<NonNullable<WebSocketServerOptions['onSubscribe']>>[0];

const schema = buildSchema(`
  type Query { hello: String }
  type Mutation { poke: Int }
  type Subscription { tick: Int, tock: Int }
`);
const viewer: Viewer = { personId: 'p1', sessionId: 's1', roles: [], preferredLocale: Locale.ja, departmentId: null };
const TICK = 'subscription Tick { tick }';

const OPEN = 1;
const CLOSED = 3;

function fakeConnection(headers: Record<string, string> = {}, subscriptions: Record<string, null> = { '1': null }, readyState = OPEN) {
  const close = jest.fn();
  const socket = { close, readyState, OPEN };
  const context = {
    connectionInitReceived: true,
    acknowledged: true,
    subscriptions,
    extra: { request: { headers } as unknown as IncomingMessage, socket },
  } as unknown as ServerContext;
  return { context, close, socket };
}

function server(
  overrides: {
    trusted?: string[];
    rules?: ValidationRule[];
    isProduction?: boolean;
    viewer?: Viewer | null;
    sockets?: WebSocketSessions;
  } = {},
) {
  return webSocketSubscriptions({
    sockets: overrides.sockets ?? new WebSocketSessions(),
    publicUrl: 'https://hub.example.com',
    isProduction: overrides.isProduction ?? false,
    resolveViewer: async (_request: IncomingMessage) => (overrides.viewer === undefined ? viewer : overrides.viewer),
    schema: () => schema,
    validationRules: overrides.rules ?? [],
    maxTokens: 30,
    trustedDocuments: overrides.trusted ? new Set(overrides.trusted.map((text) => documentFingerprint(parse(text)))) : null,
  });
}

async function subscribe(options: WebSocketServerOptions, query: string, context = fakeConnection().context) {
  return options.onSubscribe!(context, '1', { query, operationName: null, variables: null });
}

function codes(result: unknown): unknown[] {
  expect(Array.isArray(result)).toBe(true);
  return (result as GraphQLError[]).map((error) => error.extensions['code']);
}

describe('graphql-ws options: connection', () => {
  it('accepts a signed-in person from the hub’s own origin', async () => {
    const { context, close } = fakeConnection({ origin: 'https://hub.example.com', host: 'hub.example.com' });
    await expect(server().onConnect!(context)).resolves.toBe(true);
    expect(close).not.toHaveBeenCalled();
  });

  it('refuses a cross-site origin (graphql-ws then closes with 4403)', async () => {
    const { context } = fakeConnection({ origin: 'https://evil.example', host: 'hub.example.com', cookie: 'kakehashi_session=x' });
    await expect(server().onConnect!(context)).resolves.toBe(false);
  });

  it('closes with 4401 without a session', async () => {
    const { context, close } = fakeConnection({ host: 'hub.example.com' });
    await expect(server({ viewer: null }).onConnect!(context)).resolves.toBe(false);
    expect(close).toHaveBeenCalledWith(4401, 'Unauthorized');
  });

  it('files the socket under its session until it closes, so that the session’s end closes it with 4401', async () => {
    const sockets = new WebSocketSessions();
    const options = server({ sockets });
    const first = fakeConnection();
    const second = fakeConnection();
    await options.onConnect!(first.context);
    await options.onConnect!(second.context);
    expect(sockets.sessionIds()).toEqual([viewer.sessionId]);

    await options.onClose!(first.context, 1000, '');
    expect(sockets.size).toBe(1);
    expect(sockets.closeSession(viewer.sessionId)).toBe(1);
    expect(second.close).toHaveBeenCalledWith(4401, expect.stringMatching(/^Unauthorized/));
    expect(first.close).not.toHaveBeenCalled();
  });

  it('does not file a socket that went away while its session was read', async () => {
    const sockets = new WebSocketSessions();
    const { context } = fakeConnection({}, {}, CLOSED);
    await expect(server({ sockets }).onConnect!(context)).resolves.toBe(false);
    expect(sockets.size).toBe(0);
  });
});

describe('graphql-ws options: operations', () => {
  it('runs a subscription with a context of its own: the viewer, fresh loaders, no HTTP request', async () => {
    const args = (await subscribe(server(), TICK)) as ExecutionArgs;
    expect(args.schema).toBe(schema);
    expect(args.contextValue).toEqual({ transport: 'websocket', viewer, loaders: expect.any(Object) });
    const other = (await subscribe(server(), TICK)) as ExecutionArgs;
    expect((other.contextValue as { loaders: unknown }).loaders).not.toBe((args.contextValue as { loaders: unknown }).loaders);
  });

  it('closes the socket with 4401 when its session ended since the connection opened', async () => {
    const sockets = new WebSocketSessions();
    const connection = fakeConnection();
    await server({ sockets }).onConnect!(connection.context);
    const ended = server({ sockets, viewer: null });

    expect(codes(await subscribe(ended, TICK, connection.context))).toEqual(['UNAUTHENTICATED']);
    expect(connection.close).toHaveBeenCalledWith(4401, 'Unauthorized');
    expect(sockets.size).toBe(0);
  });

  it('sends queries and mutations back to HTTP', async () => {
    expect(codes(await subscribe(server(), '{ hello }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await subscribe(server(), 'mutation { poke }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a document over the token limit before validating it', async () => {
    const long = `subscription { ${'tick '.repeat(40)}}`;
    const result = await subscribe(server(), long);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect((result as GraphQLError[])[0]!.message).toMatch(/token/i);
  });

  it('applies the same validation rules as HTTP (armor’s), as BAD_USER_INPUT', async () => {
    const refuseEverything: ValidationRule = (context) => ({
      Document: () => context.reportError(new GraphQLError('Too costly.')),
    });
    const result = await subscribe(server({ rules: [refuseEverything] }), TICK);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect((result as GraphQLError[])[0]!.message).toBe('Too costly.');
    expect(codes(await subscribe(server(), 'subscription { nope }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('with trusted documents enforced, runs the web client’s subscription however laid out, and refuses any other', async () => {
    const options = server({ trusted: [TICK] });
    expect(Array.isArray(await subscribe(options, 'subscription   Tick {\n  tick\n}'))).toBe(false);
    expect(codes(await subscribe(options, 'subscription Tock { tock }'))).toEqual(['FORBIDDEN']);
  });

  it(`refuses more than ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions on one connection`, async () => {
    const full = Object.fromEntries(Array.from({ length: MAX_SUBSCRIPTIONS_PER_CONNECTION + 1 }, (_, n) => [String(n), null]));
    expect(codes(await subscribe(server(), TICK, fakeConnection({}, full).context))).toEqual(['RATE_LIMITED']);
  });

  it('hides an unexpected error’s message in production, as HTTP does', () => {
    const { context } = fakeConnection();
    const result = server({ isProduction: true }).onNext!(context, '1', { query: TICK }, {} as ExecutionArgs, {
      data: null,
      errors: [new GraphQLError('relation "secret_table" does not exist')],
    });
    expect(result).toEqual({ data: null, errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
});
