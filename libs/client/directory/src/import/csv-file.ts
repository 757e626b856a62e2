import { DIRECTORY_IMPORT_MAX_BYTES, REQUEST_BODY_MAX_BYTES } from '@kakehashi/shared-contracts';

/** The encodings an import file is read in: UTF-8, else Shift_JIS (what Japanese Excel saves as "CSV"). */
export type CsvEncoding = 'utf-8' | 'shift_jis';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/**
 * A chosen file's bytes as text: strict UTF-8 first (a UTF-8 byte order mark is dropped), and
 * Shift_JIS when the bytes are not valid UTF-8.
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): DecodedCsv {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

/** Bytes of text as the api measures it (UTF-8). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Whether the text is over the per-file limit; the api refuses such a file as well. */
export function isOverSizeLimit(text: string): boolean {
  return utf8Length(text) > DIRECTORY_IMPORT_MAX_BYTES;
}

/**
 * A file this large cannot fit whatever its encoding: UTF-8 text is never shorter than the
 * Shift_JIS bytes it came from, nor than UTF-8 bytes without their 3-byte mark.
 */
export function isSurelyOverSizeLimit(fileSize: number): boolean {
  return fileSize > DIRECTORY_IMPORT_MAX_BYTES + 3;
}

/** Room for the operation's text besides the variables in one request body. */
const REQUEST_OVERHEAD_BYTES = 4 * 1024;

/** Whether both files together would make a request the api refuses (escaping included). */
export function isOverRequestLimit(variables: unknown): boolean {
  return utf8Length(JSON.stringify(variables)) + REQUEST_OVERHEAD_BYTES > REQUEST_BODY_MAX_BYTES;
}

export const MAX_KILOBYTES = DIRECTORY_IMPORT_MAX_BYTES / 1024;
