import { Client } from 'pg';
import { redact } from '../config/config';

export const MINIMUM_POSTGRES_MAJOR = 15;

/** Start-up refuses a database it cannot use, with the reason and what to do. */
export class DatabaseCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseCheckError';
  }
}

interface DatabaseFacts {
  server_version_num: string;
  encoding: string;
  database: Record<string, unknown>;
}

/**
 * Connects once, fast, and checks what the hub relies on: reachable, PostgreSQL 15+,
 * UTF-8, and a character type that classifies Japanese letters (a `C` ctype makes
 * Japanese search silently find nothing).
 */
export async function checkDatabase(url: string, connectTimeoutMs: number): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseCheckError(
      `Cannot connect to the database at ${redact(url)}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Check DATABASE_URL (host, port, user, password, database name), or unset it to use the embedded PostgreSQL.',
    );
  }
  try {
    const { rows } = await client.query<DatabaseFacts>(
      `SELECT current_setting('server_version_num') AS server_version_num,
              pg_encoding_to_char(d.encoding) AS encoding,
              to_jsonb(d) AS database
         FROM pg_database d WHERE d.datname = current_database()`,
    );
    const facts = rows[0];
    if (!facts) throw new DatabaseCheckError('The database of DATABASE_URL was not found in pg_database.');
    assertUsable(facts);
  } finally {
    await client.end();
  }
}

export function assertUsable(facts: DatabaseFacts): void {
  const major = Math.floor(Number(facts.server_version_num) / 10000);
  if (major < MINIMUM_POSTGRES_MAJOR) {
    throw new DatabaseCheckError(`PostgreSQL ${MINIMUM_POSTGRES_MAJOR} or newer is required (this server is ${major}).`);
  }
  if (facts.encoding !== 'UTF8') {
    throw new DatabaseCheckError(`The database must use UTF8 encoding (it uses ${facts.encoding}). Create it with ENCODING 'UTF8'.`);
  }
  const provider = String(facts.database['datlocprovider'] ?? 'c');
  const ctype = String(facts.database['datctype'] ?? '');
  const builtinLocale = String(facts.database['datlocale'] ?? '');
  const cLike = (value: string) => value === 'C' || value === 'POSIX';
  // libc decides character classes by datctype; the builtin provider by its locale; ICU is fine.
  if ((provider === 'c' && cLike(ctype)) || (provider === 'b' && cLike(builtinLocale))) {
    throw new DatabaseCheckError(
      `The database's character type is "${provider === 'b' ? builtinLocale : ctype}": PostgreSQL then treats Japanese and other non-ASCII letters as non-letters, so fuzzy Japanese matching (pg_trgm) and case-insensitive search of non-English names would silently break. ` +
        "Create the database with a UTF-8 character type, e.g. CREATE DATABASE kakehashi ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0 (or ja_JP.UTF-8).",
    );
  }
}
