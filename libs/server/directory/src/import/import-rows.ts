// Reading one import file into typed rows: size and row limits, the header (columns by name,
// Japanese aliases, unknown and missing columns) and every cell, each problem on its row.
import { DIRECTORY_IMPORT_MAX_BYTES, DIRECTORY_IMPORT_MAX_ROWS } from '@kakehashi/shared-contracts';
import { parseCsv } from './csv';
import { DirectoryImportErrorCode as Code, DirectoryImportFile, type ImportProblem, problem } from './import-errors';
import {
  DEPARTMENT_COLUMNS,
  type DepartmentColumn,
  departmentColumnOf,
  IMPORT_LIMITS,
  PERSON_COLUMNS,
  type PersonColumn,
  personColumnOf,
  REQUIRED_DEPARTMENT_COLUMNS,
  REQUIRED_PERSON_COLUMNS,
} from './import-formats';

/** A department as its row asks. An optional field is `undefined` when its column is not in the file (the stored value stays). */
export interface DepartmentImportRow {
  line: number;
  code: string;
  nameJa: string;
  nameEn: string;
  /** null: a top-level department. */
  parentCode?: string | null;
  sortOrder?: number;
}

export interface PersonImportRow {
  line: number;
  /** Lower-case. */
  email: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana?: string | null;
  title?: string | null;
  titleEn?: string | null;
  departmentCode?: string | null;
  /** Lower-case. */
  managerEmail?: string | null;
  preferredLocale?: 'ja' | 'en';
  active?: boolean;
}

export interface ReadResult<Row> {
  rows: Row[];
  problems: ImportProblem[];
}

// Control characters (line breaks and tabs included) belong in no name, code or address.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/** Something@domain.tld, no spaces, quotes or brackets: what a directory address looks like. */
const EMAIL_PATTERN = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\.]+$/;
const TRUE_WORDS = new Set(['true', 't', '1', 'はい', 'yes', 'y', '在籍']);
const FALSE_WORDS = new Set(['false', 'f', '0', 'いいえ', 'no', 'n', '退職']);
const LOCALE_WORDS: Record<string, 'ja' | 'en'> = { ja: 'ja', en: 'en', 日本語: 'ja', 英語: 'en', japanese: 'ja', english: 'en' };

/** How a value word is compared: full-width folded, case ignored. */
const word = (value: string) => value.normalize('NFKC').trim().toLowerCase();

interface Table<C extends string> {
  present: ReadonlySet<C>;
  rows: { line: number; values: Map<C, string> }[];
}

/** The file's header and rows, or null (with the problems) when the file as a whole cannot be read. */
function readTable<C extends string>(
  file: DirectoryImportFile,
  text: string,
  columnOf: (header: string) => C | null,
  allColumns: readonly C[],
  required: readonly C[],
  problems: ImportProblem[],
): Table<C> | null {
  const name = file === DirectoryImportFile.DEPARTMENTS ? 'departments' : 'people';
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > DIRECTORY_IMPORT_MAX_BYTES) {
    problems.push(
      problem(
        file,
        null,
        null,
        Code.FILE_TOO_LARGE,
        `The ${name} file is ${Math.ceil(bytes / 1024)} KB as UTF-8 text; the limit is ${DIRECTORY_IMPORT_MAX_BYTES / 1024} KB. Split it into smaller files.`,
        { value: String(bytes), limit: DIRECTORY_IMPORT_MAX_BYTES },
      ),
    );
    return null;
  }
  const parsed = parseCsv(text);
  if (parsed.unterminatedQuoteLine !== null) {
    problems.push(
      problem(
        file,
        parsed.unterminatedQuoteLine,
        null,
        Code.UNTERMINATED_QUOTE,
        `A quoted value starting on line ${parsed.unterminatedQuoteLine} is never closed (a " is missing).`,
      ),
    );
    return null;
  }
  const [header, ...records] = parsed.records;
  if (!header) {
    problems.push(problem(file, null, null, Code.EMPTY_FILE, `The ${name} file is empty: it needs a header row and at least one row.`));
    return null;
  }

  const columnAt = new Map<number, C>();
  const present = new Set<C>();
  header.cells.forEach((cell, index) => {
    const heading = cell.trim();
    if (heading === '') return;
    const column = columnOf(heading);
    if (!column) {
      problems.push(
        problem(
          file,
          header.line,
          heading,
          Code.UNKNOWN_COLUMN,
          `Unknown column "${heading}". The ${name} file's columns are: ${allColumns.join(', ')}.`,
          { value: heading },
        ),
      );
    } else if (present.has(column)) {
      problems.push(
        problem(file, header.line, column, Code.DUPLICATE_COLUMN, `Column ${column} appears twice in the header ("${heading}").`, {
          value: heading,
        }),
      );
    } else {
      present.add(column);
      columnAt.set(index, column);
    }
  });
  for (const column of required) {
    if (!present.has(column)) {
      problems.push(problem(file, header.line, column, Code.MISSING_COLUMN, `The required column ${column} is missing from the header.`));
    }
  }
  if (problems.length > 0) return null;
  if (records.length > DIRECTORY_IMPORT_MAX_ROWS) {
    problems.push(
      problem(
        file,
        null,
        null,
        Code.TOO_MANY_ROWS,
        `The ${name} file has ${records.length} rows; the limit is ${DIRECTORY_IMPORT_MAX_ROWS}. Split it into smaller files.`,
        { value: String(records.length), limit: DIRECTORY_IMPORT_MAX_ROWS },
      ),
    );
    return null;
  }

  const rows = records.map((record) => {
    const values = new Map<C, string>();
    record.cells.forEach((cell, index) => {
      const column = columnAt.get(index);
      if (column) values.set(column, cell.trim());
      else if (cell.trim() !== '') {
        problems.push(
          problem(file, record.line, null, Code.VALUE_WITHOUT_HEADER, `Column ${index + 1} has a value ("${cell.trim()}") but no header.`, {
            value: cell.trim(),
            limit: index + 1,
          }),
        );
      }
    });
    return { line: record.line, values };
  });
  return { present, rows };
}

