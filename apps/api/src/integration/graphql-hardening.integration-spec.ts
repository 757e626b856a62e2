// What /graphql refuses and what it never tells: armor limits, CSRF prevention, batching,
// body size, production's closed introspection, suggestions and internal errors; and the
// operational routes (health, metrics, request ids) beside it.
// The hardening is checked on the real schema, whose resolvers the directory provides.
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { REQUEST_BODY_MAX_BYTES } from '@kakehashi/shared-contracts';
import { GRAPHQL_LIMITS, PLATFORM_ENTITIES, SessionService } from '@kakehashi/server-platform';
import {
  createTestDatabase,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  type TestDatabase,
} from '@kakehashi/server-platform/testing';
import { type EntraTestProvider, startEntraTestProvider } from './entra-test-provider';

const ENTITIES = [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES];
type Errors = NonNullable<GraphQLResponse['errors']>;

async function insertPerson(api: TestApp, name: string): Promise<string> {
  const [row] = await api.dataSource.query<{ id: string }[]>(
    'INSERT INTO people (email, display_name, display_name_en) VALUES ($1, $2, $3) RETURNING id',
    [`${name.toLowerCase().replace(/\W/g, '.')}@example.test`, name, name],
  );
  return row!.id;
}

/** `{ me { manager { manager … { id } } } }`, `depth` fields deep. */
function nestedManagers(depth: number): string {
  return `{ me ${'{ manager '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;
}

async function post(
  api: TestApp,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: unknown; errors?: Errors } | unknown; text: string }> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}

function expectNoInternals(errors: Errors | undefined, ...secrets: string[]): void {
  expect(errors).toHaveLength(1);
  const [error] = errors!;
  expect(error!.message).toBe('Internal server error.');
  expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  const text = JSON.stringify(errors);
  for (const secret of ['stacktrace', 'at ', 'SELECT', 'QueryFailedError', ...secrets]) expect(text).not.toContain(secret);
}

describe('GraphQL hardening (development)', () => {
  let api: TestApp;
  let cookie: string;

  beforeAll(async () => {
    // Unexpected errors are logged with their stack (on purpose); keep the test output clean.
    api = await startTestApp({ imports: [DirectoryModule], entities: ENTITIES, env: { LOG_LEVEL: 'fatal' } });
    const bossId = await insertPerson(api, 'Boss');
    const [{ id }] = await api.dataSource.query<{ id: string }[]>(
      "INSERT INTO people (email, display_name, display_name_en, manager_id) VALUES ('worker@example.test', 'Worker', 'Worker', $1) RETURNING id",
      [bossId],
    );
    cookie = await api.signIn(id);
  });

  afterAll(async () => {
    await api?.close();
  });

  it(`answers a query ${GRAPHQL_LIMITS.maxDepth} deep and refuses one deeper with BAD_USER_INPUT`, async () => {
    const allowed = await api.graphql<{ me: { manager: { id: string } | null } }>(nestedManagers(GRAPHQL_LIMITS.maxDepth), {}, { cookie });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.me.manager).toEqual({ manager: null });

    const deep = await api.graphql(nestedManagers(GRAPHQL_LIMITS.maxDepth + 2), {}, { cookie });
    expect(deep.status).toBe(400);
    expect(deep.data).toBeNull();
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases with BAD_USER_INPUT`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: authOptions { entraEnabled }`).join(' ')} }`;
    expect((await api.graphql(aliases(GRAPHQL_LIMITS.maxAliases))).errors).toBeUndefined();
    const many = await api.graphql(aliases(GRAPHQL_LIMITS.maxAliases + 1));
    expect(many.status).toBe(400);
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(many.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxTokens} tokens with BAD_USER_INPUT`, async () => {
    const tokens = await api.graphql(`{ authOptions { ${'entraEnabled '.repeat(GRAPHQL_LIMITS.maxTokens + 10)}} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.data).toBeNull();
    expect(tokens.errors).toHaveLength(1);
    expect(tokens.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tokens.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a query that is not GraphQL, or asks for a field that does not exist, with BAD_USER_INPUT', async () => {
    const syntax = await api.graphql('{ me { id ');
    expect(syntax.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.graphql('{ authOption { entraEnabled } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Outside production a developer gets the suggestion.
    expect(unknown.errors?.[0]?.message).toContain('Did you mean "authOptions"?');
  });

  it('blocks a simple GET (CSRF prevention), and answers one that needed a preflight', async () => {
    const simple = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{me{id}}')}`, { headers: { cookie } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);

    const preflighted = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{me{id}}')}`, {
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as { errors?: Errors }).errors).toBeUndefined();
  });

  it('blocks a POST a form could send (text/plain)', async () => {
    const response = await post(api, JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain', cookie });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a batch of operations', async () => {
    const response = await post(api, JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), { cookie });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batch/i);
    expect(response.text).not.toContain('"me"');
  });

  it(`refuses a body over ${REQUEST_BODY_MAX_BYTES} bytes with 413, in JSON a client can read`, async () => {
    const padding = 'x'.repeat(REQUEST_BODY_MAX_BYTES);
    const response = await post(api, JSON.stringify({ query: '{ me { id } }', variables: { padding } }), { cookie });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [{ message: `The request body is larger than ${REQUEST_BODY_MAX_BYTES} bytes.`, extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('refuses a body that is not JSON with 400, without a stack trace', async () => {
    const response = await post(api, '{"query": "{ me { id } }"', { cookie });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
    const signIn = await fetch(`${api.baseUrl}/auth/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{personId:',
    });
    expect(signIn.status).toBe(400);
    expect(await signIn.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: 'The request body is not valid JSON.' } });
  });

  it('refuses an address with a malformed percent-encoding with 400 in JSON, not an HTML page', async () => {
    const query = await fetch(`${api.baseUrl}/graphql?query=%7Bme%7Bid%zz`, { headers: { cookie, 'apollo-require-preflight': 'true' } });
    expect(query.status).toBe(400);
    expect(await query.json()).toEqual({
      errors: [{ message: 'The address has a malformed percent-encoding.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const upload = await fetch(`${api.baseUrl}/uploads/%E0%A4%A.png`);
    expect(upload.status).toBe(400);
    expect(await upload.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: 'The address has a malformed percent-encoding.' } });
  });

  it(`refuses a query costing more than ${GRAPHQL_LIMITS.maxCost} with BAD_USER_INPUT`, async () => {
    // Few tokens and aliases, within the depth limit, but hundreds of fields deep down.
    const costly = `{ me ${'{ manager '.repeat(7)}{ ${'id '.repeat(600)}}${' }'.repeat(7)} }`;
    const result = await api.graphql(costly, {}, { cookie });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('reports an unexpected failure as INTERNAL_SERVER_ERROR, keeping its message outside production', async () => {
    await api.graphql('{ me { id } }', {}, { cookie }); // the viewer is now cached: the context needs no table
    await api.dataSource.query('ALTER TABLE people RENAME TO people_moved_away');
    try {
      const result = await api.graphql('{ me { id displayName } }', {}, { cookie });
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0]?.message).toContain('relation "people" does not exist');
    } finally {
      await api.dataSource.query('ALTER TABLE people_moved_away RENAME TO people');
    }
  });

  it('answers /health/live and /health/ready', async () => {
    const live = await fetch(`${api.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves Prometheus metrics of the HTTP requests', async () => {
    await fetch(`${api.baseUrl}/health/live`);
    const response = await fetch(`${api.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('# TYPE kakehashi_http_request_duration_seconds histogram');
    expect(text).toMatch(/kakehashi_http_request_duration_seconds_count\{method="GET",route="\/health\/",status="200"\} \d+/);
    expect(text).toContain('kakehashi_graphql_operation_duration_seconds');
  });

  it('gives every response a request id, echoing a sane one', async () => {
    const given = await fetch(`${api.baseUrl}/health/live`, { headers: { 'x-request-id': 'lb-7f3a9c21.req_42' } });
    expect(given.headers.get('x-request-id')).toBe('lb-7f3a9c21.req_42');
    const none = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ authOptions { entraEnabled } }"}',
    });
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    for (const insane of ['short', 'has spaces in it', 'x'.repeat(101), 'inject\\nLOG']) {
      const response = await fetch(`${api.baseUrl}/health/live`, { headers: { 'x-request-id': insane } });
      const id = response.headers.get('x-request-id');
      expect(id).not.toBe(insane);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('GraphQL hardening (production)', () => {
  let entra: EntraTestProvider;
  let database: TestDatabase;
  let api: TestApp;
  let personId: string;
  /** A session as Entra sign-in leaves it (the production cookie is __Host- prefixed). */
  let newSessionCookie: () => Promise<string>;

  beforeAll(async () => {
    entra = await startEntraTestProvider('https://hub.example.com');
    database = await createTestDatabase();
    api = await startTestApp({
      imports: [DirectoryModule],
      entities: ENTITIES,
      database,
      env: {
        ...entra.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'fatal',
        // These tests send their own operations; trusted documents have their own spec.
        TRUSTED_DOCUMENTS: 'off',
      },
    });
    personId = await insertPerson(api, 'Prod User');
    newSessionCookie = async () => `__Host-kakehashi_session=${await api.app.get(SessionService).create(personId, 'entra')}`;
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
    await entra?.close();
  });

  it('runs as production', () => {
    expect(api.config.isProduction).toBe(true);
  });

  it('answers a signed-in person (the session cookie is __Host- prefixed)', async () => {
    const result = await api.graphql<{ me: { id: string } }>('{ me { id } }', {}, { cookie: await newSessionCookie() });
    expect(result.errors).toBeUndefined();
    expect(result.data?.me.id).toBe(personId);
    // Statement counts are for tests and the benchmark, not for anyone on the internet.
    expect(result.headers.get('x-sql-statements')).toBeNull();
  });

  it('has introspection off', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Person") { fields { name } } }']) {
      const result = await api.graphql(query);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    }
  });

  it('suggests no field names', async () => {
    const result = await api.graphql('{ authOption { entraEnabled } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Cannot query field "authOption"');
    expect(result.errors?.[0]?.message).not.toContain('authOptions');
    expect(result.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it('still names the limits it enforces, as BAD_USER_INPUT', async () => {
    const tokens = await api.graphql(`{ authOptions { ${'entraEnabled '.repeat(GRAPHQL_LIMITS.maxTokens + 10)}} }`);
    expect(tokens.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tokens.errors?.[0]).not.toHaveProperty('extensions.stacktrace');
  });

  it('hides what went wrong in a resolver: no message, stack or SQL', async () => {
    const cookie = await newSessionCookie();
    await api.graphql('{ me { id } }', {}, { cookie }); // the viewer is now cached: the context needs no table
    await api.dataSource.query('ALTER TABLE people RENAME TO people_moved_away');
    try {
      const result = await api.graphql('{ me { id displayName } }', {}, { cookie });
      expectNoInternals(result.errors, 'people', 'relation');
      // And while the context itself cannot be built (the session's person cannot be read).
      const fresh = await api.graphql('{ me { id } }', {}, { cookie: await newSessionCookie() });
      expect(fresh.status).toBe(500);
      expectNoInternals(fresh.errors, 'people', 'relation', 'Context creation');
    } finally {
      await api.dataSource.query('ALTER TABLE people_moved_away RENAME TO people');
    }
  });

  it('reports not ready and hides the cause when the database is gone', async () => {
    const cookie = await newSessionCookie();
    await database.drop();
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(ready.status).toBe(503);
    const result = await api.graphql('{ me { id } }', {}, { cookie });
    expectNoInternals(result.errors, 'database', database.url.split('/').at(-1)!, 'terminat');
  });
});
