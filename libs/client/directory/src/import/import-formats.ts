/** The two import files as the page documents them (the api's formats; see directory-import on the server). */
export type ImportFileKind = 'departments' | 'people';

export interface ImportColumn {
  name: string;
  required: boolean;
}

export const DEPARTMENT_COLUMNS: readonly ImportColumn[] = [
  { name: 'code', required: true },
  { name: 'name_ja', required: true },
  { name: 'name_en', required: true },
  { name: 'parent_code', required: false },
  { name: 'sort_order', required: false },
];

export const PERSON_COLUMNS: readonly ImportColumn[] = [
  { name: 'email', required: true },
  { name: 'display_name', required: true },
  { name: 'display_name_en', required: true },
  { name: 'display_name_kana', required: false },
  { name: 'title', required: false },
  { name: 'title_en', required: false },
  { name: 'department_code', required: false },
  { name: 'manager_email', required: false },
  { name: 'preferred_locale', required: false },
  { name: 'active', required: false },
];

export const COLUMNS: Record<ImportFileKind, readonly ImportColumn[]> = { departments: DEPARTMENT_COLUMNS, people: PERSON_COLUMNS };

/** The Japanese header the api accepts for each column (a file format, the same in either UI language). */
export const JAPANESE_HEADERS: Record<ImportFileKind, Readonly<Record<string, string>>> = {
  departments: {
    code: '部門コード',
    name_ja: '部門名',
    name_en: '部門名（英語）',
    parent_code: '親部門コード',
    sort_order: '表示順',
  },
  people: {
    email: 'メールアドレス',
    display_name: '氏名',
    display_name_en: '氏名（英語）',
    display_name_kana: '氏名（かな）',
    title: '役職',
    title_en: '役職（英語）',
    department_code: '部門コード',
    manager_email: '上長メール',
    preferred_locale: '言語',
    active: '在籍',
  },
};

const TEMPLATE_ROWS: Record<ImportFileKind, readonly (readonly string[])[]> = {
  departments: [
    ['HQ', '本社', 'Headquarters', '', '0'],
    ['SLS', '営業本部', 'Sales Division', 'HQ', '10'],
    ['SLS-E', '東日本営業部', 'East Japan Sales', 'SLS', '11'],
  ],
  people: [
    ['sato.misaki@example.com', '佐藤 美咲', 'Misaki Sato', 'さとう みさき', '営業本部長', 'Head of Sales', 'SLS', '', 'ja', 'true'],
    ['tanaka.ken@example.com', '田中 健', 'Ken Tanaka', 'たなか けん', '', '', 'SLS-E', 'sato.misaki@example.com', 'ja', 'true'],
  ],
};

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A template: the header and sample rows, CRLF, with a UTF-8 byte order mark so that Excel opens it as UTF-8. */
export function templateCsv(kind: ImportFileKind): string {
  const rows = [COLUMNS[kind].map((column) => column.name), ...TEMPLATE_ROWS[kind]];
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

export const TEMPLATE_FILE_NAMES: Record<ImportFileKind, string> = {
  departments: 'departments.csv',
  people: 'people.csv',
};

/** Starts the download of a template in the browser. */
export function downloadTemplate(kind: ImportFileKind): void {
  const url = URL.createObjectURL(new Blob([templateCsv(kind)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = TEMPLATE_FILE_NAMES[kind];
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
