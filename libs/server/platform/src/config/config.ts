import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FISCAL_YEAR_START_MONTH_DEFAULT, VOICE_TRIAGE_TARGET_DAYS_DEFAULT } from '@kakehashi/shared-contracts';

export type NodeEnvironment = 'development' | 'production' | 'test';
export type AuthMode = 'entra' | 'dev';

export interface EntraConfig {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  clientCertificate?: { thumbprintSha256: string; privateKeyPem: string };
  redirectUri: string;
  postLogoutRedirectUri: string;
  authority?: string;
  extraCaPem?: string;
}

export interface AppConfig {
  nodeEnv: NodeEnvironment;
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: string;
  database: {
    /** Unset: start the embedded PostgreSQL. */
    url?: string;
    poolSize: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    embeddedDir: string;
    embeddedPort: number;
  };
  seedDemo: boolean;
  redisUrl?: string;
  /** Put before every Redis channel name (apps or test runs sharing one Redis never hear each other). */
  pubsubPrefix: string;
  smtpUrl?: string;
  mail: {
    /** The From header of every mail (MAIL_FROM). */
    from: string;
    /** Without SMTP_URL, one .eml file per mail lands here. */
    outboxDir: string;
  };
  /** Where uploaded files (newsletter images) are kept. */
  uploadsDir: string;
  jobs: {
    /** First retry delay of a failed job; later retries back off exponentially. */
    retryDelaySeconds: number;
    /** How often each job name's worker looks for due jobs (sends from this process wake it at once). */
    pollingIntervalMs: number;
  };
  auth: {
    mode: AuthMode;
    entra?: EntraConfig;
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
  };
  webDistDir: string;
  /** The month (1–12) fiscal years start in: goals' periods and the board. */
  fiscalYearStartMonth: number;
  /** Business days (Japan) a new customer-voice ticket may wait for its first triage. */
  voiceTriageTargetDays: number;
  /** Bearer token Entra's provisioning service sends to /scim/v2; unset: SCIM is off. */
  scimToken?: string;
  graphql: {
    /** enforce: run only the web client's operations (codegen's persisted documents). */
    trustedDocuments: 'enforce' | 'off';
    trustedDocumentsFile: string;
    /** Send each response's SQL statement count in x-sql-statements (tests, the benchmark). */
    exposeStatementCount: boolean;
    /** Bytes of answers the response cache keeps per process (0: none); see graphql/response-cache.ts. */
    responseCacheBytes: number;
  };
}

/** Start-up refuses a bad configuration with every problem listed by variable name. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const ADDRESS = String.raw`[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+`;
/** `addr@host.tld` alone, or after a display name (no line breaks: it becomes a header). */
const MAILBOX = new RegExp(`^(?:${ADDRESS}|[^\r\n<>]*<${ADDRESS}>)$`);

const ENTRA_VARIABLES = [
  'ENTRA_TENANT_ID',
  'ENTRA_CLIENT_ID',
  'ENTRA_CLIENT_SECRET',
  'ENTRA_CLIENT_CERTIFICATE_THUMBPRINT',
  'ENTRA_CLIENT_CERTIFICATE_KEY_FILE',
] as const;

