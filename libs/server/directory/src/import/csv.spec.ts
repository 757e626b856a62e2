import { csvRow, parseCsv } from './csv';

const cells = (text: string) => parseCsv(text).records.map((record) => record.cells);
const lines = (text: string) => parseCsv(text).records.map((record) => record.line);

describe('parseCsv', () => {
  it('reads plain rows with LF or CRLF, with or without a final line break', () => {
    expect(cells('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, leading, trailing and in between', () => {
    expect(cells('a,,c\n,b,\n')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(cells('name,note\n"Sato, Taro","He said ""hi"""\n')).toEqual([
      ['name', 'note'],
      ['Sato, Taro', 'He said "hi"'],
    ]);
    expect(cells('a,b\r\n"line 1\r\nline 2",x\r\n')).toEqual([
      ['a', 'b'],
      ['line 1\r\nline 2', 'x'],
    ]);
    expect(cells('"",""""\n')).toEqual([['', '"']]);
  });

  it('numbers records as Excel numbers rows: a line break inside quotes does not count, blank rows do', () => {
    const text = 'h1,h2\n"multi\nline",x\n\n,\nlast,row\n';
    expect(cells(text)).toEqual([
      ['h1', 'h2'],
      ['multi\nline', 'x'],
      ['last', 'row'],
    ]);
    expect(lines(text)).toEqual([1, 2, 5]);
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(cells('\uFEFFemail,氏名\r\nsato@example.com,佐藤 太郎\r\n')).toEqual([
      ['email', '氏名'],
      ['sato@example.com', '佐藤 太郎'],
    ]);
  });

  it('reads Japanese text, full-width punctuation and quotes around it unchanged', () => {
    expect(cells('部門コード,部門名\nSLS,"営業本部，東日本"\nCS,カスタマーサクセス（CS）\n')).toEqual([
      ['部門コード', '部門名'],
      ['SLS', '営業本部，東日本'],
      ['CS', 'カスタマーサクセス（CS）'],
    ]);
  });

  it('keeps a quote inside an unquoted field and text after a closing quote, as Excel does', () => {
    expect(cells('a"b,"c"d\n')).toEqual([['a"b', 'cd']]);
  });

  it('reports an unterminated quote with the row it starts on', () => {
    const result = parseCsv('a,b\n1,2\n"open,3\n4,5\n');
    expect(result.unterminatedQuoteLine).toBe(3);
    expect(result.records.map((record) => record.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads a lone CR as a line break', () => {
    expect(cells('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('returns nothing for an empty or blank file', () => {
    expect(cells('')).toEqual([]);
    expect(cells('\uFEFF\r\n\r\n')).toEqual([]);
  });

  it('round-trips what csvRow writes', () => {
    const values = ['plain', 'with, comma', 'with "quotes"', 'two\nlines', '日本語'];
    expect(cells(csvRow(values))).toEqual([values]);
  });
});
