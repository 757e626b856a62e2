// Child process behind `startLocalOidcProvider` (local-oidc-provider.ts).
//
// oidc-provider is ESM-only and our Jest runs CommonJS: Jest's module loader can neither
// `require()` an ES module nor `import()` one without --experimental-vm-modules. So the
// provider runs here, in a plain Node process, and talks to the test over the IPC channel
// that `child_process.fork` opens. Everything listens on 127.0.0.1 only.
//
// Messages from the parent: { type: 'start', options, tls: { key, cert } } once, then
// { type: 'expireCodes' | 'stats' | 'close', id }. Replies: { type: 'ready', issuer },
// { type: 'reply', id, ... } and { type: 'failed', message }.
import { createHash, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import https from 'node:https';

import Provider from 'oidc-provider';

const INTERACTION_PATH = /^\/interaction\/([\w-]+)\/complete$/;

function send(message) {
  if (process.send) process.send(message);
}

// In-memory storage for oidc-provider's models. Our own (not the bundled memory adapter)
// so that the test can make every issued authorization code expire on demand.
function createAdapterFactory() {
  const store = new Map(); // `${model}:${id}` -> payload
  const sessionByUid = new Map();
  const grantMembers = new Map(); // grantId -> Set of store keys
  const now = () => Math.floor(Date.now() / 1000);

  class MapAdapter {
    constructor(model) {
      this.model = model;
    }
    key(id) {
      return `${this.model}:${id}`;
    }
    async upsert(id, payload, expiresIn) {
      const entry = { ...payload };
      if (typeof expiresIn === 'number' && entry.exp === undefined) entry.exp = now() + expiresIn;
      store.set(this.key(id), entry);
      if (this.model === 'Session' && payload.uid) sessionByUid.set(payload.uid, id);
      if (payload.grantId) {
        const members = grantMembers.get(payload.grantId) ?? new Set();
        members.add(this.key(id));
        grantMembers.set(payload.grantId, members);
      }
    }
    async find(id) {
      return store.get(this.key(id));
    }
    async findByUid(uid) {
      const id = sessionByUid.get(uid);
      return id === undefined ? undefined : this.find(id);
    }
    async findByUserCode() {
      return undefined;
    }
    async consume(id) {
      const entry = store.get(this.key(id));
      if (entry) entry.consumed = now();
    }
    async destroy(id) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId) {
      for (const key of grantMembers.get(grantId) ?? []) store.delete(key);
      grantMembers.delete(grantId);
    }
  }

  return {
    Adapter: MapAdapter,
    // oidc-provider checks `exp` when it loads a code: backdating it is exactly what a code
    // that sat around too long looks like to the token endpoint.
    expireCodes() {
      let count = 0;
      for (const [key, entry] of store) {
        if (key.startsWith('AuthorizationCode:')) {
          entry.exp = now() - 1;
          count += 1;
        }
      }
      return count;
    },
  };
}

// A second registration that authenticates with a certificate (private_key_jwt), as an
// Entra app registration with a certificate credential does. msal signs its client
// assertion with PS256 when given a SHA-256 thumbprint.
function certificateClient(options) {
  const certificate = new X509Certificate(options.certificateClient.certificatePem);
  const jwk = {
    ...certificate.publicKey.export({ format: 'jwk' }),
    use: 'sig',
    'x5t#S256': createHash('sha256').update(certificate.raw).digest('base64url'),
  };
  return {
    client_id: options.certificateClient.clientId,
    redirect_uris: [options.redirectUri],
    post_logout_redirect_uris: [options.postLogoutRedirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'PS256',
    jwks: { keys: [jwk] },
  };
}

async function start({ options, tls }) {
  const usersBySub = new Map(options.users.map((user) => [user.sub, user]));
  const adapter = createAdapterFactory();
  let tokenRequests = 0;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'local-1' };

  let handler = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => handler(req, res));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address();
  const issuer = `https://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    adapter: adapter.Adapter,
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code', 'refresh_token'],
        // msal-node sends the secret in the form body.
        token_endpoint_auth_method: 'client_secret_post',
      },
      ...(options.certificateClient ? [certificateClient(options)] : []),
    ],
    // Entra-shaped claims: `oid`/`tid`/`roles` ride on the profile scope so they land in the
    // ID token, as Entra puts them there.
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'oid', 'tid', 'roles'],
      email: ['email'],
    },
    // Put the scope's claims in the ID token (not only at userinfo), as Entra does.
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
    },
    clientBasedCORS: () => false,
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 120,
      ClientCredentials: 600,
      DeviceCode: 600,
      BackchannelAuthenticationRequest: 600,
      IdToken: 3600,
      RefreshToken: 86400,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    async findAccount(_ctx, sub) {
      const user = usersBySub.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub: user.sub,
            oid: user.oid,
            ...(user.tid ? { tid: user.tid } : {}),
            name: user.name,
            email: user.email,
            preferred_username: user.email,
            ...(user.roles ? { roles: user.roles } : {}),
          };
        },
      };
    },
  });

  provider.use(async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/token') tokenRequests += 1;
    await next();
  });

  // Finishes whatever the provider asks for (login, then consent) for the user named in
  // `?sub=`, the way a person clicking through the pages would.
  async function completeInteraction(req, res, sub) {
    const details = await provider.interactionDetails(req, res);
    const { prompt, params, session } = details;
    if (prompt.name === 'login') {
      if (!usersBySub.has(sub)) {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'unknown user' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
      return;
    }
    if (prompt.name === 'consent') {
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
      const missing = prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      if (missing.missingResourceScopes) {
        for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
          grant.addResourceScope(indicator, scopes.join(' '));
        }
      }
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    res.statusCode = 400;
    res.end(`unsupported prompt ${prompt.name}`);
  }

  const providerCallback = provider.callback();
  handler = (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (req.method === 'GET' && INTERACTION_PATH.test(url.pathname)) {
      completeInteraction(req, res, url.searchParams.get('sub') ?? '').catch((error) => {
        res.statusCode = 500;
        res.end(String(error?.message ?? error));
      });
      return;
    }
    providerCallback(req, res);
  };

  process.on('message', (message) => {
    if (message?.type === 'expireCodes') {
      send({ type: 'reply', id: message.id, expired: adapter.expireCodes() });
    } else if (message?.type === 'stats') {
      send({ type: 'reply', id: message.id, tokenRequests });
    } else if (message?.type === 'close') {
      server.closeAllConnections?.();
      server.close(() => process.exit(0));
    }
  });

  send({ type: 'ready', issuer });
}

// The test owns this process: when it goes, so do we.
process.on('disconnect', () => process.exit(0));
process.once('message', (message) => {
  if (message?.type !== 'start') return;
  start(message).catch((error) => {
    send({ type: 'failed', message: String(error?.stack ?? error) });
    process.exit(1);
  });
});
