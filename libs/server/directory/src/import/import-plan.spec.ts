import { DirectoryImportErrorCode as Code } from './import-errors';
import { DirectoryImportAction as Action, findCycles, planImport, type StoredDepartment, type StoredPerson } from './import-plan';
import { readDepartmentRows, readPersonRows } from './import-rows';

const HQ: StoredDepartment = { id: 'd-hq', code: 'HQ', nameJa: '本社', nameEn: 'Headquarters', parentId: null, sortOrder: 0 };
const SALES: StoredDepartment = { id: 'd-sls', code: 'SLS', nameJa: '営業本部', nameEn: 'Sales', parentId: 'd-hq', sortOrder: 10 };
const EAST: StoredDepartment = {
  id: 'd-east',
  code: 'SLS-E',
  nameJa: '東日本営業部',
  nameEn: 'Sales East',
  parentId: 'd-sls',
  sortOrder: 11,
};

function person(fields: Partial<StoredPerson> & Pick<StoredPerson, 'id' | 'email'>): StoredPerson {
  return {
    displayName: fields.email,
    displayNameEn: fields.email,
    displayNameKana: null,
    title: null,
    titleEn: null,
    departmentId: null,
    managerId: null,
    preferredLocale: 'ja',
    active: true,
    ...fields,
  };
}

function plan(
  files: { departments?: string; people?: string },
  stored: { departments?: StoredDepartment[]; people?: StoredPerson[] } = {},
) {
  const departments = files.departments ? readDepartmentRows(files.departments) : { rows: [], problems: [] };
  const people = files.people ? readPersonRows(files.people) : { rows: [], problems: [] };
  return planImport(
    { departments: departments.rows, people: people.rows, problems: [...departments.problems, ...people.problems] },
    { departments: stored.departments ?? [HQ, SALES, EAST], people: stored.people ?? [] },
  );
}

const codes = (result: { problems: { code: Code; line: number | null; column: string | null }[] }) =>
  result.problems.map((item) => [item.code, item.line, item.column]);

describe('findCycles', () => {
  it('finds each cycle once and ignores chains that end', () => {
    const next: Record<string, string | null> = { a: 'b', b: 'c', c: 'a', d: 'a', e: 'f', f: null, g: 'g' };
    expect(findCycles(['d', 'a', 'e', 'g'], (node) => next[node] ?? null)).toEqual([['a', 'b', 'c'], ['g']]);
  });
});

describe('planImport: departments', () => {
  it('creates, updates with before → after, and leaves identical rows unchanged', () => {
    const result = plan({
      departments:
        'code,name_ja,name_en,parent_code,sort_order\n' +
        'HQ,本社,Headquarters,,0\n' +
        'SLS,営業本部,Sales Division,HQ,5\n' +
        'MKT,マーケティング部,Marketing,HQ,20\n',
    });
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatchObject({ departmentsCreated: 1, departmentsUpdated: 1, departmentsUnchanged: 1 });
    expect(result.changes).toEqual([
      {
        kind: 'DEPARTMENT',
        action: Action.UPDATE,
        key: 'SLS',
        line: 3,
        fields: [
          { field: 'name_en', before: 'Sales', after: 'Sales Division' },
          { field: 'sort_order', before: '10', after: '5' },
        ],
      },
      {
        kind: 'DEPARTMENT',
        action: Action.CREATE,
        key: 'MKT',
        line: 4,
        fields: [
          { field: 'name_ja', before: null, after: 'マーケティング部' },
          { field: 'name_en', before: null, after: 'Marketing' },
          { field: 'parent_code', before: null, after: 'HQ' },
          { field: 'sort_order', before: null, after: '20' },
        ],
      },
    ]);
    expect(result.departments.map((write) => [write.id, write.code])).toEqual([
      ['d-sls', 'SLS'],
      [null, 'MKT'],
    ]);
  });

  it('keeps stored parents and sort orders when those columns are left out', () => {
    const result = plan({ departments: 'code,name_ja,name_en\nSLS-E,東日本営業部,Sales East\n' });
    expect(result.changes).toEqual([]);
    expect(result.summary.departmentsUnchanged).toBe(1);
  });

  it('accepts a parent defined later in the file', () => {
    const result = plan({ departments: 'code,name_ja,name_en,parent_code\nCHILD,子,Child,NEW\nNEW,新部門,New,HQ\n' });
    expect(result.problems).toEqual([]);
    expect(result.summary.departmentsCreated).toBe(2);
  });

  it('reports an unknown parent and cycles, in the file or with stored rows', () => {
    const result = plan({
      departments:
        'code,name_ja,name_en,parent_code\n' +
        'X,X,X,NOWHERE\n' + // 2: unknown
        'A,A,A,B\n' + // 3: A → B → A
        'B,B,B,A\n' + // 4
        'HQ,本社,Headquarters,SLS-E\n', // 5: HQ → SLS-E → SLS → HQ (stored)
    });
    expect(codes(result)).toEqual([
      [Code.UNKNOWN_DEPARTMENT, 2, 'parent_code'],
      [Code.PARENT_CYCLE, 3, 'parent_code'],
      [Code.PARENT_CYCLE, 4, 'parent_code'],
      [Code.PARENT_CYCLE, 5, 'parent_code'],
    ]);
    expect(result.problems[3]!.value).toBe('HQ → SLS-E → SLS → HQ');
    expect(result.changes).toEqual([]);
    expect(result.departments).toEqual([]);
    expect(result.summary.departmentsCreated).toBe(0);
  });
});

