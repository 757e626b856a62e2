import { useId } from 'react';
import { Badge, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_NAMESPACE } from '../i18n';
import {
  columnText,
  errorText,
  fileKindOfChange,
  fileKindOfError,
  type ImportChange,
  type ImportResult,
  valueText,
} from './import-messages';

const useStyles = makeStyles({
  summary: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  summaryGroup: {
    margin: 0,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  summaryTitle: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  counts: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: 0 },
  count: { display: 'flex', gap: tokens.spacingHorizontalXS, margin: 0 },
  countTerm: { color: tokens.colorNeutralForeground2 },
  countValue: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroller: {
    overflowX: 'auto',
    minWidth: 0,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
    '& th, & td': {
      paddingBlock: tokens.spacingVerticalS,
      paddingInline: tokens.spacingHorizontalM,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'start',
      verticalAlign: 'top',
    },
    '& thead th': { fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, whiteSpace: 'nowrap' },
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  nowrap: { whiteSpace: 'nowrap' },
  number: { whiteSpace: 'nowrap', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  key: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular, minWidth: '12ch' },
  message: { minWidth: '24ch', overflowWrap: 'anywhere' },
  fields: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: '28ch',
  },
  field: { overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground2 },
});

const ACTION_COLORS: Record<ImportChange['action'], BadgeProps['color']> = {
  CREATE: 'success',
  UPDATE: 'informative',
  DEACTIVATE: 'warning',
};

/** What a dry run (or an import) found: counts by kind and action. */
export function ImportSummary({ summary }: { summary: ImportResult['summary'] }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const groups = [
    {
      title: t('directoryImport.summary.departments'),
      counts: [
        ['created', summary.departmentsCreated],
        ['updated', summary.departmentsUpdated],
        ['unchanged', summary.departmentsUnchanged],
      ],
    },
    {
      title: t('directoryImport.summary.people'),
      counts: [
        ['created', summary.peopleCreated],
        ['updated', summary.peopleUpdated],
        ['deactivated', summary.peopleDeactivated],
        ['unchanged', summary.peopleUnchanged],
      ],
    },
  ] as const;
  return (
    <div className={styles.summary}>
      {groups.map((group) => (
        <section key={group.title} className={styles.summaryGroup} aria-label={group.title}>
          <Text as="h4" block className={styles.summaryTitle}>
            {group.title}
          </Text>
          <dl className={styles.counts}>
            {group.counts.map(([name, value]) => (
              <div key={name} className={styles.count}>
                <dt className={styles.countTerm}>{t(`directoryImport.summary.${name}`)}</dt>
                <dd className={styles.countValue}>{t('directoryImport.summary.count', { value })}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function Truncated({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  if (shown >= total) return null;
  return (
    <Text as="p" className={styles.note}>
      {t('directoryImport.truncated', { shown, total })}
    </Text>
  );
}

/** Every problem by file and row, in the reader's language. */
export function ImportErrorsTable({ errors, total }: { errors: ImportResult['errors']; total: number }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const captionId = useId();
  return (
    <div className={styles.block}>
      <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            {t('directoryImport.errorsCaption', { total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('directoryImport.table.file')}</th>
              <th scope="col">{t('directoryImport.table.line')}</th>
              <th scope="col">{t('directoryImport.table.column')}</th>
              <th scope="col">{t('directoryImport.table.message')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={`${error.file}-${error.line ?? 0}-${error.column ?? ''}-${error.code}-${index}`}>
                <td className={styles.nowrap}>{t(`directoryImport.files.${error.file}`)}</td>
                <td className={styles.number}>{error.line ?? t('directoryImport.table.wholeFile')}</td>
                <td className={styles.nowrap}>
                  {error.column ? columnText(t, fileKindOfError(error), error.column) : t('directoryImport.table.none')}
                </td>
                <td className={styles.message}>{errorText(t, error)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Truncated shown={errors.length} total={total} />
    </div>
  );
}

/** Each department and person the import creates, updates or deactivates, with its fields before → after. */
export function ImportChangesTable({ changes, total }: { changes: ImportResult['changes']; total: number }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const captionId = useId();
  return (
    <div className={styles.block}>
      <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            {t('directoryImport.changesCaption', { total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('directoryImport.table.action')}</th>
              <th scope="col">{t('directoryImport.table.kind')}</th>
              <th scope="col">{t('directoryImport.table.key')}</th>
              <th scope="col">{t('directoryImport.table.line')}</th>
              <th scope="col">{t('directoryImport.table.fields')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => {
              const kind = fileKindOfChange(change);
              return (
                <tr key={`${change.kind}-${change.key}`}>
                  <td className={styles.nowrap}>
                    <Badge appearance="tint" color={ACTION_COLORS[change.action]}>
                      {t(`directoryImport.actions.${change.action}`)}
                    </Badge>
                  </td>
                  <td className={styles.nowrap}>{t(`directoryImport.kinds.${change.kind}`)}</td>
                  <th scope="row" className={styles.key}>
                    {change.key}
                  </th>
                  <td className={styles.number}>{change.line}</td>
                  <td>
                    <ul className={styles.fields}>
                      {change.fields.map((field) => (
                        <li key={field.field} className={styles.field}>
                          {t('directoryImport.fieldChange', {
                            field: columnText(t, kind, field.field),
                            before: valueText(t, field.field, field.before),
                            after: valueText(t, field.field, field.after),
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Truncated shown={changes.length} total={total} />
    </div>
  );
}
