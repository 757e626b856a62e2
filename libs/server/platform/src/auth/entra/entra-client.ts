import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { safeReturnTo } from '../return-to';

import {
  AuthError,
  ConfidentialClientApplication,
  CryptoProvider,
  ProtocolMode,
  ResponseMode,
  ServerError,
  type AuthenticationResult,
  type Configuration,
  type INetworkModule,
} from '@azure/msal-node';
import { ENTRA_APP_ROLES, type Role } from '@kakehashi/shared-contracts';

import { EntraSignInError } from './entra-sign-in-error';
import type { EntraSettings } from './entra-settings';
import { HttpsNetworkClient } from './https-network-client';

/**
 * What the caller keeps server-side (never in the browser) between `beginSignIn` and
 * `completeSignIn`. Plain JSON.
 */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path on the hub (`/...`) to land on after sign-in. */
  returnTo: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** The query string of the redirect back from the provider. */
export interface EntraCallbackQuery {
  code?: string;
  state?: string;
  error?: string;
  error_description?: string;
  /** RFC 9207 issuer identification: checked when present (oidc-provider sends it; Entra does not). */
  iss?: string;
}

export interface EntraIdentity {
  /**
   * The `oid` claim: the person's object id in the directory, the same for every app and
   * the key Microsoft Graph and SCIM use. Entra's `sub` is pairwise (different per app
   * registration), so it is never used for Entra. Only an issuer that is not Entra (a test
   * or another OIDC provider, which has no `oid`) falls back to `sub`, which there is the
   * stable subject identifier.
   */
  objectId: string;
  /** `tid`: the person's home tenant. */
  tenantId: string | null;
  /** `email`, else `preferred_username` (usually the UPN, which looks like an address). */
  email: string | null;
  /** `name`, else email, else objectId. */
  displayName: string;
  /** The raw `roles` claim (app role values), [] when absent. */
  appRoles: string[];
  /** `appRoles` mapped through ENTRA_APP_ROLES; values the hub does not know are ignored. */
  roles: Role[];
  /** The raw ID token, for the sign-out `id_token_hint`. */
  idToken: string;
}

/** The parts of an OpenID Provider's discovery document the client relies on. */
interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
  [other: string]: unknown;
}

/** A pending sign-in older than this is refused as `expired`. */
export const PENDING_SIGN_IN_MAX_AGE_MS = 10 * 60 * 1000;
/** Tolerated clock difference with the provider for the ID token's lifetime. */
const CLOCK_SKEW_SECONDS = 5 * 60;
// msal adds openid, profile and offline_access itself.
const SCOPES = ['openid', 'profile', 'email'];
const DISCOVERY_TIMEOUT_MS = 10_000;
/** Hosts of Microsoft Entra ID (public and national clouds) and Entra External ID (CIAM). */
const ENTRA_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'sts.windows.net',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
]);

/**
 * Signs people in with Microsoft Entra ID through msal-node's ConfidentialClientApplication:
 * authorization code flow with PKCE, state and nonce.
 *
 * For Entra authorities msal runs in its `AAD` protocol mode. Any other authority (a test
 * provider, another OpenID Connect issuer) runs in msal's `OIDC` mode: the client reads the
 * issuer's discovery document once, checks that its `issuer` is the authority, and hands it
 * to msal as `authorityMetadata` (with the host in `knownAuthorities`). msal refuses non-https
 * authorities, and so does this class.
 *
 * ID token checks: msal decodes the token received from the token endpoint over verified TLS
 * and checks the nonce; this class checks the nonce again and the audience, issuer, tenant
 * and lifetime. The signature is not checked: OpenID Connect Core 3.1.3.7 (6) allows TLS
 * server validation in its place for tokens received directly from the token endpoint.
 */
export class EntraClient {
  /** The authority URL without a trailing slash. */
  readonly authority: string;
  /** True when the authority is Microsoft Entra ID itself; false for another OIDC issuer. */
  readonly isEntraAuthority: boolean;

  private readonly settings: EntraSettings;
  private readonly networkClient: INetworkModule | undefined;
  private readonly pkce = new CryptoProvider();
  private resolving: Promise<{ application: ConfidentialClientApplication; metadata: ProviderMetadata | null }> | null = null;
  private metadata: ProviderMetadata | null = null;

