import { assertUsable, DatabaseCheckError } from './database-checks';

/** pg_database facts as checkDatabase reads them (PostgreSQL 15, libc, C.UTF-8 by default). */
function facts(overrides: { version?: string; encoding?: string; database?: Record<string, unknown> } = {}) {
  return {
    server_version_num: overrides.version ?? '150020',
    encoding: overrides.encoding ?? 'UTF8',
    database: { datname: 'kakehashi', datlocprovider: 'c', datctype: 'C.UTF-8', datcollate: 'C.UTF-8', ...overrides.database },
  };
}

function refusal(input: ReturnType<typeof facts>): string {
  try {
    assertUsable(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseCheckError);
    return (error as Error).message;
  }
  throw new Error('expected the database to be refused');
}

const JAPANESE_SEARCH = /treats Japanese and other non-ASCII letters as non-letters, so fuzzy Japanese matching/;

describe('assertUsable', () => {
  it.each([
    ['PostgreSQL 15 with a C.UTF-8 character type', facts()],
    ['PostgreSQL 18', facts({ version: '180001' })],
    ['a ja_JP.UTF-8 character type', facts({ database: { datctype: 'ja_JP.UTF-8' } })],
    [
      'the builtin provider with C.UTF-8 (PostgreSQL 17+)',
      facts({ version: '170004', database: { datlocprovider: 'b', datctype: 'C', datlocale: 'C.UTF-8' } }),
    ],
    [
      'an ICU database (its ctype is not what classifies letters)',
      facts({ database: { datlocprovider: 'i', datctype: 'C', daticulocale: 'ja-JP' } }),
    ],
  ])('accepts %s', (_what, input) => {
    expect(() => assertUsable(input)).not.toThrow();
  });

  it('refuses PostgreSQL older than 15, saying which it is', () => {
    expect(refusal(facts({ version: '140011' }))).toBe('PostgreSQL 15 or newer is required (this server is 14).');
  });

  it('refuses an encoding other than UTF-8', () => {
    expect(refusal(facts({ encoding: 'SQL_ASCII' }))).toMatch(/must use UTF8 encoding \(it uses SQL_ASCII\)/);
  });

  it.each([
    ['a libc C character type', { datctype: 'C' }, '"C"'],
    ['a libc POSIX character type', { datctype: 'POSIX' }, '"POSIX"'],
    ['the builtin provider with locale C', { datlocprovider: 'b', datctype: 'C', datlocale: 'C' }, '"C"'],
  ])('refuses %s for Japanese search, and says how to create a good one', (_what, database, shown) => {
    const message = refusal(facts({ database }));
    expect(message).toMatch(JAPANESE_SEARCH);
    expect(message).toContain(`character type is ${shown}`);
    expect(message).toContain("LC_CTYPE 'C.UTF-8'");
  });
});
