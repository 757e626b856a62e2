import { Role } from '@kakehashi/shared-contracts';

import { EntraClient, rolesFromAppRoles } from './entra-client';
import type { EntraSettings } from './entra-settings';

const TENANT_ID = '7d4f1c2e-0b6a-4e8f-9c3d-2a1b0c9d8e7f';
const entra: EntraSettings = {
  tenantId: TENANT_ID,
  clientId: 'a1b2c3d4-0000-4000-8000-000000000001',
  clientSecret: 'secret',
  redirectUri: 'https://hub.example.com/auth/callback',
  postLogoutRedirectUri: 'https://hub.example.com/sign-in',
};

describe('EntraClient (no network)', () => {
  it("signs out at Entra's v2.0 logout endpoint for the tenant", () => {
    const logout = new URL(new EntraClient(entra).logoutUrl('id.token.hint'));
    expect(`${logout.origin}${logout.pathname}`).toBe(`https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/logout`);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe('https://hub.example.com/sign-in');
    expect(logout.searchParams.get('id_token_hint')).toBe('id.token.hint');
  });

  it('leaves the hint out when there is none', () => {
    expect(new URL(new EntraClient(entra).logoutUrl()).searchParams.has('id_token_hint')).toBe(false);
  });

  it('treats Microsoft hosts as Entra and anything else as a plain OpenID Connect issuer', () => {
    expect(new EntraClient(entra).isEntraAuthority).toBe(true);
    expect(new EntraClient({ ...entra, authority: `https://login.microsoftonline.us/${TENANT_ID}/` }).isEntraAuthority).toBe(true);
    const other = new EntraClient({ ...entra, authority: 'https://idp.example.com/realms/hub/' });
    expect(other.isEntraAuthority).toBe(false);
    expect(other.authority).toBe('https://idp.example.com/realms/hub');
    // Its end-session endpoint is known only once its discovery document is read.
    expect(() => other.logoutUrl()).toThrow(/discover/);
  });

  it('refuses settings it cannot sign in with', () => {
    expect(() => new EntraClient({ ...entra, clientSecret: undefined })).toThrow(/exactly one/);
    expect(() => new EntraClient({ ...entra, clientCertificate: { thumbprintSha256: 'ab', privateKeyPem: 'pem' } })).toThrow(/exactly one/);
    expect(() => new EntraClient({ ...entra, clientId: '' })).toThrow(/clientId/);
    expect(() => new EntraClient({ ...entra, authority: 'http://login.example.com/tenant' })).toThrow(/https/);
    expect(() => new EntraClient({ ...entra, redirectUri: 'not a url' })).toThrow(/redirectUri/);
  });
});

describe('rolesFromAppRoles', () => {
  it('maps known app roles once each and ignores the rest', () => {
    expect(rolesFromAppRoles(['Exec.Viewer', 'Hub.Admin', 'Hub.Admin', 'Unknown', 'toString', '__proto__'])).toEqual([
      Role.EXEC_VIEWER,
      Role.HUB_ADMIN,
    ]);
    expect(rolesFromAppRoles([])).toEqual([]);
  });
});
