// The Entra sign-in client (real msal-node) against a real OpenID Connect provider
// (oidc-provider over HTTPS on 127.0.0.1 with a test CA). Needs no outside service.
import { X509Certificate } from 'node:crypto';
import https from 'node:https';

import { Role } from '@kakehashi/shared-contracts';
import { generate } from 'selfsigned';

import { EntraClient } from './entra-client';
import type { PendingSignIn } from './entra-client';
import { EntraSignInError, type EntraSignInFailure } from './entra-sign-in-error';
import type { EntraSettings } from './entra-settings';
import { generateTestCertificateAuthority, startLocalOidcProvider, type LocalOidcProvider } from './testing/local-oidc-provider';

const CLIENT_ID = 'kakehashi-hub';
const CLIENT_SECRET = 'a-test-only-client-secret-that-is-long-enough';
const CERTIFICATE_CLIENT_ID = 'kakehashi-hub-with-certificate';
const REDIRECT_URI = 'https://hub.example.com/auth/callback';
const POST_LOGOUT_REDIRECT_URI = 'https://hub.example.com/sign-in';
const TENANT_ID = '7d4f1c2e-0b6a-4e8f-9c3d-2a1b0c9d8e7f';

const users = {
  admin: {
    sub: 'pairwise-sub-aiko',
    oid: '11111111-1111-4111-8111-111111111111',
    tid: TENANT_ID,
    name: '佐藤 愛子',
    email: 'aiko.sato@example.co.jp',
    roles: ['Hub.Admin', 'Product.Triage'],
  },
  noRoles: {
    sub: 'pairwise-sub-ben',
    oid: '22222222-2222-4222-8222-222222222222',
    tid: TENANT_ID,
    name: 'Ben Carter',
    email: 'ben.carter@example.com',
  },
  unknownRole: {
    sub: 'pairwise-sub-chika',
    oid: '33333333-3333-4333-8333-333333333333',
    tid: TENANT_ID,
    name: '鈴木 千佳',
    email: 'chika.suzuki@example.co.jp',
    roles: ['Hub.Editor', 'Finance.Approver', 'constructor'],
  },
};

let provider: LocalOidcProvider;
let client: EntraClient;
let clientCertificate: { certificatePem: string; privateKeyPem: string };

function settings(overrides: Partial<EntraSettings> = {}): EntraSettings {
  return {
    tenantId: TENANT_ID,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: POST_LOGOUT_REDIRECT_URI,
    authority: provider.issuer,
    extraCaPem: provider.caPem,
    ...overrides,
  };
}

async function signInAs(sub: string, returnTo = '/') {
  const { url, pending } = await client.beginSignIn(returnTo);
  const redirect = await provider.signIn(url, sub);
  return { url, pending, redirect };
}

async function refusal(promise: Promise<unknown>): Promise<{ reason: EntraSignInFailure; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EntraSignInError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error('expected the sign-in to be refused');
}

beforeAll(async () => {
  const certificate = await generate([{ name: 'commonName', value: CERTIFICATE_CLIENT_ID }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
  });
  clientCertificate = { certificatePem: certificate.cert, privateKeyPem: certificate.private };
  provider = await startLocalOidcProvider({
    certificateClient: { clientId: CERTIFICATE_CLIENT_ID, certificatePem: certificate.cert },
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: POST_LOGOUT_REDIRECT_URI,
    users: Object.values(users),
  });
  client = await EntraClient.create(settings());
});

afterAll(async () => {
  await provider?.close();
});