/** Reads and validates every setting once; the README's configuration table lists them. */
export function loadConfig(env: Env = process.env, workspaceRoot = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development');
  const isProduction = nodeEnv === 'production';
  const port = read.integer('PORT', 3000, 1, 65535);
  const host = read.string('HOST', '0.0.0.0');
  const publicUrl = read.url('PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']).replace(/\/$/, '');
  const databaseUrl = read.optionalUrl('DATABASE_URL', ['postgres:', 'postgresql:']);

  const entraGiven = ENTRA_VARIABLES.filter((name) => nonEmpty(env[name]));
  const defaultMode: AuthMode = entraGiven.length > 0 ? 'entra' : 'dev';
  const mode = read.oneOf('AUTH_MODE', ['entra', 'dev'], defaultMode);
  if (mode === 'dev' && isProduction) {
    problems.push(
      'AUTH_MODE=dev is not allowed with NODE_ENV=production: dev sign-in lets anyone act as anyone. Configure Entra ID (ENTRA_TENANT_ID, ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET).',
    );
  }
  let entra: EntraConfig | undefined;
  if (mode === 'entra' || entraGiven.length > 0) {
    entra = readEntra(read, problems, publicUrl, workspaceRoot);
  }
  if (isProduction && !publicUrl.startsWith('https://')) {
    problems.push(`PUBLIC_URL must be an https:// URL in production (got "${publicUrl}"): the session cookie is Secure.`);
  }

  const config: AppConfig = {
    nodeEnv,
    isProduction,
    host,
    port,
    publicUrl,
    logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    database: {
      url: databaseUrl,
      poolSize: read.integer('DATABASE_POOL_SIZE', 10, 1, 200),
      connectTimeoutMs: read.integer('DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 120000),
      statementTimeoutMs: read.integer('DATABASE_STATEMENT_TIMEOUT_MS', 15000, 100, 600000),
      embeddedDir: path.resolve(workspaceRoot, read.string('EMBEDDED_POSTGRES_DIR', '.data/postgres')),
      embeddedPort: read.integer('EMBEDDED_POSTGRES_PORT', 54329, 1, 65535),
    },
    seedDemo: read.boolean('SEED_DEMO', !isProduction),
    redisUrl: read.optionalUrl('REDIS_URL', ['redis:', 'rediss:']),
    pubsubPrefix: read.pattern('PUBSUB_PREFIX', 'kakehashi:', /^[A-Za-z0-9:_.-]{1,64}$/, 'letters, digits and : _ . - (at most 64)'),
    smtpUrl: read.optionalUrl('SMTP_URL', ['smtp:', 'smtps:']),
    mail: {
      from: read.mailbox('MAIL_FROM', 'Kakehashi <no-reply@kakehashi.example>'),
      outboxDir: path.resolve(workspaceRoot, read.string('OUTBOX_DIR', '.data/outbox')),
    },
    uploadsDir: path.resolve(workspaceRoot, read.string('UPLOADS_DIR', '.data/uploads')),
    jobs: {
      retryDelaySeconds: read.integer('JOB_RETRY_DELAY_SECONDS', 30, 1, 3600),
      pollingIntervalMs: read.integer('JOB_POLLING_INTERVAL_MS', 2000, 500, 60000),
    },
    auth: {
      mode,
      entra,
      sessionIdleMinutes: read.integer('SESSION_IDLE_MINUTES', 12 * 60, 5, 7 * 24 * 60),
      sessionAbsoluteHours: read.integer('SESSION_ABSOLUTE_HOURS', 7 * 24, 1, 90 * 24),
    },
    webDistDir: path.resolve(workspaceRoot, read.string('WEB_DIST_DIR', 'dist/web')),
    fiscalYearStartMonth: read.integer('FISCAL_YEAR_START_MONTH', FISCAL_YEAR_START_MONTH_DEFAULT, 1, 12),
    voiceTriageTargetDays: read.integer('VOICE_TRIAGE_TARGET_DAYS', VOICE_TRIAGE_TARGET_DAYS_DEFAULT, 1, 60),
    scimToken: readScimToken(read, problems),
    graphql: {
      trustedDocuments: read.oneOf('TRUSTED_DOCUMENTS', ['enforce', 'off'], isProduction ? 'enforce' : 'off'),
      trustedDocumentsFile: path.resolve(workspaceRoot, read.string('TRUSTED_DOCUMENTS_FILE', defaultTrustedDocumentsFile(workspaceRoot))),
      exposeStatementCount: read.boolean('EXPOSE_SQL_STATEMENTS', !isProduction),
      responseCacheBytes: read.integer('RESPONSE_CACHE_MB', 64, 0, 4096) * 1024 * 1024,
    },
  };
  if (config.graphql.trustedDocuments === 'enforce' && !existsSync(config.graphql.trustedDocumentsFile)) {
    problems.push(
      `TRUSTED_DOCUMENTS=enforce needs the web client's manifest, but TRUSTED_DOCUMENTS_FILE (${config.graphql.trustedDocumentsFile}) does not exist: run npm run build.`,
    );
  }
  if (config.auth.sessionIdleMinutes > config.auth.sessionAbsoluteHours * 60) {
    problems.push('SESSION_IDLE_MINUTES must not exceed SESSION_ABSOLUTE_HOURS × 60.');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** A guessable token would hand the whole directory to whoever guesses it. */
function readScimToken(read: EnvReader, problems: string[]): string | undefined {
  const token = read.string('SCIM_TOKEN', '');
  if (!token) return undefined;
  if (token.length < 32 || /\s/.test(token)) {
    problems.push('SCIM_TOKEN must be at least 32 characters with no spaces (for example: openssl rand -base64 48).');
    return undefined;
  }
  return token;
}

function readEntra(read: EnvReader, problems: string[], publicUrl: string, workspaceRoot: string): EntraConfig | undefined {
  const tenantId = read.string('ENTRA_TENANT_ID', '');
  const clientId = read.string('ENTRA_CLIENT_ID', '');
  const clientSecret = read.string('ENTRA_CLIENT_SECRET', '');
  const thumbprint = read.string('ENTRA_CLIENT_CERTIFICATE_THUMBPRINT', '');
  const keyFile = read.string('ENTRA_CLIENT_CERTIFICATE_KEY_FILE', '');
  const missing: string[] = [];
  if (!tenantId) missing.push('ENTRA_TENANT_ID');
  if (!clientId) missing.push('ENTRA_CLIENT_ID');
  if (!clientSecret && !(thumbprint && keyFile)) {
    missing.push('ENTRA_CLIENT_SECRET (or ENTRA_CLIENT_CERTIFICATE_THUMBPRINT with ENTRA_CLIENT_CERTIFICATE_KEY_FILE)');
  }
  if ((thumbprint && !keyFile) || (!thumbprint && keyFile)) {
    problems.push('ENTRA_CLIENT_CERTIFICATE_THUMBPRINT and ENTRA_CLIENT_CERTIFICATE_KEY_FILE go together: set both or neither.');
  }
  // The sign-in client takes exactly one credential; both would only fail at the first sign-in.
  if (clientSecret && (thumbprint || keyFile)) {
    problems.push('Set ENTRA_CLIENT_SECRET or ENTRA_CLIENT_CERTIFICATE_THUMBPRINT with ENTRA_CLIENT_CERTIFICATE_KEY_FILE, not both.');
  }
  if (missing.length > 0) {
    problems.push(
      `Entra ID sign-in is half configured: missing ${missing.join(', ')}. Set them all, or none and AUTH_MODE=dev for development.`,
    );
    return undefined;
  }
  const authority = read.optionalUrl('ENTRA_AUTHORITY', ['https:']);
  const caFile = read.string('ENTRA_CA_FILE', '');
  return {
    tenantId,
    clientId,
    clientSecret: clientSecret || undefined,
    clientCertificate:
      thumbprint && keyFile
        ? {
            thumbprintSha256: thumbprint,
            privateKeyPem: readFileVariable('ENTRA_CLIENT_CERTIFICATE_KEY_FILE', keyFile, problems, workspaceRoot),
          }
        : undefined,
    redirectUri: read.url('ENTRA_REDIRECT_URI', `${publicUrl}/auth/callback`, ['http:', 'https:']),
    postLogoutRedirectUri: read.url('ENTRA_POST_LOGOUT_REDIRECT_URI', `${publicUrl}/sign-in`, ['http:', 'https:']),
    authority,
    extraCaPem: caFile ? readFileVariable('ENTRA_CA_FILE', caFile, problems, workspaceRoot) : undefined,
  };
}

/** The build copies codegen's manifest next to the api; from source it is read where codegen writes it. */
function defaultTrustedDocumentsFile(workspaceRoot: string): string {
  const built = path.join(workspaceRoot, 'dist/api/trusted-documents.json');
  return existsSync(built) ? built : path.join(workspaceRoot, 'libs/client/platform/src/gql/persisted-documents.json');
}

function readFileVariable(name: string, file: string, problems: string[], workspaceRoot: string): string {
  try {
    return readFileSync(path.resolve(workspaceRoot, file), 'utf8');
  } catch {
    problems.push(`${name} names a file that cannot be read: ${file}`);
    return '';
  }
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(name: string, fallback: string): string {
    const value = this.env[name];
    return nonEmpty(value) ? value.trim() : fallback;
  }

  pattern(name: string, fallback: string, shape: RegExp, expected: string): string {
    const value = this.string(name, fallback);
    if (shape.test(value)) return value;
    this.problems.push(`${name} must be ${expected} (got "${value}").`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.env[name];
    if (!nonEmpty(value)) return fallback;
    if ((allowed as readonly string[]).includes(value.trim())) return value.trim() as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}").`);
    return fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.env[name];
    if (!nonEmpty(value)) return fallback;
    const parsed = Number(value.trim());
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}").`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.env[name];
    if (!nonEmpty(value)) return fallback;
    const normalized = value.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(normalized)) return true;
    if (['0', 'false', 'no', 'off'].includes(normalized)) return false;
    this.problems.push(`${name} must be true or false (got "${value}").`);
    return fallback;
  }

  /** A From address: `addr@example.com` or `Display Name <addr@example.com>`, on one line. */
  mailbox(name: string, fallback: string): string {
    const value = this.string(name, fallback);
    if (MAILBOX.test(value)) return value;
    this.problems.push(`${name} must be an address like "Kakehashi <no-reply@example.com>" or "no-reply@example.com" (got "${value}").`);
    return fallback;
  }

  url(name: string, fallback: string, protocols: string[]): string {
    return this.optionalUrl(name, protocols) ?? fallback;
  }

  optionalUrl(name: string, protocols: string[]): string | undefined {
    const value = this.env[name];
    if (!nonEmpty(value)) return undefined;
    try {
      const parsed = new URL(value.trim());
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must be a ${protocols.map((p) => p.replace(':', '://')).join(' or ')} URL (got "${redact(value)}").`);
        return undefined;
      }
      return value.trim();
    } catch {
      this.problems.push(`${name} is not a valid URL (got "${redact(value)}").`);
      return undefined;
    }
  }
}

/** Never print a password that came in a URL. */
export function redact(url: string): string {
  // Up to the last @ before the path, as URL parsers read it: an unencoded @ in the password stays hidden too.
  return url.replace(/(\/\/[^:/@]*:)[^/?#]*@/, '$1***@');
}
