import { useId, useRef } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_IMPORT_MAX_ROWS } from '@kakehashi/shared-contracts';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { type CsvEncoding, MAX_KILOBYTES } from './csv-file';
import { COLUMNS, downloadTemplate, type ImportFileKind, JAPANESE_HEADERS, TEMPLATE_FILE_NAMES } from './import-formats';

/** A file chosen and read: its text as the api receives it, and how it was decoded. */
export interface PickedFile {
  name: string;
  size: number;
  text: string;
  encoding: CsvEncoding;
}

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  columns: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  input: {
    maxWidth: '100%',
    fontSize: tokens.fontSizeBase300,
    '::file-selector-button': {
      marginInlineEnd: tokens.spacingHorizontalM,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      minHeight: '32px',
      borderRadius: tokens.borderRadiusMedium,
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      fontFamily: 'inherit',
      cursor: 'pointer',
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  chosen: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  scroller: { overflowX: 'auto', minWidth: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      paddingBlock: tokens.spacingVerticalXS,
      paddingInline: tokens.spacingHorizontalS,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'start',
      verticalAlign: 'top',
    },
    '& thead th': { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  },
  caption: { textAlign: 'start', paddingBlock: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  nowrap: { whiteSpace: 'nowrap' },
  description: { minWidth: '20ch' },
});

/** One of the two files: its picker, what was read, the template and the columns it takes. */
export function ImportFileCard({
  kind,
  file,
  error,
  reading,
  disabled,
  onPick,
  onClear,
}: {
  kind: ImportFileKind;
  file: PickedFile | null;
  error: string | null;
  reading: boolean;
  disabled: boolean;
  onPick: (file: File) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const captionId = useId();
  const label = t(`directoryImport.fileKinds.${kind}`);
  const fileName = TEMPLATE_FILE_NAMES[kind];
  const columns = COLUMNS[kind];

  const clear = () => {
    if (input.current) input.current.value = '';
    onClear();
    input.current?.focus();
  };

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {label}
        <span className={styles.code}>{` (${fileName})`}</span>
      </h3>
      <Text as="p" size={200} className={styles.columns}>
        <span className={styles.code}>{columns.map((column) => column.name).join(',')}</span>
      </Text>
      <Field
        label={t(`directoryImport.chooseFile.${kind}`)}
        hint={t('directoryImport.fileHint', { maxKb: MAX_KILOBYTES, maxRows: DIRECTORY_IMPORT_MAX_ROWS })}
        validationState={error ? 'error' : undefined}
        validationMessage={error ?? undefined}
      >
        {(fieldProps) => (
          <input
            {...fieldProps}
            ref={input}
            type="file"
            accept=".csv,text/csv"
            className={styles.input}
            disabled={disabled}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) onPick(chosen);
              else onClear();
            }}
          />
        )}
      </Field>
      {reading ? (
        <Text role="status">{t('directoryImport.reading')}</Text>
      ) : file || error ? (
        <div className={styles.chosen}>
          {file ? (
            <Text>
              {t('directoryImport.fileChosen', {
                name: file.name,
                size: file.size,
                encoding: t(`directoryImport.encodings.${file.encoding}`),
              })}
            </Text>
          ) : null}
          <Button
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            disabled={disabled}
            aria-label={t(`directoryImport.clearFile.${kind}`)}
            title={t(`directoryImport.clearFile.${kind}`)}
            onClick={clear}
          />
        </div>
      ) : null}
      <div className={styles.actions}>
        <Button icon={<ArrowDownloadRegular />} onClick={() => downloadTemplate(kind)}>
          {t('directoryImport.template', { fileName })}
        </Button>
      </div>
      <Accordion collapsible>
        <AccordionItem value="columns">
          <AccordionHeader>{t(`directoryImport.formatCaption.${kind}`)}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className={styles.table}>
                <caption id={captionId} className={styles.caption}>
                  {t(`directoryImport.formatCaption.${kind}`)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('directoryImport.formatColumns.name')}</th>
                    <th scope="col">{t('directoryImport.formatColumns.japaneseHeader')}</th>
                    <th scope="col">{t('directoryImport.formatColumns.required')}</th>
                    <th scope="col">{t('directoryImport.formatColumns.description')}</th>
                  </tr>
                </thead>
                <tbody>
                  {columns.map((column) => (
                    <tr key={column.name}>
                      <th scope="row" className={mergeClasses(styles.code, styles.nowrap)}>
                        {column.name}
                      </th>
                      <td className={styles.nowrap} lang="ja">
                        {JAPANESE_HEADERS[kind][column.name]}
                      </td>
                      <td className={styles.nowrap}>
                        {column.required ? t('directoryImport.requiredYes') : t('directoryImport.requiredNo')}
                      </td>
                      <td className={styles.description}>{t(`directoryImport.columnDescriptions.${kind}.${column.name}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
