import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { AppLink, ErrorState, LoadingState, PageHeader, useNow, usePageTitle } from '@kakehashi/client-platform';
import { CheckInDialog } from '../common/check-in-dialog';
import { GoalCard } from '../common/goal-card';
import { GOALS_PATH } from '../common/paths';
import type { GoalSummary } from '../common/types';
import { MyGoalsQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import { useGoalsMessages } from '../i18n/use-goals-messages';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** `/goals/mine`: the goals I own and my department's, with the check-ins due first. */
export default function MyGoalsPage() {
  useGoalsMessages();
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const now = useNow();
  usePageTitle(t('mine.title'));
  const { data, loading, error, refetch } = useQuery(MyGoalsQuery, { fetchPolicy: 'cache-and-network' });
  // The goal stays after the dialog closes, so that the dialog can animate out and hand focus back.
  const [checkInGoal, setCheckInGoal] = useState<GoalSummary | null>(null);
  const [checkingIn, setCheckingIn] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const ownedId = useId();
  const contributingId = useId();

  const header = (
    <PageHeader title={t('mine.title')} lead={t('mine.lead')} actions={<AppLink to={GOALS_PATH}>{t('mine.board')}</AppLink>} />
  );
  if (!data) {
    return (
      <div className={styles.page}>
        {header}
        {loading ? <LoadingState /> : <ErrorState error={error} onRetry={() => void refetch()} />}
      </div>
    );
  }
  const { myGoals, goalSettings } = data;
  // Check-ins due first; otherwise the server's order.
  const dueFirst = (goals: readonly GoalSummary[]) =>
    [...goals].sort((a, b) => Number(b.canCheckIn && b.progress.checkInDue) - Number(a.canCheckIn && a.progress.checkInDue));

  const section = (id: string, title: string, goals: readonly GoalSummary[], empty: string) => (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {goals.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {empty}
        </Text>
      ) : (
        <ul className={styles.list}>
          {dueFirst(goals).map((goal) => (
            <li key={goal.id}>
              <GoalCard
                goal={goal}
                now={now}
                showPeriod
                showDue
                actions={
                  goal.canCheckIn ? (
                    <Button
                      appearance={goal.progress.checkInDue ? 'primary' : 'secondary'}
                      icon={<CheckmarkRegular />}
                      onClick={() => {
                        setCheckInGoal(goal);
                        setCheckingIn(true);
                      }}
                    >
                      {t('goal.checkIn')}
                    </Button>
                  ) : undefined
                }
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <div className={styles.page}>
      {header}
      <MessageBar intent={myGoals.checkInsDue > 0 ? 'warning' : 'info'}>
        <MessageBarBody>{myGoals.checkInsDue > 0 ? t('mine.due', { count: myGoals.checkInsDue }) : t('mine.dueNone')}</MessageBarBody>
      </MessageBar>
      {notice ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={common('states.dismiss')}
                icon={<DismissRegular />}
                onClick={() => setNotice(null)}
              />
            }
          />
        </MessageBar>
      ) : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {section(ownedId, t('mine.owned'), myGoals.owned, t('mine.ownedEmpty'))}
      {section(contributingId, t('mine.contributing'), myGoals.contributing, t('mine.contributingEmpty'))}
      {checkInGoal ? (
        <CheckInDialog
          goal={checkInGoal}
          today={goalSettings.today}
          open={checkingIn}
          onOpenChange={setCheckingIn}
          onRecorded={() => {
            setCheckingIn(false);
            setNotice(t('goal.checkedIn'));
          }}
        />
      ) : null}
    </div>
  );
}
