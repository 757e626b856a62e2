import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, redact } from './config';

const WORKSPACE = '/srv/kakehashi';
/** The web client's real manifest: production enforces trusted documents and needs it. */
const MANIFEST = path.resolve(__dirname, '../../../../client/platform/src/gql/persisted-documents.json');

/** A complete Entra registration (client secret flavour). */
const ENTRA = {
  ENTRA_TENANT_ID: '7d4f1c2e-0b6a-4e8f-9c3d-2a1b0c9d8e7f',
  ENTRA_CLIENT_ID: 'a1b2c3d4-0000-4000-8000-000000000001',
  ENTRA_CLIENT_SECRET: 'a-secret',
};

/** The problems start-up would print for this environment (fails the test when it starts). */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, WORKSPACE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    // The message printed at start-up lists every problem.
    for (const problem of configError.problems) expect(configError.message).toContain(problem);
    return configError.problems;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('loadConfig', () => {
  it('starts a newcomer with dev sign-in, port 3000 and the embedded database', () => {
    const config = loadConfig({}, WORKSPACE);
    expect(config.nodeEnv).toBe('development');
    expect(config.isProduction).toBe(false);
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.auth.mode).toBe('dev');
    expect(config.auth.entra).toBeUndefined();
    expect(config.database.url).toBeUndefined();
    expect(config.database.embeddedDir).toBe(path.join(WORKSPACE, '.data/postgres'));
    expect(config.seedDemo).toBe(true);
    expect(config.logLevel).toBe('info');
  });

  it('treats blank values as unset and trims the rest', () => {
    const config = loadConfig({ PORT: ' ', DATABASE_URL: '', LOG_LEVEL: ' debug ', PUBLIC_URL: 'https://hub.example.com/' }, WORKSPACE);
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.logLevel).toBe('debug');
    expect(config.publicUrl).toBe('https://hub.example.com');
  });

  it('takes good values as given', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://hub@db:5432/hub', SEED_DEMO: 'no', AUTH_MODE: 'dev' }, WORKSPACE);
    expect(config.port).toBe(8080);
    expect(config.database.url).toBe('postgresql://hub@db:5432/hub');
    expect(config.seedDemo).toBe(false);
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a whole number from 1 to 65535 (got "abc")'],
    ['PORT', '70000', 'PORT must be a whole number from 1 to 65535 (got "70000")'],
    ['PORT', '3000.5', 'PORT must be a whole number'],
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL is not a valid URL'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    ['SEED_DEMO', 'maybe', 'SEED_DEMO must be true or false (got "maybe")'],
    ['AUTH_MODE', 'magic', 'AUTH_MODE must be one of entra, dev (got "magic")'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, production, test'],
    ['REDIS_URL', 'http://cache', 'REDIS_URL must be a redis:// or rediss:// URL'],
  ])('refuses %s=%s by name', (name, value, expected) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('turns Entra sign-in on as soon as one Entra variable is set, and says at once what is missing', () => {
    const problems = problemsOf({ ENTRA_TENANT_ID: ENTRA.ENTRA_TENANT_ID });
    expect(problems).toEqual([
      'Entra ID sign-in is half configured: missing ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET (or ENTRA_CLIENT_CERTIFICATE_THUMBPRINT with ENTRA_CLIENT_CERTIFICATE_KEY_FILE). Set them all, or none and AUTH_MODE=dev for development.',
    ]);
  });

  it('names only the secret when tenant and client are given', () => {
    const problems = problemsOf({ ENTRA_TENANT_ID: ENTRA.ENTRA_TENANT_ID, ENTRA_CLIENT_ID: ENTRA.ENTRA_CLIENT_ID });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Entra ID sign-in is half configured: missing ENTRA_CLIENT_SECRET \(or /);
    expect(problems[0]).not.toContain('ENTRA_TENANT_ID');
    expect(problems[0]).not.toContain('ENTRA_CLIENT_ID,');
  });

  it('refuses AUTH_MODE=entra with no Entra settings at all', () => {
    const problems = problemsOf({ AUTH_MODE: 'entra' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('missing ENTRA_TENANT_ID, ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET');
  });

  it('wants the certificate thumbprint and its key file together', () => {
    const problems = problemsOf({
      ENTRA_TENANT_ID: ENTRA.ENTRA_TENANT_ID,
      ENTRA_CLIENT_ID: ENTRA.ENTRA_CLIENT_ID,
      ENTRA_CLIENT_CERTIFICATE_THUMBPRINT: 'AB12CD34',
    });
    expect(problems).toContain(
      'ENTRA_CLIENT_CERTIFICATE_THUMBPRINT and ENTRA_CLIENT_CERTIFICATE_KEY_FILE go together: set both or neither.',
    );
  });

  it('refuses a client secret and a certificate together (the sign-in client takes exactly one)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kk-config-'));
    try {
      const keyFile = path.join(folder, 'key.pem');
      writeFileSync(keyFile, '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n');
      const problems = problemsOf({
        ...ENTRA,
        ENTRA_CLIENT_CERTIFICATE_THUMBPRINT: 'AB12CD34',
        ENTRA_CLIENT_CERTIFICATE_KEY_FILE: keyFile,
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('ENTRA_CLIENT_SECRET');
      expect(problems[0]).toContain('ENTRA_CLIENT_CERTIFICATE_THUMBPRINT');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads a certificate credential and an extra CA from files', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kk-config-'));
    try {
      writeFileSync(path.join(folder, 'key.pem'), 'KEY PEM');
      writeFileSync(path.join(folder, 'ca.pem'), 'CA PEM');
      const config = loadConfig(
        {
          ENTRA_TENANT_ID: ENTRA.ENTRA_TENANT_ID,
          ENTRA_CLIENT_ID: ENTRA.ENTRA_CLIENT_ID,
          ENTRA_CLIENT_CERTIFICATE_THUMBPRINT: 'AB12CD34',
          ENTRA_CLIENT_CERTIFICATE_KEY_FILE: 'key.pem',
          ENTRA_CA_FILE: path.join(folder, 'ca.pem'),
          PUBLIC_URL: 'https://hub.example.com',
        },
        folder,
      );
      expect(config.auth.mode).toBe('entra');
      expect(config.auth.entra).toMatchObject({
        clientSecret: undefined,
        clientCertificate: { thumbprintSha256: 'AB12CD34', privateKeyPem: 'KEY PEM' },
        extraCaPem: 'CA PEM',
        redirectUri: 'https://hub.example.com/auth/callback',
        postLogoutRedirectUri: 'https://hub.example.com/sign-in',
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names a file variable whose file cannot be read', () => {
    const problems = problemsOf({ ...ENTRA, ENTRA_CA_FILE: '/nonexistent/kakehashi-ca.pem' });
    expect(problems).toEqual(['ENTRA_CA_FILE names a file that cannot be read: /nonexistent/kakehashi-ca.pem']);
  });

  it('accepts only an https Entra authority', () => {
    const problems = problemsOf({ ...ENTRA, ENTRA_AUTHORITY: 'http://login.example.com/tenant' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('ENTRA_AUTHORITY must be a https:// URL');
  });

  it('refuses dev sign-in in production', () => {
    const problems = problemsOf({
      AUTH_MODE: 'dev',
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://hub.example.com',
      TRUSTED_DOCUMENTS_FILE: MANIFEST,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUTH_MODE=dev is not allowed with NODE_ENV=production/);
  });

  it('refuses production without an https PUBLIC_URL', () => {
    const problems = problemsOf({
      ...ENTRA,
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://hub.example.com',
      TRUSTED_DOCUMENTS_FILE: MANIFEST,
    });
    expect(problems).toEqual([
      'PUBLIC_URL must be an https:// URL in production (got "http://hub.example.com"): the session cookie is Secure.',
    ]);
    // …and the default http://localhost:<port> is not one either.
    expect(problemsOf({ ...ENTRA, NODE_ENV: 'production' })[0]).toContain('PUBLIC_URL must be an https:// URL in production');
  });

  it('runs production with Entra and https, and no demo seed by default', () => {
    const config = loadConfig(
      { ...ENTRA, NODE_ENV: 'production', PUBLIC_URL: 'https://hub.example.com', TRUSTED_DOCUMENTS_FILE: MANIFEST },
      WORKSPACE,
    );
    expect(config.isProduction).toBe(true);
    expect(config.auth.mode).toBe('entra');
    expect(config.seedDemo).toBe(false);
    expect(config.graphql.trustedDocuments).toBe('enforce');
  });

  it('enforces trusted documents in production only, and needs the manifest to do so', () => {
    expect(loadConfig({}, WORKSPACE).graphql.trustedDocuments).toBe('off');
    const problems = problemsOf({ ...ENTRA, NODE_ENV: 'production', PUBLIC_URL: 'https://hub.example.com' });
    expect(problems).toEqual([
      expect.stringMatching(/^TRUSTED_DOCUMENTS=enforce needs the web client's manifest, but TRUSTED_DOCUMENTS_FILE \(.*\) does not exist/),
    ]);
    expect(problemsOf({ TRUSTED_DOCUMENTS: 'sometimes' })).toEqual(['TRUSTED_DOCUMENTS must be one of enforce, off (got "sometimes").']);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
      SEED_DEMO: 'maybe',
      ENTRA_TENANT_ID: 'tenant',
    });
    const text = problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'SEED_DEMO', 'ENTRA_CLIENT_ID']) expect(text).toContain(name);
    expect(problems).toHaveLength(5);
  });

  it('keeps the idle session limit within the absolute one', () => {
    expect(problemsOf({ SESSION_IDLE_MINUTES: '600', SESSION_ABSOLUTE_HOURS: '1' })).toEqual([
      'SESSION_IDLE_MINUTES must not exceed SESSION_ABSOLUTE_HOURS × 60.',
    ]);
  });

  it('never prints the password of a bad URL', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://hub:s3cret-pw@db:3306/hub' });
    expect(problems[0]).toContain('mysql://hub:***@db:3306/hub');
    expect(problems[0]).not.toContain('s3cret-pw');
  });
});

describe('loadConfig: mail, uploads and jobs', () => {
  it('writes mail to .data/outbox from a no-reply address and keeps uploads in .data/uploads by default', () => {
    const config = loadConfig({}, WORKSPACE);
    expect(config.smtpUrl).toBeUndefined();
    expect(config.mail).toEqual({ from: 'Kakehashi <no-reply@kakehashi.example>', outboxDir: path.join(WORKSPACE, '.data/outbox') });
    expect(config.uploadsDir).toBe(path.join(WORKSPACE, '.data/uploads'));
    expect(config.jobs).toEqual({ retryDelaySeconds: 30, pollingIntervalMs: 2000 });
  });

  it('takes a bare address or one with a display name (Japanese too), and folders relative to the workspace or absolute', () => {
    expect(loadConfig({ MAIL_FROM: 'hub@example.co.jp' }, WORKSPACE).mail.from).toBe('hub@example.co.jp');
    expect(loadConfig({ MAIL_FROM: ' 架け橋 通知 <hub@example.co.jp> ' }, WORKSPACE).mail.from).toBe('架け橋 通知 <hub@example.co.jp>');
    const config = loadConfig({ OUTBOX_DIR: '/var/spool/kakehashi', UPLOADS_DIR: 'files', JOB_RETRY_DELAY_SECONDS: '5' }, WORKSPACE);
    expect(config.mail.outboxDir).toBe('/var/spool/kakehashi');
    expect(config.uploadsDir).toBe(path.join(WORKSPACE, 'files'));
    expect(config.jobs.retryDelaySeconds).toBe(5);
  });

  it('refuses a From that is not one address, naming MAIL_FROM', () => {
    for (const from of ['no-reply', 'Kakehashi <no-reply@example.com', 'a@example.com, b@example.com', 'Kakehashi <no-reply@localhost>']) {
      expect(problemsOf({ MAIL_FROM: from })).toEqual([
        `MAIL_FROM must be an address like "Kakehashi <no-reply@example.com>" or "no-reply@example.com" (got "${from}").`,
      ]);
    }
  });

  it('takes a Redis channel prefix of safe characters, naming PUBSUB_PREFIX otherwise', () => {
    expect(loadConfig({}, WORKSPACE).pubsubPrefix).toBe('kakehashi:');
    expect(loadConfig({ PUBSUB_PREFIX: 'tenant-a:' }, WORKSPACE).pubsubPrefix).toBe('tenant-a:');
    expect(problemsOf({ PUBSUB_PREFIX: 'a b*' })).toEqual(['PUBSUB_PREFIX must be letters, digits and : _ . - (at most 64) (got "a b*").']);
  });

  it('refuses a retry delay or polling interval out of range (pg-boss polls at most twice a second)', () => {
    expect(problemsOf({ JOB_RETRY_DELAY_SECONDS: '0', JOB_POLLING_INTERVAL_MS: '100' })).toEqual([
      'JOB_RETRY_DELAY_SECONDS must be a whole number from 1 to 3600 (got "0").',
      'JOB_POLLING_INTERVAL_MS must be a whole number from 500 to 60000 (got "100").',
    ]);
  });
});

describe('redact', () => {
  it('hides the password of a URL and leaves the rest', () => {
    expect(redact('postgres://hub:s3cret@db.internal:5432/kakehashi')).toBe('postgres://hub:***@db.internal:5432/kakehashi');
    expect(redact('postgres://hub:p%40ss:w0rd@db/kakehashi')).toBe('postgres://hub:***@db/kakehashi');
    expect(redact('postgres://hub@db/kakehashi')).toBe('postgres://hub@db/kakehashi');
    expect(redact('postgres://db/kakehashi')).toBe('postgres://db/kakehashi');
  });

  it('hides all of a password that has an unencoded @ or no user name before it', () => {
    // URL parsers split user info at the last @, so all of "p@ss" is the password.
    expect(redact('postgres://hub:p@ss@db/kakehashi')).toBe('postgres://hub:***@db/kakehashi');
    expect(redact('postgres://:s3cret@db/kakehashi')).toBe('postgres://:***@db/kakehashi');
  });
});