/** Reads one row's cells, recording each problem; a bad cell reads as `undefined`. */
class RowCells<C extends string> {
  constructor(
    private readonly file: DirectoryImportFile,
    readonly line: number,
    private readonly values: Map<C, string>,
    private readonly present: ReadonlySet<C>,
    private readonly problems: ImportProblem[],
  ) {}

  private fail(column: C, code: Code, message: string, extra: { value?: string; limit?: number } = {}): undefined {
    this.problems.push(problem(this.file, this.line, column, code, message, extra));
    return undefined;
  }

  has(column: C): boolean {
    return this.present.has(column);
  }

  private raw(column: C): string {
    return this.values.get(column) ?? '';
  }

  /** Text, null when the cell is empty; `undefined` when the column is absent or the cell is bad. */
  text(column: C, maxLength: number, options: { required?: boolean } = {}): string | null | undefined {
    if (!this.has(column)) return undefined;
    const value = this.raw(column);
    if (value === '') return options.required ? this.fail(column, Code.REQUIRED, `${column} is required.`) : null;
    if (CONTROL_CHARACTERS.test(value)) {
      return this.fail(column, Code.INVALID_CHARACTERS, `${column} must not contain line breaks, tabs or other control characters.`, {
        value,
      });
    }
    if ([...value].length > maxLength) {
      return this.fail(column, Code.TOO_LONG, `${column} is ${[...value].length} characters long; the limit is ${maxLength}.`, {
        value,
        limit: maxLength,
      });
    }
    return value;
  }

  required(column: C, maxLength: number): string | undefined {
    return this.text(column, maxLength, { required: true }) ?? undefined;
  }

  /** A department code: no spaces inside. */
  code(column: C, options: { required?: boolean } = {}): string | null | undefined {
    const value = this.text(column, IMPORT_LIMITS.codeMaxLength, options);
    if (!value) return value;
    if (/\s/.test(value)) return this.fail(column, Code.INVALID_CODE, `${column} "${value}" must not contain spaces.`, { value });
    return value;
  }

  /** An email address, lower-cased. */
  email(column: C, options: { required?: boolean } = {}): string | null | undefined {
    const value = this.text(column, IMPORT_LIMITS.emailMaxLength, options);
    if (!value) return value;
    const email = value.normalize('NFKC').toLowerCase();
    if (!EMAIL_PATTERN.test(email)) {
      return this.fail(column, Code.INVALID_EMAIL, `${column} "${value}" is not a valid email address.`, { value });
    }
    return email;
  }

  /** true/false/1/0/はい/いいえ (yes/no too); empty is true. */
  flag(column: C): boolean | undefined {
    if (!this.has(column)) return undefined;
    const value = word(this.raw(column));
    if (value === '' || TRUE_WORDS.has(value)) return true;
    if (FALSE_WORDS.has(value)) return false;
    return this.fail(column, Code.INVALID_BOOLEAN, `${column} "${this.raw(column)}" must be true or false (1/0, はい/いいえ).`, {
      value: this.raw(column),
    });
  }

  /** ja or en (日本語/英語 too); empty is ja, the hub's default. */
  locale(column: C): 'ja' | 'en' | undefined {
    if (!this.has(column)) return undefined;
    const value = word(this.raw(column));
    if (value === '') return 'ja';
    const locale = LOCALE_WORDS[value];
    if (locale) return locale;
    return this.fail(column, Code.INVALID_LOCALE, `${column} "${this.raw(column)}" must be ja or en.`, { value: this.raw(column) });
  }

