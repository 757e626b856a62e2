// The CSV import of departments and people through /graphql on real Postgres: admins only, a
// dry run that lists exactly what an apply writes and writes nothing, row errors with the
// lines Excel shows (and nothing written while there is one), Japanese headers, idempotent
// re-imports, and bounded statements for a file of 5,000 people.
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type GraphQLResponse, type TestApp } from '@kakehashi/server-platform/testing';
import { DIRECTORY_IMPORT_MAX_ROWS, Role } from '@kakehashi/shared-contracts';
import { type Actor, actor, createDepartment, createPerson, errorCode, ok } from '../test-kit';

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportDirectoryInput!) {
    importDirectory(input: $input) {
      applied
      dryRun
      summary {
        departmentsCreated
        departmentsUpdated
        departmentsUnchanged
        peopleCreated
        peopleUpdated
        peopleDeactivated
        peopleUnchanged
      }
      changeCount
      changes {
        kind
        action
        key
        line
        fields {
          field
          before
          after
        }
      }
      errorCount
      errors {
        file
        line
        column
        code
        message
        value
        limit
        firstLine
      }
    }
  }
`;

interface ImportResult {
  applied: boolean;
  dryRun: boolean;
  summary: Record<string, number>;
  changeCount: number;
  changes: {
    kind: string;
    action: string;
    key: string;
    line: number;
    fields: { field: string; before: string | null; after: string | null }[];
  }[];
  errorCount: number;
  errors: {
    file: string;
    line: number | null;
    column: string | null;
    code: string;
    message: string;
    value: string | null;
    limit: number | null;
    firstLine: number | null;
  }[];
}

let api: TestApp;
let admin: Actor;
let employee: Actor;
let editor: Actor;
let rootId: string;
let rootCode: string;

beforeAll(async () => {
  api = await startTestApp({ imports: [DirectoryModule], entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES] });
  rootId = await createDepartment(api, '本社');
  rootCode = await codeOf(rootId);
  admin = await actor(api, await createPerson(api, { departmentId: rootId, roles: [Role.HUB_ADMIN] }));
  employee = await actor(api, await createPerson(api, { departmentId: rootId }));
  editor = await actor(api, await createPerson(api, { departmentId: rootId, roles: [Role.HUB_EDITOR] }));
});

afterAll(async () => {
  await api?.close();
});

function runImport(
  who: Actor,
  input: { departmentsCsv?: string | null; peopleCsv?: string | null; dryRun: boolean },
): Promise<GraphQLResponse<{ importDirectory: ImportResult }>> {
  return who.gql<{ importDirectory: ImportResult }>(IMPORT, { input });
}

async function importOk(input: { departmentsCsv?: string | null; peopleCsv?: string | null; dryRun: boolean }): Promise<ImportResult> {
  return ok(await runImport(admin, input)).importDirectory;
}

/** Everything the import may change, to compare before and after. */
async function snapshot(): Promise<unknown[]> {
  const departments = await api.dataSource.query(
    'SELECT id, code, name_ja, name_en, parent_id, sort_order, version FROM departments ORDER BY code',
  );
  const people = await api.dataSource.query(
    `SELECT id, email, display_name, display_name_en, display_name_kana, title, title_en, department_id, manager_id,
            preferred_locale, roles, active, version FROM people ORDER BY email`,
  );
  return [departments, people];
}

interface PersonRow {
  email: string;
  display_name: string;
  display_name_en: string;
  display_name_kana: string | null;
  title: string | null;
  title_en: string | null;
  department_code: string | null;
  manager_email: string | null;
  preferred_locale: string;
  roles: string[];
  active: boolean;
}

async function personByEmail(email: string): Promise<PersonRow | undefined> {
  const [row] = await api.dataSource.query<PersonRow[]>(
    `SELECT p.email, p.display_name, p.display_name_en, p.display_name_kana, p.title, p.title_en, d.code AS department_code,
            m.email AS manager_email, p.preferred_locale, p.roles, p.active
     FROM people p LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN people m ON m.id = p.manager_id
     WHERE p.email = $1`,
    [email],
  );
  return row;
}

async function departmentByCode(
  code: string,
): Promise<{ name_ja: string; name_en: string; parent_code: string | null; sort_order: number } | undefined> {
  const [row] = await api.dataSource.query<{ name_ja: string; name_en: string; parent_code: string | null; sort_order: number }[]>(
    `SELECT d.name_ja, d.name_en, parent.code AS parent_code, d.sort_order
     FROM departments d LEFT JOIN departments parent ON parent.id = d.parent_id WHERE d.code = $1`,
    [code],
  );
  return row;
}

async function codeOf(departmentId: string): Promise<string> {
  return (await api.dataSource.query<{ code: string }[]>('SELECT code FROM departments WHERE id = $1', [departmentId]))[0]!.code;
}

async function emailOf(personId: string): Promise<string> {
  return (await api.dataSource.query<{ email: string }[]>('SELECT email FROM people WHERE id = $1', [personId]))[0]!.email;
}

describe('who may import', () => {
  it('refuses everyone but admins with FORBIDDEN', async () => {
    const input = { peopleCsv: 'email,display_name,display_name_en\nx@example.com,X,X\n', dryRun: true };
    for (const who of [employee, editor]) {
      const response = await runImport(who, input);
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    }
    const anonymous = await api.graphql(IMPORT, { input });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('needs at least one file', async () => {
    expect(errorCode(await runImport(admin, { dryRun: true }))).toBe('BAD_USER_INPUT');
  });
});

describe('dry run and apply', () => {
  const DEPARTMENTS = (parent: string) =>
    'code,name_ja,name_en,parent_code,sort_order\r\n' +
    `IMP-SLS,営業本部,Sales Division,${parent},10\r\n` +
    'IMP-SLS-E,東日本営業部,"Sales East, Tokyo",IMP-SLS,11\r\n';
  let existingEmail: string;
  let untouchedEmail: string;
  const PEOPLE = (existing: string) =>
    'email,display_name,display_name_en,display_name_kana,title,title_en,department_code,manager_email,preferred_locale,active\r\n' +
    // The manager comes later in the file.
    'imp.member@example.com,鈴木 花子,Hanako Suzuki,すずき はなこ,,,IMP-SLS-E,IMP.Head@Example.com,ja,\r\n' +
    'imp.head@example.com,田中 一郎,Ichiro Tanaka,たなか いちろう,本部長,Division Head,IMP-SLS,,en,はい\r\n' +
    `${existing.toUpperCase()},既存 社員,Existing Employee,,"課長",Manager,IMP-SLS,imp.head@example.com,ja,true\r\n`;

  beforeAll(async () => {
    existingEmail = await emailOf(await createPerson(api, { departmentId: rootId, roles: [Role.PRODUCT_TRIAGE], name: '既存 社員' }));
    untouchedEmail = await emailOf(await createPerson(api, { departmentId: rootId, name: '無関係 社員' }));
  });

  it('lists creates and updates with before → after, and writes nothing', async () => {
    // Read the department list first: the apply below must not leave it stale in the cache.
    ok(await admin.gql('{ departments { code } }'));
    const before = await snapshot();
    const dryRun = await importOk({ departmentsCsv: DEPARTMENTS(rootCode), peopleCsv: PEOPLE(existingEmail), dryRun: true });
    expect(dryRun).toMatchObject({ applied: false, dryRun: true, errorCount: 0, errors: [], changeCount: 5 });
    expect(dryRun.summary).toEqual({
      departmentsCreated: 2,
      departmentsUpdated: 0,
      departmentsUnchanged: 0,
      peopleCreated: 2,
      peopleUpdated: 1,
      peopleDeactivated: 0,
      peopleUnchanged: 0,
    });
    expect(dryRun.changes.map((change) => [change.kind, change.action, change.key, change.line])).toEqual([
      ['DEPARTMENT', 'CREATE', 'IMP-SLS', 2],
      ['DEPARTMENT', 'CREATE', 'IMP-SLS-E', 3],
      ['PERSON', 'CREATE', 'imp.member@example.com', 2],
      ['PERSON', 'CREATE', 'imp.head@example.com', 3],
      ['PERSON', 'UPDATE', existingEmail, 4],
    ]);
    expect(dryRun.changes[1]!.fields).toContainEqual({ field: 'name_en', before: null, after: 'Sales East, Tokyo' });
    expect(dryRun.changes[4]!.fields).toEqual([
      { field: 'display_name_en', before: expect.stringMatching(/^Employee /), after: 'Existing Employee' },
      { field: 'title', before: null, after: '課長' },
      { field: 'title_en', before: null, after: 'Manager' },
      { field: 'department_code', before: rootCode, after: 'IMP-SLS' },
      { field: 'manager_email', before: null, after: 'imp.head@example.com' },
    ]);
    expect(await snapshot()).toEqual(before);

    // Apply: exactly the changes the dry run listed.
    const applied = await importOk({ departmentsCsv: DEPARTMENTS(rootCode), peopleCsv: PEOPLE(existingEmail), dryRun: false });
    expect(applied).toMatchObject({ applied: true, dryRun: false, errorCount: 0 });
    expect(applied.changes).toEqual(dryRun.changes);
    expect(applied.summary).toEqual(dryRun.summary);

    expect(await departmentByCode('IMP-SLS')).toEqual({
      name_ja: '営業本部',
      name_en: 'Sales Division',
      parent_code: rootCode,
      sort_order: 10,
    });
    expect(await departmentByCode('IMP-SLS-E')).toEqual({
      name_ja: '東日本営業部',
      name_en: 'Sales East, Tokyo',
      parent_code: 'IMP-SLS',
      sort_order: 11,
    });
    expect(await personByEmail('imp.member@example.com')).toMatchObject({
      display_name: '鈴木 花子',
      display_name_kana: 'すずき はなこ',
      title: null,
      department_code: 'IMP-SLS-E',
      manager_email: 'imp.head@example.com',
      preferred_locale: 'ja',
      roles: [],
      active: true,
    });
    expect(await personByEmail('imp.head@example.com')).toMatchObject({ title: '本部長', preferred_locale: 'en', manager_email: null });
    // Roles are never the import's to change; people not in the file are left alone.
    expect(await personByEmail(existingEmail)).toMatchObject({
      display_name_en: 'Existing Employee',
      department_code: 'IMP-SLS',
      manager_email: 'imp.head@example.com',
      roles: [Role.PRODUCT_TRIAGE],
    });
    expect(await personByEmail(untouchedEmail)).toMatchObject({ department_code: rootCode, active: true });

    // The department cache was invalidated: the new departments show at once.
    const tree = ok(
      await admin.gql<{ departments: { code: string; children: { code: string }[] }[] }>('{ departments { code children { code } } }'),
    );
    expect(tree.departments.find((department) => department.code === rootCode)?.children.map((child) => child.code)).toContain('IMP-SLS');

    // The same files again: nothing left to change.
    const again = await importOk({ departmentsCsv: DEPARTMENTS(rootCode), peopleCsv: PEOPLE(existingEmail), dryRun: true });
    expect(again).toMatchObject({ changeCount: 0, changes: [], errorCount: 0 });
    expect(again.summary).toEqual({
      departmentsCreated: 0,
      departmentsUpdated: 0,
      departmentsUnchanged: 2,
      peopleCreated: 0,
      peopleUpdated: 0,
      peopleDeactivated: 0,
      peopleUnchanged: 3,
    });
    const beforeReapply = await snapshot();
    const reapplied = await importOk({ departmentsCsv: DEPARTMENTS(rootCode), peopleCsv: PEOPLE(existingEmail), dryRun: false });
    expect(reapplied).toMatchObject({ applied: true, changeCount: 0 });
    expect(await snapshot()).toEqual(beforeReapply);
  });

  it('deactivates only the people whose row says so, and clears optional fields left empty', async () => {
    const result = await importOk({
      peopleCsv:
        'email,display_name,display_name_en,display_name_kana,title,active\nimp.member@example.com,鈴木 花子,Hanako Suzuki,,主任,いいえ\n',
      dryRun: false,
    });
    expect(result.summary).toMatchObject({ peopleDeactivated: 1, peopleUpdated: 0 });
    expect(result.changes).toEqual([
      {
        kind: 'PERSON',
        action: 'DEACTIVATE',
        key: 'imp.member@example.com',
        line: 2,
        fields: [
          { field: 'display_name_kana', before: 'すずき はなこ', after: null },
          { field: 'title', before: null, after: '主任' },
          { field: 'active', before: 'true', after: 'false' },
        ],
      },
    ]);
    // Columns left out of the file keep their stored values.
    expect(await personByEmail('imp.member@example.com')).toMatchObject({
      active: false,
      display_name_kana: null,
      department_code: 'IMP-SLS-E',
      manager_email: 'imp.head@example.com',
    });
  });
});

describe('errors', () => {
  it('reports every row error with its line and column, and writes nothing while there is one', async () => {
    const managerEmail = await emailOf(await createPerson(api, { departmentId: rootId }));
    const before = await snapshot();
    const peopleCsv =
      'email,display_name,display_name_en,department_code,manager_email\n' +
      'err.ok@example.com,正常,Fine,,\n' + // 2: fine on its own
      'not-an-email,A,A,,\n' + // 3
      'err.dept@example.com,B,B,NO-SUCH-DEPT,\n' + // 4
      'err.mgr@example.com,C,C,,nobody@example.com\n' + // 5
      'ERR.OK@example.com,D,D,,\n' + // 6: duplicate of line 2
      'err.loop1@example.com,E,E,,err.loop2@example.com\n' + // 7
      'err.loop2@example.com,F,F,,err.loop1@example.com\n' + // 8
      `err.stored@example.com,G,G,,${managerEmail}\n` + // 9: fine
      `${managerEmail},H,H,,err.stored@example.com\n`; // 10: cycle with the row above
    const departmentsCsv =
      'code,name_ja,name_en,parent_code\n' + //
      'ERR-A,A,A,ERR-B\n' + // 2
      'ERR-B,B,B,ERR-A\n'; // 3
    for (const dryRun of [true, false]) {
      const result = await importOk({ departmentsCsv, peopleCsv, dryRun });
      expect(result).toMatchObject({ applied: false, changeCount: 0, changes: [] });
      expect(result.errors.map((error) => [error.file, error.line, error.column, error.code])).toEqual([
        ['DEPARTMENTS', 2, 'parent_code', 'PARENT_CYCLE'],
        ['DEPARTMENTS', 3, 'parent_code', 'PARENT_CYCLE'],
        ['PEOPLE', 3, 'email', 'INVALID_EMAIL'],
        ['PEOPLE', 4, 'department_code', 'UNKNOWN_DEPARTMENT'],
        ['PEOPLE', 5, 'manager_email', 'UNKNOWN_MANAGER'],
        ['PEOPLE', 6, 'email', 'DUPLICATE_KEY'],
        ['PEOPLE', 7, 'manager_email', 'MANAGER_CYCLE'],
        ['PEOPLE', 8, 'manager_email', 'MANAGER_CYCLE'],
        ['PEOPLE', 9, 'manager_email', 'MANAGER_CYCLE'],
        ['PEOPLE', 10, 'manager_email', 'MANAGER_CYCLE'],
      ]);
      expect(result.errorCount).toBe(10);
      const messages = result.errors.map((error) => error.message);
      expect(messages).toContain('email "not-an-email" is not a valid email address.');
      expect(messages).toContain('department_code "NO-SUCH-DEPT" is not a department in the hub or in the departments file.');
      expect(messages).toContain('manager_email "nobody@example.com" is not a person in the hub or in the people file.');
      expect(result.errors.find((error) => error.code === 'DUPLICATE_KEY')).toMatchObject({ firstLine: 2, value: 'err.ok@example.com' });
      expect(result.errors[0]!.value).toBe('ERR-A → ERR-B → ERR-A');
      expect(await snapshot()).toEqual(before);
    }
  });

  it('reports a parent that would make a stored department its own ancestor', async () => {
    const top = await createDepartment(api, '管理本部');
    const middle = await createDepartment(api, '総務部', top);
    const bottom = await createDepartment(api, '総務課', middle);
    const [topCode, middleCode, bottomCode] = await Promise.all([top, middle, bottom].map(codeOf));
    const result = await importOk({
      departmentsCsv: `code,name_ja,name_en,parent_code\n${topCode},管理本部,Admin,${bottomCode}\n`,
      dryRun: true,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'parent_code',
        code: 'PARENT_CYCLE',
        value: `${topCode} → ${bottomCode} → ${middleCode} → ${topCode}`,
      }),
    ]);
  });

  it('names unknown columns and refuses too many rows', async () => {
    const unknown = await importOk({ peopleCsv: 'email,display_name,display_name_en,nickname\nx@example.com,X,X,x\n', dryRun: true });
    expect(unknown.errors).toEqual([
      expect.objectContaining({ file: 'PEOPLE', line: 1, column: 'nickname', code: 'UNKNOWN_COLUMN', value: 'nickname' }),
    ]);
    expect(unknown.errors[0]!.message).toMatch(/^Unknown column "nickname"\. The people file's columns are: email, display_name/);

    const rows = Array.from({ length: DIRECTORY_IMPORT_MAX_ROWS + 1 }, (_, index) => `D${index},部${index},D${index}`).join('\n');
    const tooMany = await importOk({ departmentsCsv: `code,name_ja,name_en\n${rows}\n`, dryRun: false });
    expect(tooMany).toMatchObject({ applied: false, errorCount: 1 });
    expect(tooMany.errors[0]).toMatchObject({ file: 'DEPARTMENTS', line: null, code: 'TOO_MANY_ROWS', limit: DIRECTORY_IMPORT_MAX_ROWS });
    expect(await departmentByCode('D0')).toBeUndefined();
  });
});

describe('Japanese headers', () => {
  it('reads an Excel export with Japanese headers, a BOM and CRLF', async () => {
    const departmentsCsv = '\uFEFF部門コード,部門名,部門名（英語）,親部門コード,表示順\r\nJP-HR,人事部,Human Resources,,30\r\n';
    const peopleCsv =
      '\uFEFFメールアドレス,氏名,氏名（英語）,氏名（かな）,役職,役職（英語）,部門コード,上長メール,言語,在籍\r\n' +
      'jp.sato@example.com,佐藤 美咲,Misaki Sato,さとう みさき,人事部長,Head of HR,JP-HR,,日本語,はい\r\n' +
      'jp.ito@example.com,伊藤 健,Ken Ito,いとう けん,,,JP-HR,jp.sato@example.com,英語,1\r\n';
    const result = await importOk({ departmentsCsv, peopleCsv, dryRun: false });
    expect(result).toMatchObject({ applied: true, errorCount: 0 });
    expect(result.summary).toMatchObject({ departmentsCreated: 1, peopleCreated: 2 });
    expect(await personByEmail('jp.ito@example.com')).toMatchObject({
      display_name: '伊藤 健',
      department_code: 'JP-HR',
      manager_email: 'jp.sato@example.com',
      preferred_locale: 'en',
      active: true,
    });
  });
});

describe('scale', () => {
  it('plans and applies 5,000 people in a bounded number of statements and a few seconds', async () => {
    const header = 'email,display_name,display_name_en,department_code,manager_email\n';
    // A chain of managers, each one defined after the people who report to them.
    const rows = Array.from({ length: DIRECTORY_IMPORT_MAX_ROWS }, (_, index) => {
      const manager = index + 1 < DIRECTORY_IMPORT_MAX_ROWS ? `s${index + 1}@example.com` : '';
      return `s${index}@example.com,社員${index},Employee ${index},SCALE,${manager}`;
    });
    const peopleCsv = `${header}${rows.join('\n')}\n`;
    const departmentsCsv = 'code,name_ja,name_en\nSCALE,規模検証部,Scale Test\n';

    const dryRun = await runImport(admin, { departmentsCsv, peopleCsv, dryRun: true });
    expect(ok(dryRun).importDirectory).toMatchObject({ errorCount: 0, changeCount: DIRECTORY_IMPORT_MAX_ROWS + 1 });
    expect(ok(dryRun).importDirectory.changes).toHaveLength(500);
    expect(dryRun.operationStatements).toBeLessThanOrEqual(4);

    const started = Date.now();
    const applied = await runImport(admin, { departmentsCsv, peopleCsv, dryRun: false });
    const elapsed = Date.now() - started;
    expect(ok(applied).importDirectory).toMatchObject({ applied: true, summary: expect.objectContaining({ peopleCreated: 5000 }) });
    expect(applied.operationStatements).toBeLessThanOrEqual(8);
    expect(elapsed).toBeLessThan(10_000);
    expect(await personByEmail('s0@example.com')).toMatchObject({ manager_email: 's1@example.com', department_code: 'SCALE' });

    // Updating them all (a new title each) is as bounded.
    const updated = `email,display_name,display_name_en,title\n${Array.from(
      { length: DIRECTORY_IMPORT_MAX_ROWS },
      (_, index) => `s${index}@example.com,社員${index},Employee ${index},担当`,
    ).join('\n')}\n`;
    const update = await runImport(admin, { peopleCsv: updated, dryRun: false });
    expect(ok(update).importDirectory.summary).toMatchObject({ peopleUpdated: 5000 });
    expect(update.operationStatements).toBeLessThanOrEqual(8);
    expect(await personByEmail('s4999@example.com')).toMatchObject({ title: '担当', manager_email: null });
  });
});
