/**
 * The two CSV formats of the directory import: their columns, which are required, and the
 * Japanese headers an HR export from Excel may carry instead of the English names.
 */

export const DEPARTMENT_COLUMNS = ['code', 'name_ja', 'name_en', 'parent_code', 'sort_order'] as const;
export type DepartmentColumn = (typeof DEPARTMENT_COLUMNS)[number];

export const PERSON_COLUMNS = [
  'email',
  'display_name',
  'display_name_en',
  'display_name_kana',
  'title',
  'title_en',
  'department_code',
  'manager_email',
  'preferred_locale',
  'active',
] as const;
export type PersonColumn = (typeof PERSON_COLUMNS)[number];

/** A row cannot be written without these (the key and the names the hub shows in both languages). */
export const REQUIRED_DEPARTMENT_COLUMNS: readonly DepartmentColumn[] = ['code', 'name_ja', 'name_en'];
export const REQUIRED_PERSON_COLUMNS: readonly PersonColumn[] = ['email', 'display_name', 'display_name_en'];

/** Other headers accepted for each column, compared after `normalizeHeader`. */
const DEPARTMENT_ALIASES: Record<DepartmentColumn, readonly string[]> = {
  code: ['部門コード', '部署コード', 'コード', 'department_code'],
  name_ja: ['部門名', '部署名', '部門名(日本語)', '部署名(日本語)', 'name'],
  name_en: ['部門名(英語)', '部署名(英語)', '英語名'],
  parent_code: ['親部門コード', '上位部門コード', '親部署コード', '上位部署コード'],
  sort_order: ['表示順', '並び順', 'order'],
};

const PERSON_ALIASES: Record<PersonColumn, readonly string[]> = {
  email: ['メールアドレス', 'メール', 'e-mail', 'mail'],
  display_name: ['氏名', '名前', '氏名(日本語)', 'name'],
  display_name_en: ['氏名(英語)', '名前(英語)', '英語名'],
  display_name_kana: ['氏名(かな)', '氏名(カナ)', 'よみがな', 'フリガナ', 'ふりがな', 'カナ', 'かな'],
  title: ['役職', '役職名', '役職(日本語)'],
  title_en: ['役職(英語)', '役職名(英語)'],
  department_code: ['部門コード', '部署コード', '所属部門コード', '所属コード'],
  manager_email: ['上長メール', '上長メールアドレス', '上長のメールアドレス', '上司メール', '上司メールアドレス'],
  preferred_locale: ['言語', '表示言語', 'locale', 'language'],
  active: ['在籍', '有効', '在籍フラグ'],
};

/**
 * A header as compared: full-width letters and brackets folded (NFKC), case and spacing ignored,
 * spaces and hyphens between words the same as underscores (`Display Name EN` = `display_name_en`).
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_')
    .replace(/_?\(_?/g, '(')
    .replace(/_?\)/g, ')');
}

function aliasTable<C extends string>(columns: readonly C[], aliases: Record<C, readonly string[]>): Map<string, C> {
  const table = new Map<string, C>();
  for (const column of columns) {
    table.set(normalizeHeader(column), column);
    for (const alias of aliases[column]) table.set(normalizeHeader(alias), column);
  }
  return table;
}

const DEPARTMENT_HEADERS = aliasTable(DEPARTMENT_COLUMNS, DEPARTMENT_ALIASES);
const PERSON_HEADERS = aliasTable(PERSON_COLUMNS, PERSON_ALIASES);

export function departmentColumnOf(header: string): DepartmentColumn | null {
  return DEPARTMENT_HEADERS.get(normalizeHeader(header)) ?? null;
}

export function personColumnOf(header: string): PersonColumn | null {
  return PERSON_HEADERS.get(normalizeHeader(header)) ?? null;
}

/** Limits of the cells (no platform limit exists for these names). */
export const IMPORT_LIMITS = {
  codeMaxLength: 40,
  nameMaxLength: 100,
  titleMaxLength: 100,
  emailMaxLength: 254,
  sortOrderMax: 999_999,
} as const;
