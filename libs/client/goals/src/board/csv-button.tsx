import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Button, Spinner } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@kakehashi/client-platform';
import { GoalBoardCsvQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';

/** Saves text as a file through a temporary link (the browser's own download). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to have read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** 「CSVをダウンロード」: the board as the api writes it (UTF-8 with a BOM for Excel), in the reader's language. */
export function CsvButton({
  fiscalYear,
  quarter,
  departmentId,
  teamId,
  periodKey,
  onResult,
}: {
  fiscalYear: number;
  quarter: number;
  departmentId: string | null;
  teamId: string | null;
  /** FY2026-Q3: names the file. */
  periodKey: string;
  onResult: (result: { intent: 'success' | 'error'; text: string }) => void;
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data } = await client.query({
        query: GoalBoardCsvQuery,
        variables: { fiscalYear, quarter, departmentId, teamId, locale },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('no CSV');
      downloadText(data.goalBoardCsv, `kakehashi-board-${periodKey}.csv`, 'text/csv;charset=utf-8');
      onResult({ intent: 'success', text: t('board.csvDone') });
    } catch {
      onResult({ intent: 'error', text: t('board.csvFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      appearance="secondary"
      icon={busy ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
      disabledFocusable={busy}
      onClick={() => void download()}
    >
      {busy ? t('board.csvPreparing') : t('board.csv')}
    </Button>
  );
}
