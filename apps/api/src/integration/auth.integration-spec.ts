// Dev sign-in, sessions and sign-out through the real HTTP routes and /graphql, with the
// directory behind the platform's PersonDirectoryPort; then the same routes with Entra on.
import { createHash } from 'node:crypto';
// The auth flow is only whole with a real directory behind PersonDirectoryPort (and `me`).
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { Role } from '@kakehashi/shared-contracts';
import { PLATFORM_ENTITIES, SessionService } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { type EntraTestProvider, startEntraTestProvider } from './entra-test-provider';

const ENTITIES = [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES];
const ME = '{ me { id displayName roles } }';
const IDLE_MINUTES = 30;

interface ErrorBody {
  error: { code: string; message: string };
}

async function insertPerson(
  api: TestApp,
  fields: { displayName: string; email: string; active?: boolean; roles?: Role[] },
): Promise<string> {
  const [row] = await api.dataSource.query<{ id: string }[]>(
    'INSERT INTO people (email, display_name, display_name_en, active, roles) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [fields.email, fields.displayName, fields.email.split('@')[0], fields.active ?? true, fields.roles ?? []],
  );
  return row!.id;
}

function devSignIn(
  api: TestApp,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<Response> {
  return fetch(`${api.baseUrl}/auth/dev/sign-in`, { method: 'POST', headers, body });
}

function sessionCookieOf(response: Response): string | undefined {
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith('kakehashi_session='));
}

/** `name=value` of a Set-Cookie header, as a browser sends it back. */
function pair(setCookie: string): string {
  return setCookie.split(';')[0]!;
}

function tokenHash(cookie: string): Buffer {
  return createHash('sha256')
    .update(decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1)), 'utf8')
    .digest();
}

