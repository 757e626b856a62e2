import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink, ErrorState, LoadingState, formatDate, useLocale } from '@kakehashi/client-platform';
import { periodLabel } from '../common/format';
import { snapshotPath } from '../common/paths';
import { GoalBoardSnapshotsQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    '@media (max-width: 767px)': { padding: tokens.spacingHorizontalL },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}`,
  },
});

/** The quarter-end snapshots: the board as it was, never recomputed. */
export function SnapshotList() {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(GoalBoardSnapshotsQuery, { fetchPolicy: 'cache-and-network' });
  const snapshots = data?.goalBoardSnapshots ?? [];
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('board.snapshots')}
      </h2>
      <Text as="p" size={200} className={styles.muted}>
        {t('board.snapshotsLead')}
      </Text>
      {!data && loading ? (
        <LoadingState />
      ) : !data && error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : snapshots.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {t('board.snapshotsEmpty')}
        </Text>
      ) : (
        <ul className={styles.list}>
          {snapshots.map((snapshot) => (
            <li key={snapshot.id}>
              <AppLink to={snapshotPath(snapshot.id)}>
                {t('board.snapshotItem', { period: periodLabel(snapshot.period, t), date: formatDate(snapshot.takenAt, locale) })}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
