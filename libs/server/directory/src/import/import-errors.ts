/** What can be wrong with an import file or one of its rows: a stable code the client translates. */
export enum DirectoryImportErrorCode {
  /** The file (as UTF-8 text) is over DIRECTORY_IMPORT_MAX_BYTES; `limit` is the limit, `value` the size in bytes. */
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** More data rows than DIRECTORY_IMPORT_MAX_ROWS; `limit` is the limit, `value` the count. */
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  /** No header row (the file is empty or blank). */
  EMPTY_FILE = 'EMPTY_FILE',
  /** A quoted field is never closed; `line` is where it starts. */
  UNTERMINATED_QUOTE = 'UNTERMINATED_QUOTE',
  UNKNOWN_COLUMN = 'UNKNOWN_COLUMN',
  MISSING_COLUMN = 'MISSING_COLUMN',
  /** Two headers name the same column (`value` is the column they both mean). */
  DUPLICATE_COLUMN = 'DUPLICATE_COLUMN',
  /** A row has a value in a column with no header (beyond the header's columns, or under a blank header); `limit` is that column's number. */
  VALUE_WITHOUT_HEADER = 'VALUE_WITHOUT_HEADER',
  REQUIRED = 'REQUIRED',
  /** `limit` is the maximum length in characters. */
  TOO_LONG = 'TOO_LONG',
  INVALID_CHARACTERS = 'INVALID_CHARACTERS',
  INVALID_CODE = 'INVALID_CODE',
  INVALID_EMAIL = 'INVALID_EMAIL',
  INVALID_LOCALE = 'INVALID_LOCALE',
  INVALID_BOOLEAN = 'INVALID_BOOLEAN',
  /** `limit` is the largest value allowed. */
  INVALID_NUMBER = 'INVALID_NUMBER',
  /** The key (code or email) is on an earlier row too: `firstLine`. */
  DUPLICATE_KEY = 'DUPLICATE_KEY',
  /** parent_code or department_code names a department neither stored nor in the departments file. */
  UNKNOWN_DEPARTMENT = 'UNKNOWN_DEPARTMENT',
  /** manager_email names a person neither stored nor in the people file. */
  UNKNOWN_MANAGER = 'UNKNOWN_MANAGER',
  OWN_PARENT = 'OWN_PARENT',
  /** The department would be its own ancestor; `value` is the chain of codes. */
  PARENT_CYCLE = 'PARENT_CYCLE',
  OWN_MANAGER = 'OWN_MANAGER',
  /** The person would be in their own management chain; `value` is the chain of emails. */
  MANAGER_CYCLE = 'MANAGER_CYCLE',
}

export enum DirectoryImportFile {
  DEPARTMENTS = 'DEPARTMENTS',
  PEOPLE = 'PEOPLE',
}

export interface ImportProblem {
  file: DirectoryImportFile;
  /** Row number as Excel shows it (header = 1); null for the file as a whole. */
  line: number | null;
  /** The column's canonical name (or the header as written, for an unknown column). */
  column: string | null;
  code: DirectoryImportErrorCode;
  /** Plain English, naming the problem. */
  message: string;
  /** The offending value, when there is one. */
  value: string | null;
  limit: number | null;
  firstLine: number | null;
}

export function problem(
  file: DirectoryImportFile,
  line: number | null,
  column: string | null,
  code: DirectoryImportErrorCode,
  message: string,
  extra: { value?: string | null; limit?: number | null; firstLine?: number | null } = {},
): ImportProblem {
  return { file, line, column, code, message, value: extra.value ?? null, limit: extra.limit ?? null, firstLine: extra.firstLine ?? null };
}