  /** A whole number from 0 to `max`; empty is 0. */
  integer(column: C, max: number): number | undefined {
    if (!this.has(column)) return undefined;
    const value = word(this.raw(column));
    if (value === '') return 0;
    if (!/^\d+$/.test(value) || Number(value) > max) {
      return this.fail(column, Code.INVALID_NUMBER, `${column} "${this.raw(column)}" must be a whole number from 0 to ${max}.`, {
        value: this.raw(column),
        limit: max,
      });
    }
    return Number(value);
  }
}

/** Rows whose key was already on an earlier row are reported and left out. */
function withoutDuplicates<Row extends { line: number }>(
  file: DirectoryImportFile,
  rows: Row[],
  keyOf: (row: Row) => string,
  column: string,
  problems: ImportProblem[],
): Row[] {
  const first = new Map<string, number>();
  return rows.filter((row) => {
    const key = keyOf(row);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row.line);
      return true;
    }
    problems.push(
      problem(file, row.line, column, Code.DUPLICATE_KEY, `${column} "${key}" is already on line ${earlier}; each may appear only once.`, {
        value: key,
        firstLine: earlier,
      }),
    );
    return false;
  });
}

/**
 * The departments file's rows. A row whose code is bad is left out (its problems are reported);
 * other bad cells read as "keep the stored value" but are reported all the same.
 */
export function readDepartmentRows(text: string): ReadResult<DepartmentImportRow> {
  const file = DirectoryImportFile.DEPARTMENTS;
  const problems: ImportProblem[] = [];
  const table = readTable<DepartmentColumn>(file, text, departmentColumnOf, DEPARTMENT_COLUMNS, REQUIRED_DEPARTMENT_COLUMNS, problems);
  if (!table) return { rows: [], problems };
  const rows: DepartmentImportRow[] = [];
  for (const { line, values } of table.rows) {
    const cells = new RowCells<DepartmentColumn>(file, line, values, table.present, problems);
    const code = cells.code('code', { required: true });
    const nameJa = cells.required('name_ja', IMPORT_LIMITS.nameMaxLength);
    const nameEn = cells.required('name_en', IMPORT_LIMITS.nameMaxLength);
    const parentCode = cells.code('parent_code');
    const sortOrder = cells.integer('sort_order', IMPORT_LIMITS.sortOrderMax);
    if (!code) continue;
    const row: DepartmentImportRow = { line, code, nameJa: nameJa ?? '', nameEn: nameEn ?? '', parentCode, sortOrder };
    if (parentCode === code) {
      problems.push(
        problem(file, line, 'parent_code', Code.OWN_PARENT, `parent_code "${code}" is the department itself.`, { value: code }),
      );
      row.parentCode = undefined;
    }
    rows.push(row);
  }
  return { rows: withoutDuplicates(file, rows, (row) => row.code, 'code', problems), problems };
}

/** The people file's rows, as readDepartmentRows reads departments. */
export function readPersonRows(text: string): ReadResult<PersonImportRow> {
  const file = DirectoryImportFile.PEOPLE;
  const problems: ImportProblem[] = [];
  const table = readTable<PersonColumn>(file, text, personColumnOf, PERSON_COLUMNS, REQUIRED_PERSON_COLUMNS, problems);
  if (!table) return { rows: [], problems };
  const rows: PersonImportRow[] = [];
  for (const { line, values } of table.rows) {
    const cells = new RowCells<PersonColumn>(file, line, values, table.present, problems);
    const email = cells.email('email', { required: true });
    const displayName = cells.required('display_name', IMPORT_LIMITS.nameMaxLength);
    const displayNameEn = cells.required('display_name_en', IMPORT_LIMITS.nameMaxLength);
    const row: PersonImportRow = {
      line,
      email: email ?? '',
      displayName: displayName ?? '',
      displayNameEn: displayNameEn ?? '',
      displayNameKana: cells.text('display_name_kana', IMPORT_LIMITS.nameMaxLength),
      title: cells.text('title', IMPORT_LIMITS.titleMaxLength),
      titleEn: cells.text('title_en', IMPORT_LIMITS.titleMaxLength),
      departmentCode: cells.code('department_code'),
      managerEmail: cells.email('manager_email'),
      preferredLocale: cells.locale('preferred_locale'),
      active: cells.flag('active'),
    };
    if (!email) continue;
    if (row.managerEmail && row.managerEmail === email) {
      problems.push(
        problem(file, line, 'manager_email', Code.OWN_MANAGER, `manager_email "${row.managerEmail}" is the person themself.`, {
          value: row.managerEmail,
        }),
      );
      row.managerEmail = undefined;
    }
    rows.push(row);
  }
  return { rows: withoutDuplicates(file, rows, (row) => row.email, 'email', problems), problems };
}
