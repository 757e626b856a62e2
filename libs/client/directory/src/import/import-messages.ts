import type { ImportDirectoryMutation } from '@kakehashi/client-platform';
import { COLUMNS, type ImportFileKind } from './import-formats';

export type ImportResult = ImportDirectoryMutation['importDirectory'];
export type ImportError = ImportResult['errors'][number];
export type ImportChange = ImportResult['changes'][number];

type Translate = (key: string, options?: Record<string, unknown>) => string;

const KIND_OF_FILE: Record<ImportError['file'], ImportFileKind> = { DEPARTMENTS: 'departments', PEOPLE: 'people' };
const KIND_OF_CHANGE: Record<ImportChange['kind'], ImportFileKind> = { DEPARTMENT: 'departments', PERSON: 'people' };

export const fileKindOfError = (error: ImportError): ImportFileKind => KIND_OF_FILE[error.file];
export const fileKindOfChange = (change: ImportChange): ImportFileKind => KIND_OF_CHANGE[change.kind];

/** A column as the reader knows it: its label in the UI language and its name in the file, e.g. 氏名 (display_name). */
export function columnText(t: Translate, kind: ImportFileKind, column: string): string {
  if (!COLUMNS[kind].some((known) => known.name === column)) return column;
  return `${t(`directoryImport.columnLabels.${kind}.${column}`)} (${column})`;
}

/** An error in the UI language by its code; the api's English message when the code is new to this client. */
export function errorText(t: Translate, error: ImportError): string {
  const kind = fileKindOfError(error);
  return t(`directoryImport.errorCodes.${error.code}`, {
    defaultValue: error.message,
    value: error.value ?? '',
    limit: error.limit ?? 0,
    firstLine: error.firstLine ?? 0,
    column: error.column ? columnText(t, kind, error.column) : '',
    sizeKb: Math.ceil(Number(error.value ?? 0) / 1024),
    limitKb: Math.floor((error.limit ?? 0) / 1024),
  });
}

/** A before or after value as the reader would say it: yes/no for active, the language's name. */
export function valueText(t: Translate, field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('directoryImport.values.empty');
  if (field === 'active' && (value === 'true' || value === 'false')) return t(`directoryImport.values.${value}`);
  if (field === 'preferred_locale' && (value === 'ja' || value === 'en')) return t(`directoryImport.values.${value}`);
  return value;
}
