import { useId, useState, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, MessageBar, MessageBarActions, MessageBarBody, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  departmentName,
  formatNumber,
  isNotFound,
  personName,
  useLocale,
  useNow,
  usePageTitle,
} from '@kakehashi/client-platform';
import { ConfidenceWithHint, KindBadge, OverdueBadge, StatusBadge } from '../common/badges';
import { CheckInDialog } from '../common/check-in-dialog';
import { formatDay, formatGoalTargetValue, formatGoalValue, formatRatio, goalTitle, periodLabel, teamName } from '../common/format';
import { GoalCard } from '../common/goal-card';
import { describeGoal } from '../common/goal-text';
import { GOALS_PATH, goalPath, personPath, teamPath } from '../common/paths';
import { ProgressMeter } from '../common/progress-meter';
import type { GoalDetail } from '../common/types';
import { GoalAccessQuery, GoalQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import { useGoalsMessages } from '../i18n/use-goals-messages';
import { CheckInTimeline } from './check-in-timeline';
import { GoalActions, nextInSeries, type Notice } from './goal-actions';
import { GoalTickets } from './goal-tickets';
import { LazyGoalChart } from './lazy-goal-chart';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  eyebrow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  title: { overflowWrap: 'anywhere' },
  lead: { margin: 0, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap', maxWidth: '72ch' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1023px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    '@media (max-width: 767px)': { padding: tokens.spacingHorizontalL },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  now: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  figure: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  current: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    '& dt': { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  childList: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  seriesList: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  weight: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  teamList: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  team: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
});

/** Carried from the roll-forward's navigation. */
function noticeFrom(state: unknown): Notice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const notice = (state as { notice: unknown }).notice;
  if (typeof notice !== 'object' || notice === null) return null;
  const { intent, text } = notice as Partial<Notice>;
  return (intent === 'success' || intent === 'error') && typeof text === 'string' ? { intent, text } : null;
}

/** `/goals/:id`: a goal with its chart, check-ins, KPIs and other periods. */
export default function GoalPage() {
  useGoalsMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const { data, loading, error, refetch } = useQuery(GoalQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // Asked apart, so that the page itself is everyone's; the actions appear once it answers.
  const access = useQuery(GoalAccessQuery, { variables: { id }, fetchPolicy: 'cache-and-network' }).data?.goal;
  usePageTitle(data ? `${data.goal.code} ${goalTitle(data.goal, locale)}` : null);

  if (!data) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('goal.notFoundTitle')}</Title1>
        <EmptyState hint={t('goal.notFoundHint')} action={<AppLink to={GOALS_PATH}>{t('goal.backToBoard')}</AppLink>} />
      </>
    );
  }
  return (
    <GoalView
      goal={data.goal}
      today={data.goalSettings.today}
      canEdit={access?.id === data.goal.id && access.canEdit}
      canCheckIn={access?.id === data.goal.id && access.canCheckIn}
    />
  );
}

