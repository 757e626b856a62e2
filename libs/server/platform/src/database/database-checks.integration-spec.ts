// checkDatabase against the run's real PostgreSQL: an unreachable server, a database whose
// character type is C (refused: Japanese search), and a C.UTF-8 one (accepted).
import { randomBytes } from 'node:crypto';
import { adminQuery, databaseUrl, dropDatabase, TEST_SERVER_URL_ENV } from '../testing/test-postgres';
import { checkDatabase, DatabaseCheckError } from './database-checks';

const serverUrl = process.env[TEST_SERVER_URL_ENV] ?? '';
const created: string[] = [];

async function createDatabase(locale: string): Promise<string> {
  const name = `kk_test_check_${randomBytes(5).toString('hex')}`;
  created.push(name);
  await adminQuery(serverUrl, `CREATE DATABASE ${name} ENCODING 'UTF8' LC_CTYPE '${locale}' LC_COLLATE '${locale}' TEMPLATE template0`);
  return databaseUrl(serverUrl, name);
}

async function refusal(promise: Promise<void>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseCheckError);
    return (error as Error).message;
  }
  throw new Error('expected the database to be refused');
}

beforeAll(() => {
  if (!serverUrl) throw new Error(`${TEST_SERVER_URL_ENV} is unset: run through jest.config.cjs, whose global setup prepares Postgres.`);
});

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
});

describe('checkDatabase', () => {
  it('fails fast on a closed port, naming DATABASE_URL and hiding the password', async () => {
    const started = Date.now();
    const message = await refusal(checkDatabase('postgres://hub:s3cret-pw@127.0.0.1:1/kakehashi', 2000));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(message).toContain('Cannot connect to the database at postgres://hub:***@127.0.0.1:1/kakehashi');
    expect(message).toContain('Check DATABASE_URL');
    expect(message).not.toContain('s3cret-pw');
  });

  it('names DATABASE_URL when the database does not exist on a reachable server', async () => {
    const message = await refusal(checkDatabase(databaseUrl(serverUrl, `kk_test_missing_${randomBytes(4).toString('hex')}`), 2000));
    expect(message).toMatch(/does not exist/);
    expect(message).toContain('Check DATABASE_URL');
  });

  it('refuses a database whose character type is C, with the Japanese-search reason', async () => {
    const url = await createDatabase('C');
    const message = await refusal(checkDatabase(url, 2000));
    expect(message).toContain(
      `The database's character type is "C": PostgreSQL then treats Japanese and other non-ASCII letters as non-letters`,
    );
    expect(message).toContain("LC_CTYPE 'C.UTF-8'");
  });

  it('accepts a C.UTF-8 database', async () => {
    const url = await createDatabase('C.UTF-8');
    await expect(checkDatabase(url, 2000)).resolves.toBeUndefined();
  });
});
