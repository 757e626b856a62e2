import { DIRECTORY_IMPORT_MAX_BYTES, DIRECTORY_IMPORT_MAX_ROWS } from '@kakehashi/shared-contracts';
import { DirectoryImportErrorCode as Code } from './import-errors';
import { normalizeHeader } from './import-formats';
import { readDepartmentRows, readPersonRows } from './import-rows';

const PEOPLE_HEADER =
  'email,display_name,display_name_en,display_name_kana,title,title_en,department_code,manager_email,preferred_locale,active';

const codes = (result: { problems: { code: Code; line: number | null; column: string | null }[] }) =>
  result.problems.map((item) => [item.code, item.line, item.column]);

describe('headers', () => {
  it('normalizes full-width brackets, case and spacing', () => {
    expect(normalizeHeader('氏名（英語）')).toBe('氏名(英語)');
    expect(normalizeHeader(' Display Name EN ')).toBe('display_name_en');
    expect(normalizeHeader('ＥＭＡＩＬ')).toBe('email');
  });

  it('accepts the Japanese headers of an Excel export, in any order', () => {
    const result = readPersonRows(
      '在籍,メールアドレス,氏名,氏名（英語）,氏名（かな）,役職,役職（英語）,部門コード,上長メール,言語\r\n' +
        'はい,Sato@Example.com,佐藤 太郎,Taro Sato,さとう たろう,部長,Director,SLS,boss@example.com,英語\r\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        email: 'sato@example.com',
        displayName: '佐藤 太郎',
        displayNameEn: 'Taro Sato',
        displayNameKana: 'さとう たろう',
        title: '部長',
        titleEn: 'Director',
        departmentCode: 'SLS',
        managerEmail: 'boss@example.com',
        preferredLocale: 'en',
        active: true,
      },
    ]);

    const departments = readDepartmentRows('部門コード,部門名,部門名（英語）,親部門コード,表示順\nSLS-E,東日本営業部,Sales East,SLS,20\n');
    expect(departments.problems).toEqual([]);
    expect(departments.rows).toEqual([
      { line: 2, code: 'SLS-E', nameJa: '東日本営業部', nameEn: 'Sales East', parentCode: 'SLS', sortOrder: 20 },
    ]);
  });

  it('names unknown columns and missing required ones, and reads no rows then', () => {
    const result = readPersonRows('email,display_name,nickname,社員番号\na@example.com,A,x,1\n');
    expect(codes(result)).toEqual([
      [Code.UNKNOWN_COLUMN, 1, 'nickname'],
      [Code.UNKNOWN_COLUMN, 1, '社員番号'],
      [Code.MISSING_COLUMN, 1, 'display_name_en'],
    ]);
    expect(result.problems[0]!.message).toContain('Unknown column "nickname"');
    expect(result.rows).toEqual([]);
  });

  it('refuses a column given twice under two names', () => {
    const result = readPersonRows('email,メールアドレス,display_name,display_name_en\n');
    expect(codes(result)).toEqual([[Code.DUPLICATE_COLUMN, 1, 'email']]);
  });

  it('ignores an empty header cell with no values under it, and reports a value that has no header', () => {
    const result = readDepartmentRows('code,name_ja,name_en,,\nA,営業,Sales,,\nB,開発,Dev,,stray\n');
    expect(codes(result)).toEqual([[Code.VALUE_WITHOUT_HEADER, 3, null]]);
    expect(result.problems[0]!.limit).toBe(5);
    expect(result.rows.map((row) => row.code)).toEqual(['A', 'B']);
  });
});

describe('file limits', () => {
  it('refuses an empty file and a file with an unterminated quote', () => {
    expect(codes(readDepartmentRows(''))).toEqual([[Code.EMPTY_FILE, null, null]]);
    expect(codes(readDepartmentRows('code,name_ja,name_en\n"A,営業,Sales\n'))).toEqual([[Code.UNTERMINATED_QUOTE, 2, null]]);
  });

  it('refuses a file over the byte limit (as UTF-8) and one over the row limit', () => {
    const large = readDepartmentRows(`code,name_ja,name_en\n${'あ'.repeat(DIRECTORY_IMPORT_MAX_BYTES / 3 + 1)}`);
    expect(codes(large)).toEqual([[Code.FILE_TOO_LARGE, null, null]]);
    expect(large.problems[0]!.message).toMatch(/limit is 450 KB/);

    const rows = Array.from({ length: DIRECTORY_IMPORT_MAX_ROWS + 1 }, (_, index) => `D${index},部${index},D${index}`).join('\n');
    const many = readDepartmentRows(`code,name_ja,name_en\n${rows}\n`);
    expect(codes(many)).toEqual([[Code.TOO_MANY_ROWS, null, null]]);
    expect(many.problems[0]!).toMatchObject({ value: String(DIRECTORY_IMPORT_MAX_ROWS + 1), limit: DIRECTORY_IMPORT_MAX_ROWS });
  });

  it('accepts exactly the row limit, blank rows not counted', () => {
    const rows = Array.from({ length: DIRECTORY_IMPORT_MAX_ROWS }, (_, index) => `D${index},部${index},D${index}`).join('\n');
    const result = readDepartmentRows(`code,name_ja,name_en\n\n${rows}\n\n`);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(DIRECTORY_IMPORT_MAX_ROWS);
  });
});