function GoalView({ goal, today, canEdit, canCheckIn }: { goal: GoalDetail; today: string; canEdit: boolean; canCheckIn: boolean }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const location = useLocation();
  const now = useNow();
  const [notice, setNotice] = useState<Notice | null>(() => noticeFrom(location.state));
  const [checkingIn, setCheckingIn] = useState(false);
  const chartHeadingId = useId();
  const checkInsHeadingId = useId();
  const childrenHeadingId = useId();
  const factsHeadingId = useId();
  const nowHeadingId = useId();
  const seriesHeadingId = useId();
  const text = describeGoal(goal, locale, t, now);
  const next = nextInSeries(goal);
  const targetValue = formatGoalTargetValue(goal, locale, t);
  const weightOff = goal.children.length > 0 && Math.abs(goal.childWeightTotal - 100) > 0.005;

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <AppLink to={GOALS_PATH}>{t('goal.backToBoard')}</AppLink>
        <span className={styles.eyebrow}>
          <KindBadge kind={goal.kind} />
          <span className={styles.code}>{goal.code}</span>
          <StatusBadge status={goal.status} />
          <Text className={styles.muted}>{periodLabel(goal.period, t)}</Text>
        </span>
        <Title1 as="h1" className={styles.title}>
          {text.title}
        </Title1>
        {goal.description ? <p className={styles.lead}>{goal.description}</p> : null}
        <div className={styles.actions}>
          {canCheckIn ? (
            <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => setCheckingIn(true)}>
              {t('goal.checkIn')}
            </Button>
          ) : null}
          {canEdit ? <GoalActions goal={goal} onNotice={setNotice} /> : null}
          {next ? <AppLink to={goalPath(next.id)}>{t('goal.nextPeriod')}</AppLink> : null}
        </div>
      </div>

      {notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
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

      <div className={styles.columns}>
        <div className={styles.stack}>
          <section className={styles.section} aria-labelledby={nowHeadingId}>
            <h2 id={nowHeadingId} className={styles.heading}>
              {t('goal.now')}
            </h2>
            <div className={styles.now}>
              <div className={styles.figure}>
                <span className={styles.current}>{text.current}</span>
                <span className={styles.muted}>{text.target}</span>
              </div>
              <ProgressMeter
                actual={text.progress}
                pace={goal.progress.pace}
                rolledUp={text.rolledUp}
                tone={goal.progress.suggestedConfidence ?? null}
              />
              <div className={styles.line}>
                <ConfidenceWithHint confidence={goal.confidence} suggested={goal.progress.suggestedConfidence} />
                <Text size={200}>{goal.lastCheckInAt ? t('age.lastCheckIn', { age: text.age }) : text.age}</Text>
                {goal.progress.checkInOverdue ? <OverdueBadge /> : null}
              </div>
              {goal.progress.paceValue !== null && goal.progress.paceValue !== undefined ? (
                <Text size={200} className={styles.muted}>
                  {t('goal.paceValueLine', { value: formatGoalValue(goal.progress.paceValue, goal, locale, t) })}
                </Text>
              ) : null}
            </div>
          </section>

          <section className={styles.section} aria-labelledby={chartHeadingId}>
            <h2 id={chartHeadingId} className={styles.heading}>
              {t('goal.chartTitle')}
            </h2>
            <LazyGoalChart goal={goal} checkIns={goal.checkIns} title={t('goal.chartTitle')} />
          </section>

          <section className={styles.section} aria-labelledby={checkInsHeadingId}>
            <h2 id={checkInsHeadingId} className={styles.heading}>
              {t('goal.checkIns')}
            </h2>
            {goal.checkIns.length === 0 ? (
              <Text as="p" className={styles.muted}>
                {t('goal.checkInsEmpty')}
              </Text>
            ) : (
              <CheckInTimeline checkIns={goal.checkIns} goal={goal} />
            )}
          </section>
        </div>

        <div className={styles.stack}>
          <section className={styles.section} aria-labelledby={factsHeadingId}>
            <h2 id={factsHeadingId} className={styles.heading}>
              {t('goal.facts')}
            </h2>
            <dl className={styles.facts}>
              <Fact term={t('goal.kind')}>{t(`kindNames.${goal.kind}`)}</Fact>
              <Fact term={t('goal.status')}>{t(`status.${goal.status}`)}</Fact>
              <Fact term={t('goal.period')}>
                {periodLabel(goal.period, t)}
                <br />
                <Text size={200} className={styles.muted}>
                  {t('period.dates', { start: formatDay(goal.period.start, locale), end: formatDay(goal.period.end, locale) })}
                </Text>
              </Fact>
              <Fact term={t('goal.owner')}>
                {goal.owner ? <AppLink to={personPath(goal.owner.id)}>{personName(goal.owner, locale)}</AppLink> : t('board.noOwner')}
              </Fact>
              <Fact term={t('goal.departments')}>
                {goal.departments.length > 0
                  ? goal.departments.map((department) => departmentName(department, locale)).join(t('common.listSeparator'))
                  : t('common.wholeCompany')}
              </Fact>
              {goal.teams.length > 0 ? (
                <Fact term={t('goal.teams')}>
                  <GoalTeamList teams={goal.teams} />
                </Fact>
              ) : null}
              <Fact term={t('goal.parent')}>
                {goal.parent ? (
                  <AppLink to={goalPath(goal.parent.id)}>{`${goal.parent.code} ${goalTitle(goal.parent, locale)}`}</AppLink>
                ) : (
                  t('goal.noParent')
                )}
              </Fact>
              {goal.parent ? (
                <Fact term={t('goal.weight')}>{t('goal.weightValue', { weight: formatNumber(goal.weight, locale) })}</Fact>
              ) : null}
              <Fact term={t('goal.unit')}>{goal.unit === 'FREE' ? (goal.unitLabel ?? t('common.none')) : t(`units.${goal.unit}`)}</Fact>
              <Fact term={t('goal.direction')}>{t(`directions.${goal.direction}`)}</Fact>
              <Fact term={t('goal.baseline')}>{formatGoalValue(goal.baseline, goal, locale, t)}</Fact>
              <Fact term={goal.direction === 'RANGE' ? t('goal.range') : t('goal.target')}>
                {targetValue ?? t('common.none')}
                {goal.monthlyTargets.length > 0 ? (
                  <>
                    <br />
                    <Text size={200} className={styles.muted}>
                      {t('goal.monthlyTargets')}
                    </Text>
                  </>
                ) : null}
              </Fact>
              <Fact term={t('goal.cadence')}>{t(`cadences.${goal.cadence}`)}</Fact>
              <Fact term={t('goal.recurring')}>{goal.recurring ? t('goal.recurringYes') : t('goal.recurringNo')}</Fact>
            </dl>
          </section>

          <section className={styles.section} aria-labelledby={childrenHeadingId}>
            <h2 id={childrenHeadingId} className={styles.heading}>
              {t('goal.children')}
            </h2>
            {weightOff ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t('goal.weightWarning', { total: formatNumber(goal.childWeightTotal, locale) })}</MessageBarBody>
              </MessageBar>
            ) : null}
            {goal.progress.rolledUp !== null && goal.progress.rolledUp !== undefined ? (
              <Text size={200} className={styles.muted}>
                {t('goal.rolledUp', { value: formatRatio(goal.progress.rolledUp, locale) })}
              </Text>
            ) : null}
            {goal.children.length === 0 ? (
              <Text as="p" className={styles.muted}>
                {t('goal.childrenEmpty')}
              </Text>
            ) : (
              <ul className={styles.childList}>
                {goal.children.map((child) => (
                  <li key={child.id}>
                    <GoalCard
                      goal={child}
                      now={now}
                      extra={<Text className={styles.weight}>{t('goal.childWeight', { weight: formatNumber(child.weight, locale) })}</Text>}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <GoalTickets goalId={goal.id} className={styles.section} headingClassName={styles.heading} />

          {goal.series.length > 1 ? (
            <section className={styles.section} aria-labelledby={seriesHeadingId}>
              <h2 id={seriesHeadingId} className={styles.heading}>
                {t('goal.series')}
              </h2>
              <ul className={styles.seriesList}>
                {goal.series.map((other) => (
                  <li key={other.id}>
                    {other.id === goal.id ? (
                      <span aria-current="page">
                        {`${periodLabel(other.period, t)}${t('common.separator')}${t(`status.${other.status}`)} ${t('goal.seriesCurrent')}`}
                      </span>
                    ) : (
                      <AppLink
                        to={goalPath(other.id)}
                      >{`${periodLabel(other.period, t)}${t('common.separator')}${t(`status.${other.status}`)}`}</AppLink>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>

      {canCheckIn ? (
        <CheckInDialog
          goal={goal}
          today={today}
          open={checkingIn}
          onOpenChange={setCheckingIn}
          onRecorded={() => {
            setCheckingIn(false);
            setNotice({ intent: 'success', text: t('goal.checkedIn') });
          }}
        />
      ) : null}
    </div>
  );
}

type GoalTeamLink = GoalDetail['teams'][number];

/** The teams behind the goal, owners first, each with its page; a closed team says so. */
function GoalTeamList({ teams }: { teams: readonly GoalTeamLink[] }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  // The api already sends owners first; the stable sort keeps that true whatever it sends.
  const ordered = [...teams].sort((a, b) => Number(b.relation === 'OWNS') - Number(a.relation === 'OWNS'));
  return (
    <ul className={styles.teamList}>
      {ordered.map((team) => (
        <li key={team.teamId} className={styles.team}>
          <AppLink to={teamPath(team.teamId)}>{teamName(team, locale)}</AppLink>
          {team.relation === 'OWNS' ? (
            <Badge appearance="tint" color="brand" size="small">
              {t('goal.teamRelation.OWNS')}
            </Badge>
          ) : (
            <Badge appearance="outline" color="brand" size="small">
              {t('goal.teamRelation.CONTRIBUTES')}
            </Badge>
          )}
          {team.status === 'CLOSED' ? (
            <Badge appearance="outline" color="informative" size="small">
              {t('goal.teamClosed')}
            </Badge>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