describe('EntraClient against a local OpenID Connect provider', () => {
  it('signs a person in with the authorization code flow, PKCE, state and nonce, and maps their app roles', async () => {
    const { url, pending, redirect } = await signInAs(users.admin.sub, '/newsletters/42?tab=reads');

    const authorize = new URL(url);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toBeTruthy();
    expect(authorize.searchParams.get('state')).toBe(pending.state);
    expect(authorize.searchParams.get('nonce')).toBe(pending.nonce);
    expect(authorize.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', 'profile', 'email']));
    expect(pending.returnTo).toBe('/newsletters/42?tab=reads');
    expect(JSON.parse(JSON.stringify(pending))).toEqual(pending);

    const identity = await client.completeSignIn({ code: redirect.code, state: redirect.state }, pending);

    const { idToken, ...person } = identity;
    expect(idToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(person).toEqual({
      objectId: users.admin.oid,
      tenantId: TENANT_ID,
      email: users.admin.email,
      displayName: '佐藤 愛子',
      appRoles: ['Hub.Admin', 'Product.Triage'],
      roles: [Role.HUB_ADMIN, Role.PRODUCT_TRIAGE],
    });
  });

  it('gives a person with no roles claim no roles', async () => {
    const { pending, redirect } = await signInAs(users.noRoles.sub);
    const identity = await client.completeSignIn({ code: redirect.code, state: redirect.state }, pending);
    expect(identity.objectId).toBe(users.noRoles.oid);
    expect(identity.appRoles).toEqual([]);
    expect(identity.roles).toEqual([]);
  });

  it('ignores app roles the hub does not know', async () => {
    const { pending, redirect } = await signInAs(users.unknownRole.sub);
    const identity = await client.completeSignIn({ code: redirect.code, state: redirect.state }, pending);
    expect(identity.appRoles).toEqual(['Hub.Editor', 'Finance.Approver', 'constructor']);
    expect(identity.roles).toEqual([Role.HUB_EDITOR]);
  });

  it('signs in with a certificate credential instead of a secret', async () => {
    const thumbprintSha256 = new X509Certificate(clientCertificate.certificatePem).fingerprint256.replaceAll(':', '');
    const withCertificate = await EntraClient.create(
      settings({
        clientId: CERTIFICATE_CLIENT_ID,
        clientSecret: undefined,
        clientCertificate: { thumbprintSha256, privateKeyPem: clientCertificate.privateKeyPem },
      }),
    );
    const { url, pending } = await withCertificate.beginSignIn('/');
    const redirect = await provider.signIn(url, users.admin.sub);
    const identity = await withCertificate.completeSignIn({ code: redirect.code, state: redirect.state }, pending);
    expect(identity.objectId).toBe(users.admin.oid);
  });

  it('refuses a callback whose state is not the pending one before asking for a token', async () => {
    const { pending, redirect } = await signInAs(users.admin.sub);
    const tokenRequestsBefore = await provider.tokenRequestCount();

    expect((await refusal(client.completeSignIn({ code: redirect.code, state: 'forged-state' }, pending))).reason).toBe('state_mismatch');
    expect((await refusal(client.completeSignIn({ code: redirect.code }, pending))).reason).toBe('state_mismatch');
    expect((await refusal(client.completeSignIn({ code: redirect.code, state: redirect.state }, null))).reason).toBe('state_mismatch');
    expect(await provider.tokenRequestCount()).toBe(tokenRequestsBefore);

    // The code was never spent: the genuine callback still works.
    const identity = await client.completeSignIn({ code: redirect.code, state: redirect.state }, pending);
    expect(identity.objectId).toBe(users.admin.oid);
  });

  it('refuses an expired code', async () => {
    const { pending, redirect } = await signInAs(users.admin.sub);
    await provider.expireCodes();
    const { reason, message } = await refusal(client.completeSignIn({ code: redirect.code, state: redirect.state }, pending));
    expect(reason).toBe('invalid_code');
    expect(message).toContain('invalid_grant');
    expect(message).not.toContain(redirect.code);
  });

  it('refuses a code that was already used, and one the provider never issued', async () => {
    const { pending, redirect } = await signInAs(users.noRoles.sub);
    await client.completeSignIn({ code: redirect.code, state: redirect.state }, pending);
    expect((await refusal(client.completeSignIn({ code: redirect.code, state: redirect.state }, pending))).reason).toBe('invalid_code');

    const next = await client.beginSignIn('/');
    expect(
      (await refusal(client.completeSignIn({ code: 'not-a-code-from-this-provider', state: next.pending.state }, next.pending))).reason,
    ).toBe('invalid_code');
  });

  it('refuses a pending sign-in older than ten minutes without asking for a token', async () => {
    const { pending, redirect } = await signInAs(users.admin.sub);
    const stale: PendingSignIn = { ...pending, createdAt: Date.now() - 11 * 60 * 1000 };
    const tokenRequestsBefore = await provider.tokenRequestCount();
    expect((await refusal(client.completeSignIn({ code: redirect.code, state: redirect.state }, stale))).reason).toBe('expired');
    expect(await provider.tokenRequestCount()).toBe(tokenRequestsBefore);
  });

  it('refuses an ID token whose nonce is not the pending one', async () => {
    const { pending, redirect } = await signInAs(users.admin.sub);
    const otherNonce: PendingSignIn = { ...pending, nonce: 'a-nonce-from-another-sign-in' };
    expect((await refusal(client.completeSignIn({ code: redirect.code, state: redirect.state }, otherNonce))).reason).toBe('invalid_token');
  });

  it('reports a provider error from the callback', async () => {
    const { pending } = await client.beginSignIn('/');
    const { reason, message } = await refusal(
      client.completeSignIn({ error: 'access_denied', error_description: 'The user cancelled.', state: pending.state }, pending),
    );
    expect(reason).toBe('provider_error');
    expect(message).toContain('access_denied');
  });

  it('keeps only a path on the hub as the place to return to', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      expect((await client.beginSignIn(returnTo)).pending.returnTo).toBe('/');
    }
  });

  it("sends sign-out to the provider's end-session endpoint with the post-logout redirect", async () => {
    const { pending, redirect } = await signInAs(users.admin.sub);
    const identity = await client.completeSignIn({ code: redirect.code, state: redirect.state }, pending);

    const logout = new URL(client.logoutUrl(identity.idToken));
    expect(`${logout.origin}${logout.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(POST_LOGOUT_REDIRECT_URI);
    expect(logout.searchParams.get('id_token_hint')).toBe(identity.idToken);
    expect(logout.searchParams.get('client_id')).toBe(CLIENT_ID);
    // The provider accepts it (it refuses an unregistered post-logout redirect with a 400).
    expect(await statusOf(logout, provider.caPem)).toBe(200);
  });

  it('refuses a provider whose certificate is not signed by a trusted CA', async () => {
    const otherCa = await generateTestCertificateAuthority('Unrelated CA');
    for (const extraCaPem of [otherCa.cert, undefined]) {
      const untrusting = new EntraClient(settings({ extraCaPem }));
      const { reason, message } = await refusal(untrusting.beginSignIn('/'));
      expect(reason).toBe('provider_error');
      expect(message).toMatch(/certificate/i);
    }
  });

  it('accepts only an https authority', () => {
    expect(() => new EntraClient(settings({ authority: provider.issuer.replace('https:', 'http:') }))).toThrow(/https/);
  });
});

function statusOf(url: URL, caPem: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca: caPem }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject);
  });
}