describe('person rows', () => {
  it('reports each bad cell on its row and column', () => {
    const result = readPersonRows(
      `${PEOPLE_HEADER}\n` +
        'not-an-email,A,A,,,,,,,\n' + // 2
        'b@example.com,,B,,,,,,,\n' + // 3
        `c@example.com,${'長'.repeat(101)},C,,,,,,,\n` + // 4
        'd@example.com,D,D,,,,,,fr,\n' + // 5
        'e@example.com,E,E,,,,,,,maybe\n' + // 6
        'f@example.com,F,F,,,,,boss@,,\n' + // 7
        'g@example.com,G,G,,,,BAD CODE,,,\n' + // 8
        'h@example.com,H,H,,"two\nlines",,,,,\n', // 9
    );
    expect(codes(result)).toEqual([
      [Code.INVALID_EMAIL, 2, 'email'],
      [Code.REQUIRED, 3, 'display_name'],
      [Code.TOO_LONG, 4, 'display_name'],
      [Code.INVALID_LOCALE, 5, 'preferred_locale'],
      [Code.INVALID_BOOLEAN, 6, 'active'],
      [Code.INVALID_EMAIL, 7, 'manager_email'],
      [Code.INVALID_CODE, 8, 'department_code'],
      [Code.INVALID_CHARACTERS, 9, 'title'],
    ]);
    expect(result.problems[0]!.message).toBe('email "not-an-email" is not a valid email address.');
    expect(result.problems[2]!).toMatchObject({ limit: 100, message: 'display_name is 101 characters long; the limit is 100.' });
    // A row whose key is bad is left out; the others still define their email.
    expect(result.rows.map((row) => row.email)).toEqual([
      'b@example.com',
      'c@example.com',
      'd@example.com',
      'e@example.com',
      'f@example.com',
      'g@example.com',
      'h@example.com',
    ]);
  });

  it('reads active and locale words, empty ones as the defaults, and empty text as cleared', () => {
    const result = readPersonRows(
      `${PEOPLE_HEADER}\n` +
        'a@example.com,A,A,,,,,,,\n' +
        'b@example.com,B,B,,,,,,EN,FALSE\n' +
        'c@example.com,C,C,,,,,,日本語,いいえ\n' +
        'd@example.com,D,D,,,,,,ja,１\n' +
        'e@example.com,E,E,,,,,,en,0\n' +
        'f@example.com,F,F,,,,,,ja,f\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.preferredLocale, row.active, row.title, row.managerEmail])).toEqual([
      ['ja', true, null, null],
      ['en', false, null, null],
      ['ja', false, null, null],
      ['ja', true, null, null],
      ['en', false, null, null],
      ['ja', false, null, null],
    ]);
  });

  it('leaves fields of absent columns undefined: the stored values stay', () => {
    const result = readPersonRows('email,display_name,display_name_en\na@example.com,A,A\n');
    expect(result.rows[0]).toEqual({
      line: 2,
      email: 'a@example.com',
      displayName: 'A',
      displayNameEn: 'A',
      displayNameKana: undefined,
      title: undefined,
      titleEn: undefined,
      departmentCode: undefined,
      managerEmail: undefined,
      preferredLocale: undefined,
      active: undefined,
    });
  });

  it('reports a duplicate email (whatever its case) on the later row and keeps the first', () => {
    const result = readPersonRows('email,display_name,display_name_en\na@example.com,A,A\nb@example.com,B,B\nA@Example.COM,A2,A2\n');
    expect(codes(result)).toEqual([[Code.DUPLICATE_KEY, 4, 'email']]);
    expect(result.problems[0]!).toMatchObject({ firstLine: 2, value: 'a@example.com' });
    expect(result.rows.map((row) => row.displayName)).toEqual(['A', 'B']);
  });

  it('refuses a person as their own manager', () => {
    const result = readPersonRows('email,display_name,display_name_en,manager_email\na@example.com,A,A,A@example.com\n');
    expect(codes(result)).toEqual([[Code.OWN_MANAGER, 2, 'manager_email']]);
  });
});

describe('department rows', () => {
  it('reads sort order, empty parent as top level, and reports bad numbers, duplicates and own parent', () => {
    const result = readDepartmentRows(
      'code,name_ja,name_en,parent_code,sort_order\n' +
        'HQ,本社,Headquarters,,\n' +
        'SLS,営業本部,Sales,HQ,10\n' +
        'DEV,開発,Development,HQ,-1\n' +
        'SLS,営業,Sales,HQ,11\n' +
        'LOOP,ループ,Loop,LOOP,1\n',
    );
    expect(codes(result)).toEqual([
      [Code.INVALID_NUMBER, 4, 'sort_order'],
      [Code.OWN_PARENT, 6, 'parent_code'],
      [Code.DUPLICATE_KEY, 5, 'code'],
    ]);
    expect(result.rows.slice(0, 2)).toEqual([
      { line: 2, code: 'HQ', nameJa: '本社', nameEn: 'Headquarters', parentCode: null, sortOrder: 0 },
      { line: 3, code: 'SLS', nameJa: '営業本部', nameEn: 'Sales', parentCode: 'HQ', sortOrder: 10 },
    ]);
  });
});