  constructor(settings: EntraSettings) {
    this.settings = settings;
    if (!settings.tenantId?.trim()) throw new Error('Entra settings: tenantId is required');
    if (!settings.clientId?.trim()) throw new Error('Entra settings: clientId is required');
    if (!settings.clientSecret === !settings.clientCertificate) {
      throw new Error('Entra settings: set exactly one of clientSecret and clientCertificate');
    }
    requireHttpUrl(settings.redirectUri, 'redirectUri');
    requireHttpUrl(settings.postLogoutRedirectUri, 'postLogoutRedirectUri');

    const authority = (settings.authority ?? `https://login.microsoftonline.com/${settings.tenantId}`).replace(/\/+$/, '');
    let authorityUrl: URL;
    try {
      authorityUrl = new URL(authority);
    } catch {
      throw new Error(`Entra settings: authority is not a URL: ${authority}`);
    }
    if (authorityUrl.protocol !== 'https:') throw new Error('Entra settings: authority must be an https URL');
    if (authorityUrl.search || authorityUrl.hash) throw new Error('Entra settings: authority must have no query or fragment');
    this.authority = authority;
    const host = authorityUrl.hostname.toLowerCase();
    this.isEntraAuthority = ENTRA_HOSTS.has(host) || host.endsWith('.ciamlogin.com');

    this.networkClient = settings.extraCaPem ? new HttpsNetworkClient({ extraCaPem: settings.extraCaPem }) : undefined;

    if (this.isEntraAuthority) {
      // Built now so that a bad credential stops start-up; msal discovers Entra's endpoints itself.
      this.resolving = Promise.resolve({ application: this.createApplication(ProtocolMode.AAD), metadata: null });
    }
  }

  /** A client whose provider metadata is already read (needed by `logoutUrl` for non-Entra issuers). */
  static async create(settings: EntraSettings): Promise<EntraClient> {
    const client = new EntraClient(settings);
    await client.discover();
    return client;
  }

  /** Reads the issuer's discovery document now rather than on the first sign-in. Idempotent. */
  async discover(): Promise<void> {
    await this.application();
  }

  /** Starts a sign-in: the URL to send the browser to, and what to keep until the callback. */
  async beginSignIn(returnTo: string): Promise<{ url: string; pending: PendingSignIn }> {
    const application = await this.application();
    const { verifier, challenge } = await this.pkce.generatePkceCodes();
    const state = randomToken();
    const nonce = randomToken();
    const url = await application.getAuthCodeUrl({
      scopes: SCOPES,
      redirectUri: this.settings.redirectUri,
      responseMode: ResponseMode.QUERY,
      state,
      nonce,
      codeChallenge: challenge,
      codeChallengeMethod: 'S256',
    });
    return {
      url,
      pending: { state, nonce, codeVerifier: verifier, returnTo: safeReturnTo(returnTo), createdAt: Date.now() },
    };
  }

  /**
   * Finishes a sign-in from the provider's callback and the pending sign-in the caller kept.
   * The caller must drop the pending sign-in whatever the outcome: it is single-use.
   */
  async completeSignIn(callbackQuery: EntraCallbackQuery, pending: PendingSignIn | null): Promise<EntraIdentity> {
    // Checked before anything reaches the provider: a forged callback costs no token request.
    if (!isPendingSignIn(pending)) {
      throw new EntraSignInError('state_mismatch', 'sign-in callback without a pending sign-in');
    }
    if (typeof callbackQuery.state !== 'string' || !constantTimeEqual(callbackQuery.state, pending.state)) {
      throw new EntraSignInError('state_mismatch', 'sign-in callback state does not match the pending sign-in');
    }
    const age = Date.now() - pending.createdAt;
    if (age > PENDING_SIGN_IN_MAX_AGE_MS || age < -CLOCK_SKEW_SECONDS * 1000) {
      throw new EntraSignInError(
        'expired',
        `pending sign-in is ${Math.round(age / 1000)} s old (limit ${PENDING_SIGN_IN_MAX_AGE_MS / 1000} s)`,
      );
    }
    if (callbackQuery.error) {
      throw new EntraSignInError(
        'provider_error',
        `provider refused the sign-in: ${forLog(callbackQuery.error)}${callbackQuery.error_description ? `: ${forLog(callbackQuery.error_description)}` : ''}`,
      );
    }
    if (!callbackQuery.code) {
      throw new EntraSignInError('invalid_code', 'sign-in callback without a code');
    }

    let application: ConfidentialClientApplication;
    try {
      application = await this.application();
    } catch (error) {
      throw toSignInError(error);
    }
    if (callbackQuery.iss !== undefined && this.metadata && callbackQuery.iss !== this.metadata.issuer) {
      throw new EntraSignInError('provider_error', `sign-in callback from another issuer: ${forLog(callbackQuery.iss)}`);
    }

    let result: AuthenticationResult;
    try {
      result = await application.acquireTokenByCode({
        code: callbackQuery.code,
        scopes: SCOPES,
        redirectUri: this.settings.redirectUri,
        codeVerifier: pending.codeVerifier,
        nonce: pending.nonce,
      });
    } catch (error) {
      throw toSignInError(error);
    }
    // Sign-in needs the identity only: keep no tokens in msal's in-memory cache, which
    // would otherwise grow with every person who signs in.
    if (result.account) {
      await application
        .getTokenCache()
        .removeAccount(result.account)
        .catch(() => undefined);
    }
    return this.identityFrom(result, pending);
  }