describe('planImport: people', () => {
  const boss = person({ id: 'p-boss', email: 'boss@example.com', departmentId: 'd-sls' });
  const sato = person({
    id: 'p-sato',
    email: 'sato@example.com',
    displayName: '佐藤 太郎',
    displayNameEn: 'Taro Sato',
    title: '課長',
    departmentId: 'd-east',
    managerId: 'p-boss',
  });

  it('lists before → after with codes and emails, and deactivates only when asked', () => {
    const result = plan(
      {
        people:
          'email,display_name,display_name_en,title,department_code,manager_email,active\n' +
          'sato@example.com,佐藤 太郎,Taro Sato,,SLS,,false\n' +
          'new@example.com,新人,New Hire,,SLS-E,sato@example.com,\n' +
          'boss@example.com,boss@example.com,boss@example.com,,SLS,,1\n',
      },
      { people: [sato, boss] },
    );
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatchObject({ peopleCreated: 1, peopleUpdated: 0, peopleDeactivated: 1, peopleUnchanged: 1 });
    expect(result.changes).toEqual([
      {
        kind: 'PERSON',
        action: Action.DEACTIVATE,
        key: 'sato@example.com',
        line: 2,
        fields: [
          { field: 'title', before: '課長', after: null },
          { field: 'department_code', before: 'SLS-E', after: 'SLS' },
          { field: 'manager_email', before: 'boss@example.com', after: null },
          { field: 'active', before: 'true', after: 'false' },
        ],
      },
      {
        kind: 'PERSON',
        action: Action.CREATE,
        key: 'new@example.com',
        line: 3,
        fields: [
          { field: 'display_name', before: null, after: '新人' },
          { field: 'display_name_en', before: null, after: 'New Hire' },
          { field: 'department_code', before: null, after: 'SLS-E' },
          { field: 'manager_email', before: null, after: 'sato@example.com' },
          { field: 'preferred_locale', before: null, after: 'ja' },
          { field: 'active', before: null, after: 'true' },
        ],
      },
    ]);
  });

  it('reports unknown departments and managers, with departments from the departments file known', () => {
    const result = plan({
      departments: 'code,name_ja,name_en\nNEW,新部門,New\n',
      people:
        'email,display_name,display_name_en,department_code,manager_email\n' +
        'a@example.com,A,A,NEW,b@example.com\n' +
        'b@example.com,B,B,GONE,\n' +
        'c@example.com,C,C,,ghost@example.com\n',
    });
    expect(codes(result)).toEqual([
      [Code.UNKNOWN_DEPARTMENT, 3, 'department_code'],
      [Code.UNKNOWN_MANAGER, 4, 'manager_email'],
    ]);
    expect(result.problems[0]!.message).toBe('department_code "GONE" is not a department in the hub or in the departments file.');
  });

  it('reports manager cycles in the file and through stored managers', () => {
    const result = plan(
      {
        people:
          'email,display_name,display_name_en,manager_email\n' +
          'a@example.com,A,A,b@example.com\n' +
          'b@example.com,B,B,a@example.com\n' +
          'boss@example.com,Boss,Boss,sato@example.com\n', // boss → sato → boss (sato's manager is stored)
      },
      { people: [sato, boss] },
    );
    expect(codes(result)).toEqual([
      [Code.MANAGER_CYCLE, 2, 'manager_email'],
      [Code.MANAGER_CYCLE, 3, 'manager_email'],
      [Code.MANAGER_CYCLE, 4, 'manager_email'],
    ]);
    expect(result.problems[2]!.value).toBe('boss@example.com → sato@example.com → boss@example.com');
  });
});