describe('dev sign-in and sessions over HTTP', () => {
  let api: TestApp;
  let aikoId: string;
  let formerId: string;

  beforeAll(async () => {
    api = await startTestApp({ imports: [DirectoryModule], entities: ENTITIES, env: { SESSION_IDLE_MINUTES: String(IDLE_MINUTES) } });
    aikoId = await insertPerson(api, { displayName: '佐藤 愛子', email: 'aiko.sato@example.test', roles: [Role.HUB_EDITOR] });
    formerId = await insertPerson(api, { displayName: '退職 太郎', email: 'former@example.test', active: false });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('wants JSON: what a cross-site form could send (form fields, text) is refused with 400', async () => {
    const json = JSON.stringify({ personId: aikoId });
    const bodies: [string, Record<string, string>][] = [
      // A form field the urlencoded parser would read as { personId }: login CSRF if accepted.
      [new URLSearchParams({ personId: aikoId }).toString(), { 'content-type': 'application/x-www-form-urlencoded' }],
      [json, { 'content-type': 'text/plain' }],
      [json, {}],
    ];
    for (const [body, headers] of bodies) {
      const response = await devSignIn(api, body, headers);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('Content-Type application/json');
      expect(sessionCookieOf(response)).toBeUndefined();
    }
  });

  it.each([
    ['not a UUID', { personId: '42' }],
    ['missing', {}],
    ['a number', { personId: 42 }],
  ])('refuses a personId that is %s with 400 naming personId', async (_what, body) => {
    const response = await devSignIn(api, JSON.stringify(body));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^personId: /);
  });

  it('answers 404 for an unknown person and for a deactivated one', async () => {
    for (const personId of ['00000000-0000-4000-8000-000000000000', formerId]) {
      const response = await devSignIn(api, JSON.stringify({ personId }));
      expect(response.status).toBe(404);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain('personId');
      expect(sessionCookieOf(response)).toBeUndefined();
    }
  });

  it('signs in with 204 and an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
    const response = await devSignIn(api, JSON.stringify({ personId: aikoId }));
    expect(response.status).toBe(204);
    const cookie = sessionCookieOf(response)!;
    expect(cookie).toMatch(/^kakehashi_session=[\w-]{43};/);
    const attributes = cookie.split(';').map((part) => part.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', `Max-Age=${7 * 24 * 3600}`]));
    // Not Secure outside production (http://localhost), and never readable by scripts.
    expect(attributes).not.toContain('Secure');

    const me = await api.graphql<{ me: { id: string; displayName: string; roles: Role[] } }>(ME, {}, { cookie: pair(cookie) });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({ id: aikoId, displayName: '佐藤 愛子', roles: [Role.HUB_EDITOR] });
  });

  it('gives a new session token at every sign-in and ends the one the browser had', async () => {
    const first = pair(sessionCookieOf(await devSignIn(api, JSON.stringify({ personId: aikoId })))!);
    expect((await api.graphql(ME, {}, { cookie: first })).errors).toBeUndefined();

    const again = await devSignIn(api, JSON.stringify({ personId: aikoId }), { 'content-type': 'application/json', cookie: first });
    expect(again.status).toBe(204);
    const second = pair(sessionCookieOf(again)!);
    expect(second).not.toBe(first);

    expect((await api.graphql(ME, {}, { cookie: first })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(ME, {}, { cookie: second })).errors).toBeUndefined();
  });

  it('signs out: the redirect to the sign-in page, a cleared cookie and a dead session', async () => {
    const cookie = await api.signIn(aikoId);
    expect((await api.graphql(ME, {}, { cookie })).errors).toBeUndefined();

    const response = await fetch(`${api.baseUrl}/auth/sign-out`, { method: 'POST', headers: { cookie } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirectUrl: '/sign-in' });
    const cleared = sessionCookieOf(response)!;
    expect(cleared).toMatch(/^kakehashi_session=;/);
    expect(cleared).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');

    const me = await api.graphql(ME, {}, { cookie });
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(me.data).toBeNull();
    const [{ count }] = await api.dataSource.query<{ count: string }[]>('SELECT count(*) AS count FROM sessions WHERE token_hash = $1', [
      tokenHash(cookie),
    ]);
    expect(Number(count)).toBe(0);
  });

  it('signing out without a session still answers where to go', async () => {
    const response = await fetch(`${api.baseUrl}/auth/sign-out`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirectUrl: '/sign-in' });
  });

  // Each of these uses a session that has not served a request yet: SessionService trusts a
  // resolved viewer for 10 s in-process, so a used session would hide the database change.
  it(`refuses a session idle for longer than SESSION_IDLE_MINUTES (${IDLE_MINUTES}), and keeps a recent one alive`, async () => {
    const idle = await api.signIn(aikoId);
    await api.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '${IDLE_MINUTES + 1} minutes' WHERE token_hash = $1`, [
      tokenHash(idle),
    ]);
    expect((await api.graphql(ME, {}, { cookie: idle })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [{ count }] = await api.dataSource.query<{ count: string }[]>('SELECT count(*) AS count FROM sessions WHERE token_hash = $1', [
      tokenHash(idle),
    ]);
    expect(Number(count)).toBe(0);

    const recent = await api.signIn(aikoId);
    await api.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '${IDLE_MINUTES - 1} minutes' WHERE token_hash = $1`, [
      tokenHash(recent),
    ]);
    expect((await api.graphql(ME, {}, { cookie: recent })).errors).toBeUndefined();
    // Using it moved its idle deadline forward.
    const [{ idle_seconds }] = await api.dataSource.query<{ idle_seconds: number }[]>(
      'SELECT extract(epoch FROM now() - last_seen_at)::int AS idle_seconds FROM sessions WHERE token_hash = $1',
      [tokenHash(recent)],
    );
    expect(idle_seconds).toBeLessThan(60);
  });

  it('refuses a session past its absolute expiry, however active', async () => {
    const expired = await api.signIn(aikoId);
    await api.dataSource.query("UPDATE sessions SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE token_hash = $1", [
      tokenHash(expired),
    ]);
    expect((await api.graphql(ME, {}, { cookie: expired })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the session of a person deactivated after signing in', async () => {
    const leaverId = await insertPerson(api, { displayName: '異動 花子', email: 'leaver@example.test' });
    const cookie = await api.signIn(leaverId);
    await api.dataSource.query('UPDATE people SET active = false WHERE id = $1', [leaverId]);
    expect((await api.graphql(ME, {}, { cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sweeps expired sessions and abandoned sign-ins, and keeps live ones', async () => {
    const live = await api.signIn(aikoId);
    const old = await api.signIn(aikoId);
    await api.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [tokenHash(old)]);
    await api.dataSource.query(
      `INSERT INTO pending_sign_ins (token_hash, payload, expires_at) VALUES (sha256('abandoned'), '{}', now() - interval '1 minute')`,
    );
    await api.app.get(SessionService).purgeExpired();
    const counts = await api.dataSource.query<{ live: string; old: string; pending: string }[]>(
      `SELECT (SELECT count(*) FROM sessions WHERE token_hash = $1) AS live, (SELECT count(*) FROM sessions WHERE token_hash = $2) AS old,
              (SELECT count(*) FROM pending_sign_ins WHERE token_hash = sha256('abandoned')) AS pending`,
      [tokenHash(live), tokenHash(old)],
    );
    expect(counts[0]).toEqual({ live: '1', old: '0', pending: '0' });
  });

  it('ignores a cookie that is no session', async () => {
    for (const cookie of ['kakehashi_session=forged-token', `kakehashi_session=${'x'.repeat(500)}`, 'kakehashi_session=%E0%A4%A']) {
      expect((await api.graphql(ME, {}, { cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('sends /auth/sign-in to the dev sign-in page, keeping only a path on this site to return to', async () => {
    const cases: [string, string][] = [
      ['/people/x?tab=1', '/sign-in?returnTo=%2Fpeople%2Fx%3Ftab%3D1'],
      ['https://evil.example/', '/sign-in?returnTo=%2F'],
      ['//evil.example/', '/sign-in?returnTo=%2F'],
    ];
    for (const [returnTo, location] of cases) {
      const response = await fetch(`${api.baseUrl}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(location);
    }
  });

  it('offers dev sign-in on the sign-in page', async () => {
    const options = await api.graphql<{ authOptions: { entraEnabled: boolean; devSignInEnabled: boolean } }>(
      '{ authOptions { entraEnabled devSignInEnabled } }',
    );
    expect(options.data?.authOptions).toEqual({ entraEnabled: false, devSignInEnabled: true });
  });
});

describe('with Entra ID sign-in configured', () => {
  let entra: EntraTestProvider;
  let api: TestApp;
  let personId: string;

  beforeAll(async () => {
    entra = await startEntraTestProvider('http://localhost:3000');
    api = await startTestApp({ imports: [DirectoryModule], entities: ENTITIES, env: entra.env });
    personId = await insertPerson(api, { displayName: '佐藤 花子', email: 'hanako.sato@example.test' });
  });

  afterAll(async () => {
    await api?.close();
    await entra?.close();
  });

  it('refuses dev sign-in with 403', async () => {
    const response = await devSignIn(api, JSON.stringify({ personId }));
    expect(response.status).toBe(403);
    expect(((await response.json()) as ErrorBody).error.code).toBe('FORBIDDEN');
    expect(sessionCookieOf(response)).toBeUndefined();
  });

  it('tells the sign-in page that only Entra ID is on, and offers no personas', async () => {
    const result = await api.graphql<{ authOptions: unknown }>('{ authOptions { entraEnabled devSignInEnabled personas { key } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.authOptions).toEqual({ entraEnabled: true, devSignInEnabled: false, personas: [] });
  });

  it('does not list people to sign in as', async () => {
    const result = await api.graphql('{ devSignInCandidates(search: "佐藤") { id displayName } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });
});