  /** Where to send the browser to sign out at the provider, then come back to the hub. */
  logoutUrl(idTokenHint?: string): string {
    let endpoint: string;
    if (this.isEntraAuthority) {
      endpoint = `${this.authority}/oauth2/v2.0/logout`;
    } else {
      if (!this.metadata) {
        throw new Error('EntraClient.logoutUrl: provider metadata not read yet; await discover() (or EntraClient.create) first');
      }
      // An issuer without RP-initiated logout: the best we can do is the hub's own sign-in page.
      if (!this.metadata.end_session_endpoint) return this.settings.postLogoutRedirectUri;
      endpoint = this.metadata.end_session_endpoint;
    }
    const url = new URL(endpoint);
    url.searchParams.set('post_logout_redirect_uri', this.settings.postLogoutRedirectUri);
    url.searchParams.set('client_id', this.settings.clientId);
    if (idTokenHint) url.searchParams.set('id_token_hint', idTokenHint);
    return url.toString();
  }

  private async application(): Promise<ConfidentialClientApplication> {
    this.resolving ??= this.discoverIssuer().catch((error: unknown) => {
      this.resolving = null; // try again next time: the provider may be back
      throw error;
    });
    return (await this.resolving).application;
  }

  private async discoverIssuer(): Promise<{ application: ConfidentialClientApplication; metadata: ProviderMetadata }> {
    const url = `${this.authority}/.well-known/openid-configuration`;
    const network = this.networkClient ?? new HttpsNetworkClient();
    let body: unknown;
    try {
      const response = await network.sendGetRequestAsync<unknown>(url, {}, DISCOVERY_TIMEOUT_MS);
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      body = response.body;
    } catch (error) {
      throw new EntraSignInError('provider_error', `could not read the OpenID configuration at ${url}: ${messageOf(error)}`, {
        cause: error,
      });
    }
    const metadata = parseMetadata(body, url);
    // OpenID Connect Discovery 4.3: the issuer must be the URL the document was read from.
    if (metadata.issuer.replace(/\/+$/, '') !== this.authority) {
      throw new EntraSignInError('provider_error', `OpenID configuration at ${url} names another issuer: ${forLog(metadata.issuer)}`);
    }
    const application = this.createApplication(ProtocolMode.OIDC, metadata);
    this.metadata = metadata;
    return { application, metadata };
  }

  private createApplication(protocolMode: ProtocolMode, metadata?: ProviderMetadata): ConfidentialClientApplication {
    const { clientId, clientSecret, clientCertificate } = this.settings;
    const configuration: Configuration = {
      auth: {
        clientId,
        authority: this.authority,
        ...(clientSecret ? { clientSecret } : {}),
        ...(clientCertificate
          ? {
              clientCertificate: {
                thumbprintSha256: clientCertificate.thumbprintSha256,
                privateKey: clientCertificate.privateKeyPem,
                ...(clientCertificate.x5c ? { x5c: clientCertificate.x5c } : {}),
              },
            }
          : {}),
        ...(metadata ? { knownAuthorities: [new URL(this.authority).host], authorityMetadata: JSON.stringify(metadata) } : {}),
      },
      system: {
        protocolMode,
        ...(this.networkClient ? { networkClient: this.networkClient } : {}),
      },
    };
    return new ConfidentialClientApplication(configuration);
  }

