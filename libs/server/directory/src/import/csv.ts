/**
 * A small RFC 4180 reader for the directory import: quoted fields with commas, doubled quotes
 * and line breaks; CRLF, LF (or a lone CR) between records; a UTF-8 byte order mark dropped.
 * Lenient where Excel is: a quote inside an unquoted field is kept as it is, and text after a
 * closing quote is appended to the field.
 */

export interface CsvRecord {
  /** The row number Excel shows for this record (the first record is 1; line breaks inside quotes do not count). */
  line: number;
  cells: string[];
}

export interface CsvParseResult {
  /** Records with at least one non-blank cell, in file order. Blank rows are skipped but counted in `line`. */
  records: CsvRecord[];
  /** Set when a quoted field is never closed: the row where it starts. Records before it are still returned. */
  unterminatedQuoteLine: number | null;
}

const BYTE_ORDER_MARK = '\uFEFF';

export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let index = 0;
  // Whether the current record has begun (so that a file ending without a line break keeps its last record).
  let started = false;

  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (cells.some((cell) => cell.trim() !== '')) records.push({ line, cells });
    cells = [];
    line += 1;
    started = false;
  };

  while (index < text.length) {
    const char = text[index]!;
    if (char === '"' && field === '') {
      // A quoted field: read to the closing quote, a doubled quote standing for one.
      const startLine = line;
      index += 1;
      let closed = false;
      while (index < text.length) {
        const inner = text[index]!;
        if (inner === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          closed = true;
          break;
        }
        field += inner;
        index += 1;
      }
      started = true;
      if (!closed) return { records, unterminatedQuoteLine: startLine };
      continue;
    }
    if (char === ',') {
      endField();
      started = true;
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      endRecord();
      continue;
    }
    field += char;
    started = true;
    index += 1;
  }
  if (started || field !== '') endRecord();
  return { records, unterminatedQuoteLine: null };
}

/** Quotes a value for a CSV file when it needs it (templates and tests). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV row from values, CRLF-terminated as Excel writes them. */
export function csvRow(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
