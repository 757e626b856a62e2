import { columnText, errorText, type ImportError, valueText } from './import-messages';

// Shows the key and the options it was given, so that what reaches the translation is visible.
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);

function importError(fields: Partial<Omit<ImportError, '__typename'>>): ImportError {
  return {
    __typename: 'DirectoryImportError',
    file: 'PEOPLE',
    line: 2,
    column: null,
    code: 'REQUIRED',
    message: 'English.',
    value: null,
    limit: null,
    firstLine: null,
    ...fields,
  };
}

describe('import messages', () => {
  it('labels known columns with their name in the file, and leaves unknown headers as written', () => {
    expect(columnText(t, 'people', 'display_name')).toBe('directoryImport.columnLabels.people.display_name (display_name)');
    expect(columnText(t, 'people', 'ニックネーム')).toBe('ニックネーム');
  });

  it('translates an error by its code, with the English message as the fallback and sizes in KB', () => {
    const text = errorText(t, importError({ code: 'FILE_TOO_LARGE', file: 'DEPARTMENTS', line: null, value: '500000', limit: 460800 }));
    expect(text.startsWith('directoryImport.errorCodes.FILE_TOO_LARGE ')).toBe(true);
    expect(JSON.parse(text.slice(text.indexOf(' ') + 1))).toMatchObject({ defaultValue: 'English.', sizeKb: 489, limitKb: 450 });

    const duplicate = errorText(t, importError({ code: 'DUPLICATE_KEY', column: 'email', value: 'a@example.com', firstLine: 3 }));
    expect(JSON.parse(duplicate.slice(duplicate.indexOf(' ') + 1))).toMatchObject({
      value: 'a@example.com',
      firstLine: 3,
      column: 'directoryImport.columnLabels.people.email (email)',
    });
  });

  it('shows empty values, active and the language in words', () => {
    expect(valueText(t, 'title', null)).toBe('directoryImport.values.empty');
    expect(valueText(t, 'active', 'false')).toBe('directoryImport.values.false');
    expect(valueText(t, 'preferred_locale', 'en')).toBe('directoryImport.values.en');
    expect(valueText(t, 'title', '部長')).toBe('部長');
  });
});
