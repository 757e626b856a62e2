import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  formatDateTime,
  isNotFound,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { periodLabel } from '../common/format';
import { LinesTable } from '../common/lines-table';
import { GOALS_PATH } from '../common/paths';
import { GoalBoardSnapshotQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import { useGoalsMessages } from '../i18n/use-goals-messages';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  card: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
});

/** `/goals/snapshots/:id`: the board as it was at a quarter's end, read-only. */
export default function SnapshotPage() {
  useGoalsMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const { data, loading, error, refetch } = useQuery(GoalBoardSnapshotQuery, { variables: { id } });
  const snapshot = data?.goalBoardSnapshot;
  const title = snapshot ? t('snapshot.title', { period: periodLabel(snapshot.period, t) }) : null;
  usePageTitle(title ?? t('board.snapshots'));

  if (!snapshot) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('snapshot.notFoundTitle')}</Title1>
        <EmptyState hint={t('snapshot.notFoundHint')} action={<AppLink to={GOALS_PATH}>{t('snapshot.back')}</AppLink>} />
      </>
    );
  }

  return (
    <div className={styles.page}>
      <PageHeader
        title={title ?? ''}
        eyebrow={<AppLink to={GOALS_PATH}>{t('snapshot.back')}</AppLink>}
        lead={t('snapshot.takenAt', { date: formatDateTime(snapshot.takenAt, locale) })}
      />
      <div className={styles.card}>
        {snapshot.lines.length === 0 ? (
          <Text as="p">{t('snapshot.empty')}</Text>
        ) : (
          <LinesTable lines={snapshot.lines} caption={t('print.tableCaption', { period: periodLabel(snapshot.period, t) })} />
        )}
      </div>
    </div>
  );
}
