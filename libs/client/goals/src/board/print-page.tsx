import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { PrintRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  ErrorState,
  LoadingState,
  departmentName,
  formatDate,
  personName,
  useDepartmentOptions,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { periodLabel } from '../common/format';
import { LinesTable, type BoardLine } from '../common/lines-table';
import { boardFiltersOf, boardPath } from '../common/paths';
import { GoalBoardQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import { useGoalsMessages } from '../i18n/use-goals-messages';
import { boardTeamLabel, useBoardTeam } from './board-team';

// The app's frame (top bar, navigation) and the screen-only controls stay off the paper.
const PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  header, nav, [data-print-hidden] { display: none !important; }
  main { padding: 0 !important; }
  /* Paper is white: no grey backgrounds or shadows; bold and indents still show the tree. */
  * { background: transparent !important; box-shadow: none !important; }
}
`;
const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  meta: { color: tokens.colorNeutralForeground2 },
  summary: { margin: 0, display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
});

/** `/goals/board/print`: the board as a plain table for the board meeting's paper. */
export default function BoardPrintPage() {
  useGoalsMessages();
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const [params] = useSearchParams();
  const filters = boardFiltersOf(params);
  const departments = useDepartmentOptions({ skip: !filters.departmentId });
  const department = filters.departmentId ? departments.find((option) => option.id === filters.departmentId) : undefined;
  const team = useBoardTeam(filters.teamId);
  const { data, error, refetch } = useQuery(GoalBoardQuery, {
    variables: { fiscalYear: filters.fiscalYear, quarter: filters.quarter, departmentId: filters.departmentId, teamId: filters.teamId },
    fetchPolicy: 'cache-and-network',
  });
  const board = data?.goalBoard;
  const period = board ? periodLabel(board.quarter, t) : '';
  const departmentLabel = department ? departmentName(department, locale) : null;
  const teamLabel = team ? boardTeamLabel(team, locale, t) : null;
  const titleOf = (shown: string): string => {
    if (departmentLabel && teamLabel)
      return t('print.titleDepartmentTeam', { period: shown, department: departmentLabel, team: teamLabel });
    if (departmentLabel) return t('print.titleDepartment', { period: shown, department: departmentLabel });
    if (teamLabel) return t('print.titleTeam', { period: shown, team: teamLabel });
    return t('print.title', { period: shown });
  };
  const title = board ? titleOf(period) : t('board.title');
  usePageTitle(title);
  const printedOn = formatDate(new Date(), locale);

  const lines = useMemo<BoardLine[]>(
    () =>
      (board?.groups ?? []).flatMap((group) =>
        group.rows.map(({ goal, depth, matches }) => ({
          goalId: goal.id,
          code: goal.code,
          kind: goal.kind,
          depth,
          title: goal.title,
          titleEn: goal.titleEn,
          status: goal.status,
          ownerName: goal.owner ? personName(goal.owner, locale) : '',
          departments: goal.departments.map((item) => departmentName(item, locale)),
          unit: goal.unit,
          unitLabel: goal.unitLabel,
          direction: goal.direction,
          baseline: goal.baseline,
          target: goal.target,
          rangeLow: goal.rangeLow,
          rangeHigh: goal.rangeHigh,
          currentValue: goal.currentValue,
          progress: goal.progress.actual ?? goal.progress.rolledUp ?? null,
          pace: goal.progress.pace,
          confidence: goal.confidence,
          suggestedConfidence: goal.progress.suggestedConfidence,
          lastCheckInAt: goal.lastCheckInAt,
          context: !matches,
        })),
      ),
    [board, locale],
  );

  return (
    <div className={styles.page}>
      <style>{PRINT_CSS}</style>
      <div className={styles.bar} data-print-hidden="">
        <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()} disabled={!board}>
          {t('print.print')}
        </Button>
        <AppLink to={boardPath(filters)}>{t('print.back')}</AppLink>
      </div>
      <Title1 as="h1">{title}</Title1>
      <Text className={styles.meta}>{t('print.printedOn', { date: printedOn })}</Text>
      {!board ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )
      ) : (
        <>
          <p className={styles.summary}>
            <span>{t('board.summaryTotal', { count: board.summary.total })}</span>
            {(['offTrack', 'atRisk', 'onTrack', 'noCheckIn', 'overdue'] as const).map((key) => (
              <span key={key}>{t('board.counterLabel', { label: t(`board.counters.${key}`), count: board.summary[key] })}</span>
            ))}
          </p>
          {lines.length === 0 ? (
            <Text as="p">{t('board.emptyTitle')}</Text>
          ) : (
            <LinesTable lines={lines} caption={t('print.tableCaption', { period })} />
          )}
        </>
      )}
    </div>
  );
}
