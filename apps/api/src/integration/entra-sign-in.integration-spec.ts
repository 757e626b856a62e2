// The whole Entra ID sign-in through the app's own routes (/auth/sign-in, /auth/callback,
// /auth/sign-out) against a real OpenID Connect provider over TLS on loopback. The app
// trusts the provider's test CA through ENTRA_CA_FILE, as a company would trust its
// TLS-inspecting proxy: certificate checks stay on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Sign-in provisions people: the flow is only whole with the real directory behind PersonDirectoryPort.
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { Role } from '@kakehashi/shared-contracts';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { startLocalOidcProvider, type LocalOidcProvider, type LocalOidcUser } from '@kakehashi/server-platform/testing';

const PUBLIC_URL = 'https://hub.example.com';
const CLIENT_ID = 'kakehashi-hub';
const CLIENT_SECRET = 'a-test-only-client-secret-that-is-long-enough';
const TENANT_ID = '7d4f1c2e-0b6a-4e8f-9c3d-2a1b0c9d8e7f';
const ME = '{ me { id displayName email roles } }';

const KENJI_OID = '44444444-4444-4444-8444-444444444444';
const users = {
  admin: {
    sub: 'sub-aiko',
    oid: '11111111-1111-4111-8111-111111111111',
    tid: TENANT_ID,
    name: '佐藤 愛子',
    email: 'Aiko.Sato@example.co.jp',
    roles: ['Hub.Admin', 'Product.Triage'],
  },
  plain: {
    sub: 'sub-ben',
    oid: '22222222-2222-4222-8222-222222222222',
    tid: TENANT_ID,
    name: 'Ben Carter',
    email: 'ben.carter@example.com',
  },
  seeded: {
    sub: 'sub-chika',
    oid: '33333333-3333-4333-8333-333333333333',
    tid: TENANT_ID,
    name: '鈴木 千佳',
    email: 'chika.suzuki@example.co.jp',
    roles: ['Hub.Editor'],
  },
  // One Entra account (same oid) before and after an admin removed its Hub.Editor role.
  editor: {
    sub: 'sub-kenji-editor',
    oid: KENJI_OID,
    tid: TENANT_ID,
    name: '田中 健二',
    email: 'kenji.tanaka@example.co.jp',
    roles: ['Hub.Editor', 'Exec.Viewer'],
  },
  demoted: {
    sub: 'sub-kenji-demoted',
    oid: KENJI_OID,
    tid: TENANT_ID,
    name: '田中 健二',
    email: 'kenji.tanaka@example.co.jp',
    roles: ['Exec.Viewer'],
  },
  leaver: { sub: 'sub-dan', oid: '55555555-5555-4555-8555-555555555555', tid: TENANT_ID, name: 'Dan Leaver', email: 'dan@example.com' },
} satisfies Record<string, LocalOidcUser>;

type Me = { me: { id: string; displayName: string; email: string; roles: Role[] } };

let provider: LocalOidcProvider;
let api: TestApp;
let folder: string;

function cookieNamed(response: Response, name: string): string | undefined {
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
}

function pair(setCookie: string): string {
  return setCookie.split(';')[0]!;
}