  private identityFrom(result: AuthenticationResult, pending: PendingSignIn): EntraIdentity {
    const claims: Record<string, unknown> = { ...(result.idTokenClaims ?? {}) };
    if (!result.idToken) throw new EntraSignInError('invalid_token', 'token response without an ID token');

    // msal checks the nonce too; this check does not depend on how msal is called.
    const nonce = stringClaim(claims, 'nonce');
    if (nonce === null || !constantTimeEqual(nonce, pending.nonce)) {
      throw new EntraSignInError('invalid_token', 'ID token nonce does not match the pending sign-in');
    }
    const audience = claims['aud'];
    const audiences = Array.isArray(audience) ? audience : [audience];
    if (!audiences.includes(this.settings.clientId)) {
      throw new EntraSignInError('invalid_token', 'ID token is for another audience');
    }
    const expiresAt = claims['exp'];
    if (typeof expiresAt !== 'number' || expiresAt + CLOCK_SKEW_SECONDS < Date.now() / 1000) {
      throw new EntraSignInError('invalid_token', 'ID token is expired');
    }

    const tenantId = stringClaim(claims, 'tid');
    const issuer = stringClaim(claims, 'iss') ?? '';
    let objectId: string | null;
    if (this.isEntraAuthority) {
      // Entra v2.0 tokens: iss is https://<login host>/<tid>/v2.0.
      if (!tenantId || !issuer.startsWith('https://') || !issuer.endsWith(`/${tenantId}/v2.0`)) {
        throw new EntraSignInError('invalid_token', `ID token issuer ${forLog(issuer)} is not the tenant's`);
      }
      // A tenant given by id pins the token to it; a domain name or common/organizations does not.
      const configuredTenant = this.settings.tenantId.trim().toLowerCase();
      if (isGuid(configuredTenant) && configuredTenant !== tenantId.toLowerCase()) {
        throw new EntraSignInError('invalid_token', `ID token is from tenant ${forLog(tenantId)}, not the configured one`);
      }
      objectId = stringClaim(claims, 'oid');
    } else {
      if (!this.metadata || issuer !== this.metadata.issuer) {
        throw new EntraSignInError('invalid_token', `ID token issuer ${forLog(issuer)} is not the authority`);
      }
      objectId = stringClaim(claims, 'oid') ?? stringClaim(claims, 'sub');
    }
    if (!objectId) throw new EntraSignInError('invalid_token', 'ID token without an object id (oid)');

    const email = stringClaim(claims, 'email') ?? stringClaim(claims, 'preferred_username');
    const rawRoles = claims['roles'];
    const appRoles = Array.isArray(rawRoles) ? rawRoles.filter((role): role is string => typeof role === 'string') : [];
    return {
      objectId,
      tenantId,
      email,
      displayName: stringClaim(claims, 'name') ?? email ?? objectId,
      appRoles,
      roles: rolesFromAppRoles(appRoles),
      idToken: result.idToken,
    };
  }
}

/** Maps Entra app role values to hub roles; values the hub does not know are ignored. */
export function rolesFromAppRoles(appRoles: readonly string[]): Role[] {
  const roles = new Set<Role>();
  for (const value of appRoles) {
    // hasOwn: a claim value such as "constructor" must not reach Object.prototype.
    if (Object.hasOwn(ENTRA_APP_ROLES, value)) roles.add(ENTRA_APP_ROLES[value]);
  }
  return [...roles];
}

function toSignInError(error: unknown): EntraSignInError {
  if (error instanceof EntraSignInError) return error;
  if (error instanceof ServerError) {
    const detail = `${error.errorCode}${error.errorMessage ? `: ${forLog(error.errorMessage)}` : ''}`;
    return error.errorCode === 'invalid_grant'
      ? new EntraSignInError('invalid_code', `token endpoint refused the code: ${detail}`, { cause: error })
      : new EntraSignInError('provider_error', `token endpoint refused the request: ${detail}`, { cause: error });
  }
  if (error instanceof AuthError) {
    const detail = `${error.errorCode}${error.errorMessage ? `: ${forLog(error.errorMessage)}` : ''}`;
    return error.errorCode === 'nonce_mismatch' || error.errorCode === 'token_parsing_error'
      ? new EntraSignInError('invalid_token', `ID token refused: ${detail}`, { cause: error })
      : new EntraSignInError('provider_error', `sign-in failed: ${detail}`, { cause: error });
  }
  return new EntraSignInError('provider_error', `sign-in failed: ${messageOf(error)}`, { cause: error });
}

function parseMetadata(body: unknown, url: string): ProviderMetadata {
  const document = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  for (const field of ['issuer', 'authorization_endpoint', 'token_endpoint'] as const) {
    const value = document[field];
    if (typeof value !== 'string' || !value.startsWith('https://')) {
      throw new EntraSignInError('provider_error', `OpenID configuration at ${url} has no https ${field}`);
    }
  }
  const endSession = document['end_session_endpoint'];
  if (endSession !== undefined && (typeof endSession !== 'string' || !endSession.startsWith('https://'))) {
    throw new EntraSignInError('provider_error', `OpenID configuration at ${url} has a non-https end_session_endpoint`);
  }
  return document as ProviderMetadata;
}

function isPendingSignIn(value: PendingSignIn | null): value is PendingSignIn {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.state === 'string' &&
    value.state.length > 0 &&
    typeof value.nonce === 'string' &&
    typeof value.codeVerifier === 'string' &&
    typeof value.createdAt === 'number'
  );
}

function constantTimeEqual(a: string, b: string): boolean {
  // Hashing first gives equal lengths, so the comparison leaks neither content nor length.
  const left = createHash('sha256').update(a, 'utf8').digest();
  const right = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(left, right);
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function stringClaim(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function isGuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function requireHttpUrl(value: string, name: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Entra settings: ${name} is not a URL: ${String(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Entra settings: ${name} must be an http(s) URL`);
}

/** Provider-supplied text in a log line: one line, bounded. */
function forLog(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters must not reach a log line
  const oneLine = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 300)}…` : oneLine;
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return forLog(message);
}
