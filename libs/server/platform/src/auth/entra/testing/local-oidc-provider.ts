// A real OpenID Connect provider (oidc-provider) on https://127.0.0.1:<random port>, with a
// throw-away CA, for tests of the Entra sign-in client. It issues Entra-shaped ID tokens
// (oid, tid, name, email, preferred_username, roles), requires PKCE, and can complete the
// login and consent pages for a named user without a browser.
//
// oidc-provider is ESM-only; Jest runs our code as CommonJS and cannot load it (neither
// require() nor import() without --experimental-vm-modules). So the provider runs in a child
// `node` process (local-oidc-provider.process.mjs) and this module talks to it over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import https from 'node:https';
import path from 'node:path';

import { generate } from 'selfsigned';

export interface LocalOidcUser {
  sub: string;
  oid: string;
  tid?: string;
  name: string;
  email: string;
  /** Values of the `roles` claim; leave out for a user with no app role assignment. */
  roles?: string[];
}

export interface LocalOidcProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  users: LocalOidcUser[];
  /** Also register a client that authenticates with this certificate (private_key_jwt, PS256). */
  certificateClient?: { clientId: string; certificatePem: string };
}

export interface AuthorizationRedirect {
  code: string;
  state: string;
  /** The full URL the provider redirected the browser to. */
  redirectUrl: string;
}

export interface LocalOidcProvider {
  /** `https://127.0.0.1:<port>`: use as the authority. */
  issuer: string;
  /** The CA that signed the server certificate (PEM). */
  caPem: string;
  /** Plays the browser: follows the authorization URL, signs `userSub` in, consents, and returns the redirect back to the app. */
  signIn(authorizationUrl: string, userSub: string): Promise<AuthorizationRedirect>;
  /** Makes every authorization code issued so far expired, as if it sat past its lifetime. */
  expireCodes(): Promise<void>;
  /** How many requests reached the token endpoint so far. */
  tokenRequestCount(): Promise<number>;
  close(): Promise<void>;
}

type ChildMessage =
  | { type: 'ready'; issuer: string }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; tokenRequests?: number; expired?: number };

const CHILD_SCRIPT = path.join(__dirname, 'local-oidc-provider.process.mjs');
const START_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 15;

export async function startLocalOidcProvider(options: LocalOidcProviderOptions): Promise<LocalOidcProvider> {
  const ca = await generateTestCertificateAuthority('Kakehashi local OIDC test CA');
  const server = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ca: { key: ca.key, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });

  const child = fork(CHILD_SCRIPT, [], {
    // A clean Node: none of Jest's flags, no inherited --require hooks.
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));

  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`local OIDC provider did not start in time:\n${output.join('')}`));
    }, START_TIMEOUT_MS);
    const onMessage = (message: ChildMessage): void => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(message.issuer);
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`local OIDC provider failed to start: ${message.message}`));
      }
    };
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`local OIDC provider exited (${code}) before it started:\n${output.join('')}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({
      type: 'start',
      options: {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        redirectUri: options.redirectUri,
        postLogoutRedirectUri: options.postLogoutRedirectUri,
        users: options.users,
        certificateClient: options.certificateClient,
      },
      tls: { key: server.private, cert: server.cert },
    });
  });

  const ask = createRequester(child);

  return {
    issuer,
    caPem: ca.cert,
    signIn: (authorizationUrl, userSub) =>
      playBrowser(authorizationUrl, userSub, { issuer, caPem: ca.cert, redirectUri: options.redirectUri }),
    expireCodes: async () => {
      await ask('expireCodes');
    },
    tokenRequestCount: async () => (await ask('stats')).tokenRequests ?? 0,
    close: () => stopChild(child),
  };
}

/** A fresh CA (EC P-256, SHA-256): the provider's own, or an unrelated one for TLS-refusal tests. */
export async function generateTestCertificateAuthority(commonName: string): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function createRequester(child: ChildProcess): (type: 'expireCodes' | 'stats') => Promise<ChildMessage & { type: 'reply' }> {
  let nextId = 1;
  return (type) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        child.off('message', onMessage);
        reject(new Error(`local OIDC provider did not answer ${type}`));
      }, 5_000);
      const onMessage = (message: ChildMessage): void => {
        if (message.type === 'reply' && message.id === id) {
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(message);
        }
      };
      child.on('message', onMessage);
      child.send({ type, id });
    });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (child.connected) child.send({ type: 'close' });
    else child.kill();
  });
}

/**
 * Follows redirects the way a browser would (with a cookie jar), and answers the provider's
 * interaction pages through the fixture's `/interaction/:uid/complete?sub=` endpoint. Stops at
 * the redirect back to the app.
 */
async function playBrowser(
  authorizationUrl: string,
  userSub: string,
  context: { issuer: string; caPem: string; redirectUri: string },
): Promise<AuthorizationRedirect> {
  const cookies = new Map<string, string>();
  const redirectTarget = new URL(context.redirectUri);
  let url = new URL(authorizationUrl);

  for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
    const interaction = /^\/interaction\/([\w-]+)$/.exec(url.pathname);
    if (url.origin === context.issuer && interaction) {
      url = new URL(`/interaction/${interaction[1]}/complete?sub=${encodeURIComponent(userSub)}`, context.issuer);
    }
    if (url.origin !== context.issuer) {
      throw new Error(`the browser was sent away from the provider, to ${url.origin}`);
    }
    const response = await get(url, cookies, context.caPem);
    for (const header of response.setCookie) {
      const [pair] = header.split(';');
      const separator = pair.indexOf('=');
      if (separator > 0) cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
    if (response.status < 300 || response.status >= 400 || !response.location) {
      throw new Error(`the provider answered ${response.status} at ${url.pathname}: ${response.body.slice(0, 500)}`);
    }
    const next = new URL(response.location, url);
    if (next.origin === redirectTarget.origin && next.pathname === redirectTarget.pathname) {
      const code = next.searchParams.get('code');
      const state = next.searchParams.get('state') ?? '';
      if (!code) {
        throw new Error(
          `the provider redirected back without a code: ${next.searchParams.get('error') ?? ''} ${next.searchParams.get('error_description') ?? ''}`,
        );
      }
      return { code, state, redirectUrl: next.toString() };
    }
    url = next;
  }
  throw new Error(`too many redirects starting at ${authorizationUrl}`);
}

function get(
  url: URL,
  cookies: Map<string, string>,
  caPem: string,
): Promise<{ status: number; location?: string; setCookie: string[]; body: string }> {
  const cookieHeader = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return new Promise((resolve, reject) => {
    const request = https.get(url, { ca: caPem, headers: cookieHeader ? { cookie: cookieHeader } : {}, timeout: 5_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          setCookie: response.headers['set-cookie'] ?? [],
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`timed out: GET ${url.pathname}`)));
    request.on('error', reject);
  });
}
