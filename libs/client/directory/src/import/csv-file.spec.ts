import { DIRECTORY_IMPORT_MAX_BYTES } from '@kakehashi/shared-contracts';
import { decodeCsvBytes, isOverRequestLimit, isOverSizeLimit, isSurelyOverSizeLimit, utf8Length } from './csv-file';
import { PERSON_COLUMNS, templateCsv } from './import-formats';

// 部門コード,部門名 in Shift_JIS, as Japanese Excel saves a CSV.
const SHIFT_JIS = new Uint8Array([
  0x95, 0x94, 0x96, 0xe5, 0x83, 0x52, 0x81, 0x5b, 0x83, 0x68, 0x2c, 0x95, 0x94, 0x96, 0xe5, 0x96, 0xbc, 0x0d, 0x0a,
]);

describe('decodeCsvBytes', () => {
  it('reads UTF-8, dropping a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFemail,氏名\r\n');
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'email,氏名\r\n', encoding: 'utf-8' });
  });

  it('falls back to Shift_JIS when the bytes are not UTF-8', () => {
    expect(decodeCsvBytes(SHIFT_JIS)).toEqual({ text: '部門コード,部門名\r\n', encoding: 'shift_jis' });
  });

  it('reads an ArrayBuffer as well', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('a,b').buffer as ArrayBuffer).text).toBe('a,b');
  });
});

describe('size limits', () => {
  it('measures text as UTF-8, as the api does', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('部門')).toBe(6);
    expect(isOverSizeLimit('a'.repeat(DIRECTORY_IMPORT_MAX_BYTES))).toBe(false);
    expect(isOverSizeLimit('a'.repeat(DIRECTORY_IMPORT_MAX_BYTES + 1))).toBe(true);
    expect(isSurelyOverSizeLimit(DIRECTORY_IMPORT_MAX_BYTES + 3)).toBe(false);
    expect(isSurelyOverSizeLimit(DIRECTORY_IMPORT_MAX_BYTES + 4)).toBe(true);
  });

  it('tells when two files together would not fit in one request', () => {
    const half = 'a'.repeat(DIRECTORY_IMPORT_MAX_BYTES);
    expect(isOverRequestLimit({ input: { departmentsCsv: half, peopleCsv: half, dryRun: true } })).toBe(false);
    const quoted = '"'.repeat(DIRECTORY_IMPORT_MAX_BYTES);
    expect(isOverRequestLimit({ input: { departmentsCsv: quoted, peopleCsv: quoted, dryRun: true } })).toBe(true);
  });
});

describe('templates', () => {
  it('start with a byte order mark and the header, and use CRLF', () => {
    const people = templateCsv('people');
    expect(people.startsWith(`\uFEFF${PERSON_COLUMNS.map((column) => column.name).join(',')}\r\n`)).toBe(true);
    expect(people.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(templateCsv('departments').split('\r\n')[0]).toBe('\uFEFFcode,name_ja,name_en,parent_code,sort_order');
  });
});