/** The app's /auth/sign-in: the provider URL and the pending-sign-in cookie. */
async function beginSignIn(returnTo = '/'): Promise<{ response: Response; authorizeUrl: URL; pendingCookie: string }> {
  const response = await fetch(`${api.baseUrl}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const pending = cookieNamed(response, 'kakehashi_signin');
  expect(pending).toBeDefined();
  return { response, authorizeUrl: new URL(response.headers.get('location')!), pendingCookie: pair(pending!) };
}

/** The browser arriving back at /auth/callback with the provider's query string. */
function callback(query: string, pendingCookie?: string): Promise<Response> {
  return fetch(`${api.baseUrl}/auth/callback${query}`, { redirect: 'manual', headers: pendingCookie ? { cookie: pendingCookie } : {} });
}

/** A whole sign-in as a provider user; returns the callback response and the session cookie. */
async function signIn(user: LocalOidcUser, returnTo = '/'): Promise<{ response: Response; cookie: string }> {
  const { authorizeUrl, pendingCookie } = await beginSignIn(returnTo);
  const redirect = await provider.signIn(authorizeUrl.toString(), user.sub);
  const response = await callback(new URL(redirect.redirectUrl).search, pendingCookie);
  const session = cookieNamed(response, 'kakehashi_session');
  if (response.status !== 302 || !session)
    throw new Error(`sign-in of ${user.sub} failed: ${response.status} ${response.headers.get('location')}`);
  return { response, cookie: pair(session) };
}

async function me(cookie: string): Promise<Me['me']> {
  const result = await api.graphql<Me>(ME, {}, { cookie });
  expect(result.errors).toBeUndefined();
  return result.data!.me;
}

async function peopleWithObjectId(oid: string): Promise<number> {
  const [{ count }] = await api.dataSource.query<{ count: string }[]>('SELECT count(*) AS count FROM people WHERE entra_object_id = $1', [
    oid,
  ]);
  return Number(count);
}

beforeAll(async () => {
  provider = await startLocalOidcProvider({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: `${PUBLIC_URL}/auth/callback`,
    postLogoutRedirectUri: `${PUBLIC_URL}/sign-in`,
    users: Object.values(users),
  });
  folder = mkdtempSync(path.join(tmpdir(), 'kk-entra-'));
  const caFile = path.join(folder, 'provider-ca.pem');
  writeFileSync(caFile, provider.caPem);
  api = await startTestApp({
    imports: [DirectoryModule],
    entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES],
    env: {
      PUBLIC_URL,
      ENTRA_TENANT_ID: TENANT_ID,
      ENTRA_CLIENT_ID: CLIENT_ID,
      ENTRA_CLIENT_SECRET: CLIENT_SECRET,
      ENTRA_AUTHORITY: provider.issuer,
      ENTRA_CA_FILE: caFile,
      AUTH_MODE: 'entra',
      // Refused sign-ins are logged as warnings; this file refuses many on purpose.
      LOG_LEVEL: 'error',
    },
  });
});

afterAll(async () => {
  await api?.close();
  await provider?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('Entra ID sign-in through /auth/*', () => {
  it('sends the browser to the provider with PKCE, state and nonce, and keeps them server-side behind a cookie', async () => {
    const { authorizeUrl, response } = await beginSignIn('/people/x');
    expect(authorizeUrl.origin).toBe(provider.issuer);
    const params = authorizeUrl.searchParams;
    expect(params.get('client_id')).toBe(CLIENT_ID);
    expect(params.get('redirect_uri')).toBe(`${PUBLIC_URL}/auth/callback`);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(params.get('nonce')).toMatch(/^[\w-]{20,}$/);
    // Neither the state nor the PKCE verifier is in the cookie: only a random handle.
    const pending = cookieNamed(response, 'kakehashi_signin')!;
    expect(pending).not.toContain(params.get('state')!);
    expect(pending.split(';').map((part) => part.trim())).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Max-Age=600']),
    );
  });

  it('signs a person in, lands them where they were going, and maps their app roles', async () => {
    const { response, cookie } = await signIn(users.admin, '/people/x');
    expect(response.headers.get('location')).toBe('/people/x');
    // The pending sign-in is spent.
    expect(cookieNamed(response, 'kakehashi_signin')).toMatch(/^kakehashi_signin=;/);
    const session = cookieNamed(response, 'kakehashi_session')!;
    expect(session.split(';').map((part) => part.trim())).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));

    expect(await me(cookie)).toMatchObject({
      displayName: '佐藤 愛子',
      email: 'aiko.sato@example.co.jp',
      roles: [Role.HUB_ADMIN, Role.PRODUCT_TRIAGE],
    });
  });

  it('finds the same person at the next sign-in instead of creating another', async () => {
    const first = await me((await signIn(users.plain)).cookie);
    const second = await me((await signIn(users.plain)).cookie);
    expect(second.id).toBe(first.id);
    expect(await peopleWithObjectId(users.plain.oid)).toBe(1);
  });

  it('links a person already in the directory by mail address', async () => {
    const [seeded] = await api.dataSource.query<{ id: string }[]>(
      "INSERT INTO people (email, display_name, display_name_en) VALUES ('chika.suzuki@example.co.jp', '鈴木 千佳', 'Chika Suzuki') RETURNING id",
    );
    const signedIn = await me((await signIn(users.seeded)).cookie);
    expect(signedIn.id).toBe(seeded!.id);
    expect(signedIn.roles).toEqual([Role.HUB_EDITOR]);
    expect(await peopleWithObjectId(users.seeded.oid)).toBe(1);
    const [{ count }] = await api.dataSource.query<{ count: string }[]>(
      "SELECT count(*) AS count FROM people WHERE email = 'chika.suzuki@example.co.jp'",
    );
    expect(Number(count)).toBe(1);
  });

  it('signs in a person with no roles claim as a plain employee', async () => {
    expect((await me((await signIn(users.plain)).cookie)).roles).toEqual([]);
  });

  it('takes away a role that Entra no longer grants at the next sign-in', async () => {
    const before = await me((await signIn(users.editor)).cookie);
    expect(before.roles).toEqual([Role.HUB_EDITOR, Role.EXEC_VIEWER]);
    const after = await me((await signIn(users.demoted)).cookie);
    expect(after.id).toBe(before.id);
    expect(after.roles).toEqual([Role.EXEC_VIEWER]);
  });

  it('refuses a callback whose state is not the pending one, and one with no pending sign-in', async () => {
    const { authorizeUrl, pendingCookie } = await beginSignIn('/people/x');
    const redirect = await provider.signIn(authorizeUrl.toString(), users.admin.sub);
    for (const [query, cookie] of [
      [`?code=${encodeURIComponent(redirect.code)}&state=forged-state`, pendingCookie],
      [new URL(redirect.redirectUrl).search, undefined],
    ] as const) {
      const response = await callback(query, cookie);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/sign-in?error=state_mismatch');
      expect(cookieNamed(response, 'kakehashi_session')).toBeUndefined();
    }
  });

  it('cannot be replayed: the pending sign-in works once', async () => {
    const { authorizeUrl, pendingCookie } = await beginSignIn('/');
    const redirect = await provider.signIn(authorizeUrl.toString(), users.admin.sub);
    const query = new URL(redirect.redirectUrl).search;
    expect(cookieNamed(await callback(query, pendingCookie), 'kakehashi_session')).toBeDefined();

    const replay = await callback(query, pendingCookie);
    expect(replay.status).toBe(302);
    expect(replay.headers.get('location')).toBe('/sign-in?error=state_mismatch');
    expect(cookieNamed(replay, 'kakehashi_session')).toBeUndefined();
  });

  it('refuses an expired code', async () => {
    const { authorizeUrl, pendingCookie } = await beginSignIn('/');
    const redirect = await provider.signIn(authorizeUrl.toString(), users.admin.sub);
    await provider.expireCodes();
    const response = await callback(new URL(redirect.redirectUrl).search, pendingCookie);
    expect(response.headers.get('location')).toBe('/sign-in?error=invalid_code');
    expect(cookieNamed(response, 'kakehashi_session')).toBeUndefined();
  });

  it('refuses a callback that names another issuer (RFC 9207 mix-up defence)', async () => {
    const { authorizeUrl, pendingCookie } = await beginSignIn('/');
    const redirect = await provider.signIn(authorizeUrl.toString(), users.admin.sub);
    const query = new URL(redirect.redirectUrl).searchParams;
    expect(query.get('iss')).toBe(provider.issuer);
    query.set('iss', 'https://idp.evil.example');
    const response = await callback(`?${query.toString()}`, pendingCookie);
    expect(response.headers.get('location')).toBe('/sign-in?error=provider_error');
    expect(cookieNamed(response, 'kakehashi_session')).toBeUndefined();
  });

  it('refuses a person deactivated in the directory', async () => {
    await signIn(users.leaver);
    await api.dataSource.query('UPDATE people SET active = false WHERE entra_object_id = $1', [users.leaver.oid]);
    const { authorizeUrl, pendingCookie } = await beginSignIn('/');
    const redirect = await provider.signIn(authorizeUrl.toString(), users.leaver.sub);
    const response = await callback(new URL(redirect.redirectUrl).search, pendingCookie);
    expect(response.headers.get('location')).toBe('/sign-in?error=inactive');
    expect(cookieNamed(response, 'kakehashi_session')).toBeUndefined();
  });

  it("signs out at the provider's end-session endpoint, with the post-logout redirect", async () => {
    const { cookie } = await signIn(users.admin);
    const response = await fetch(`${api.baseUrl}/auth/sign-out`, { method: 'POST', headers: { cookie } });
    expect(response.status).toBe(200);
    const { redirectUrl } = (await response.json()) as { redirectUrl: string };
    const logout = new URL(redirectUrl);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/sign-in`);
    expect(logout.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(logout.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/);
    expect(cookieNamed(response, 'kakehashi_session')).toMatch(/^kakehashi_session=;/);
    expect((await api.graphql(ME, {}, { cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('Entra ID sign-in without the provider CA configured', () => {
  let untrusting: TestApp;

  beforeAll(async () => {
    untrusting = await startTestApp({
      imports: [DirectoryModule],
      entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES],
      env: {
        PUBLIC_URL,
        ENTRA_TENANT_ID: TENANT_ID,
        ENTRA_CLIENT_ID: CLIENT_ID,
        ENTRA_CLIENT_SECRET: CLIENT_SECRET,
        ENTRA_AUTHORITY: provider.issuer,
        AUTH_MODE: 'entra',
        LOG_LEVEL: 'error',
      },
    });
  });

  afterAll(async () => {
    await untrusting?.close();
  });

  it('does not trust a provider certificate from an unknown CA, and sends the person back to the sign-in page', async () => {
    const response = await fetch(`${untrusting.baseUrl}/auth/sign-in?returnTo=/people/x`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/sign-in?error=provider_error');
    expect(cookieNamed(response, 'kakehashi_signin')).toBeUndefined();
  });
});
