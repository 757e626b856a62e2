import { useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowImportRegular, CheckmarkCircleRegular, LockClosedRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { Role } from '@kakehashi/shared-contracts';
import { EmptyState, ErrorState, LoadingState, PageHeader, useAuth, usePageTitle } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { decodeCsvBytes, isOverRequestLimit, isOverSizeLimit, isSurelyOverSizeLimit, MAX_KILOBYTES, utf8Length } from './csv-file';
import { ImportDirectoryMutation } from './import-documents';
import { ImportFileCard, type PickedFile } from './import-file-card';
import type { ImportFileKind } from './import-formats';
import type { ImportResult } from './import-messages';
import { ImportChangesTable, ImportErrorsTable, ImportSummary } from './import-results';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  rules: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  files: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 959px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground2 },
  placeholder: {
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
});

type Files = Record<ImportFileKind, PickedFile | null>;
const NO_FILES: Files = { departments: null, people: null };
const KINDS: readonly ImportFileKind[] = ['departments', 'people'];

/** What a dry run was run on, to know whether "取り込む" still applies to the files on screen. */
interface DryRun {
  departmentsCsv: string | null;
  peopleCsv: string | null;
  result: ImportResult;
}

export default function DirectoryImportPage() {
  useDirectoryMessages();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const { me, status } = useAuth();
  usePageTitle(t('directoryImport.title'));
  const client = useApolloClient();
  const [importDirectory, { loading: running }] = useMutation(ImportDirectoryMutation, { fetchPolicy: 'no-cache' });

  const [files, setFiles] = useState<Files>(NO_FILES);
  const [fileErrors, setFileErrors] = useState<Record<ImportFileKind, string | null>>({ departments: null, people: null });
  const [reading, setReading] = useState<Record<ImportFileKind, boolean>>({ departments: false, people: false });
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [mode, setMode] = useState<'dryRun' | 'apply'>('dryRun');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // A newer pick of the same file wins over a slower read of an earlier one.
  const readSequence = useRef<Record<ImportFileKind, number>>({ departments: 0, people: 0 });

  if (!me) return status === 'loading' ? <LoadingState /> : null;
  if (!me.roles.includes(Role.HUB_ADMIN)) {
    return (
      <>
        <PageHeader title={t('directoryImport.title')} />
        <EmptyState icon={<LockClosedRegular />} title={t('directoryImport.adminOnlyTitle')} hint={t('directoryImport.adminOnlyHint')} />
      </>
    );
  }

  const departmentsCsv = files.departments?.text ?? null;
  const peopleCsv = files.people?.text ?? null;
  const anyFile = departmentsCsv !== null || peopleCsv !== null;
  const anyFileError = KINDS.some((kind) => fileErrors[kind] !== null || reading[kind]);
  const current = dryRun !== null && dryRun.departmentsCsv === departmentsCsv && dryRun.peopleCsv === peopleCsv;
  const canApply = current && dryRun.result.errorCount === 0 && dryRun.result.changeCount > 0 && !running;

  const resetResults = () => {
    setApplied(null);
    setFailure(null);
    setFormError(null);
  };

  const pick = async (kind: ImportFileKind, file: File) => {
    resetResults();
    const sequence = ++readSequence.current[kind];
    setFiles((previous) => ({ ...previous, [kind]: null }));
    setFileErrors((previous) => ({ ...previous, [kind]: null }));
    const tooLarge = (bytes: number) => t('directoryImport.fileTooLarge', { sizeKb: Math.ceil(bytes / 1024), maxKb: MAX_KILOBYTES });
    if (isSurelyOverSizeLimit(file.size)) {
      setFileErrors((previous) => ({ ...previous, [kind]: tooLarge(file.size) }));
      return;
    }
    setReading((previous) => ({ ...previous, [kind]: true }));
    try {
      const decoded = decodeCsvBytes(await file.arrayBuffer());
      if (sequence !== readSequence.current[kind]) return;
      if (isOverSizeLimit(decoded.text)) {
        setFileErrors((previous) => ({ ...previous, [kind]: tooLarge(utf8Length(decoded.text)) }));
      } else {
        setFiles((previous) => ({ ...previous, [kind]: { name: file.name, size: file.size, ...decoded } }));
      }
    } catch {
      if (sequence === readSequence.current[kind]) setFileErrors((previous) => ({ ...previous, [kind]: t('directoryImport.readFailed') }));
    } finally {
      if (sequence === readSequence.current[kind]) setReading((previous) => ({ ...previous, [kind]: false }));
    }
  };

  const clear = (kind: ImportFileKind) => {
    resetResults();
    readSequence.current[kind] += 1;
    setFiles((previous) => ({ ...previous, [kind]: null }));
    setFileErrors((previous) => ({ ...previous, [kind]: null }));
    setReading((previous) => ({ ...previous, [kind]: false }));
  };

  const run = async (asDryRun: boolean) => {
    resetResults();
    if (!anyFile) {
      setFormError(t('directoryImport.noFiles'));
      return;
    }
    const variables = { input: { departmentsCsv, peopleCsv, dryRun: asDryRun } };
    if (isOverRequestLimit(variables)) {
      setFormError(t('directoryImport.requestTooLarge'));
      return;
    }
    setMode(asDryRun ? 'dryRun' : 'apply');
    try {
      const { data } = await importDirectory({ variables });
      const result = data?.importDirectory;
      if (!result) return;
      if (!asDryRun && result.applied) {
        setApplied(result);
        setDryRun(null);
        // Departments and people shown elsewhere are read again when next visited.
        for (const fieldName of ['departments', 'department', 'people', 'person', 'departmentOptions']) {
          client.cache.evict({ id: 'ROOT_QUERY', fieldName });
        }
        client.cache.gc();
      } else {
        setDryRun({ departmentsCsv, peopleCsv, result });
      }
      resultsHeading.current?.focus();
    } catch (error) {
      setFailure(error);
      resultsHeading.current?.focus();
    }
  };

  const shown = applied ?? (current ? dryRun.result : null);
  let results;
  if (failure) results = <ErrorState error={failure} onRetry={mode === 'dryRun' ? () => void run(true) : undefined} />;
  else if (applied) {
    results = (
      <>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('directoryImport.appliedTitle')}</MessageBarTitle>
            {t('directoryImport.applied', {
              departments: applied.summary.departmentsCreated + applied.summary.departmentsUpdated,
              people: applied.summary.peopleCreated + applied.summary.peopleUpdated + applied.summary.peopleDeactivated,
            })}
          </MessageBarBody>
        </MessageBar>
        <ImportSummary summary={applied.summary} />
        {applied.changes.length > 0 ? <ImportChangesTable changes={applied.changes} total={applied.changeCount} /> : null}
      </>
    );
  } else if (shown) {
    const hasErrors = shown.errorCount > 0;
    results = (
      <>
        <MessageBar intent={hasErrors ? 'error' : shown.changeCount === 0 ? 'info' : 'success'} layout="multiline">
          <MessageBarBody>
            {hasErrors
              ? t('directoryImport.hasErrors', { total: shown.errorCount })
              : shown.changeCount === 0
                ? t('directoryImport.noChanges')
                : t('directoryImport.clean')}
          </MessageBarBody>
        </MessageBar>
        {hasErrors ? <ImportErrorsTable errors={shown.errors} total={shown.errorCount} /> : null}
        {!hasErrors ? <ImportSummary summary={shown.summary} /> : null}
        {shown.changes.length > 0 ? <ImportChangesTable changes={shown.changes} total={shown.changeCount} /> : null}
      </>
    );
  } else if (dryRun) {
    results = (
      <MessageBar intent="warning">
        <MessageBarBody>{t('directoryImport.stale')}</MessageBarBody>
      </MessageBar>
    );
  } else {
    results = (
      <Text as="p" className={styles.placeholder}>
        {t('directoryImport.resultsEmpty')}
      </Text>
    );
  }

  return (
    <div className={styles.page}>
      <PageHeader title={t('directoryImport.title')} lead={t('directoryImport.lead')} />

      <section className={styles.section} aria-labelledby="directory-import-rules">
        <h2 id="directory-import-rules" className={styles.heading}>
          {t('directoryImport.rulesHeading')}
        </h2>
        <ul className={styles.rules}>
          {(['header', 'match', 'empty', 'untouched', 'roles', 'order', 'atomic'] as const).map((rule) => (
            <li key={rule}>{t(`directoryImport.rules.${rule}`)}</li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="directory-import-files">
        <h2 id="directory-import-files" className={styles.heading}>
          {t('directoryImport.filesHeading')}
        </h2>
        <div className={styles.files}>
          {KINDS.map((kind) => (
            <ImportFileCard
              key={kind}
              kind={kind}
              file={files[kind]}
              error={fileErrors[kind]}
              reading={reading[kind]}
              disabled={running}
              onPick={(file) => void pick(kind, file)}
              onClear={() => clear(kind)}
            />
          ))}
        </div>
        <div className={styles.actions}>
          <Button
            appearance={canApply ? 'secondary' : 'primary'}
            disabled={running || anyFileError}
            icon={running && mode === 'dryRun' ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />}
            onClick={() => void run(true)}
          >
            {running && mode === 'dryRun' ? t('directoryImport.dryRunning') : t('directoryImport.dryRun')}
          </Button>
          <Button
            appearance={canApply ? 'primary' : 'secondary'}
            disabled={!canApply || anyFileError}
            icon={running && mode === 'apply' ? <Spinner size="tiny" /> : <ArrowImportRegular />}
            aria-describedby="directory-import-apply-hint"
            onClick={() => void run(false)}
          >
            {running && mode === 'apply' ? t('directoryImport.applying') : t('directoryImport.apply')}
          </Button>
          <Text id="directory-import-apply-hint" size={200} className={styles.hint}>
            {t('directoryImport.applyHint')}
          </Text>
        </div>
        {formError ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{formError}</MessageBarBody>
          </MessageBar>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="directory-import-results" aria-busy={running}>
        <h2 id="directory-import-results" ref={resultsHeading} tabIndex={-1} className={styles.heading}>
          {t('directoryImport.resultsHeading')}
        </h2>
        {running ? <LoadingState label={mode === 'dryRun' ? t('directoryImport.dryRunning') : t('directoryImport.applying')} /> : results}
      </section>
    </div>
  );
}
