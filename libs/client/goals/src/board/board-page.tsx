import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DismissRegular, PrintRegular, TargetArrowRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { Role } from '@kakehashi/shared-contracts';
import {
  AppLink,
  DepartmentOptionItems,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  departmentName,
  useAuth,
  useDepartmentOptions,
  useLocale,
  useMediaQuery,
  useNow,
  usePageTitle,
} from '@kakehashi/client-platform';
import { formatDay, goalTitle, periodLabel } from '../common/format';
import { GoalCard } from '../common/goal-card';
import { LinkButton } from '../common/link-button';
import { MY_GOALS_PATH, NEW_GOAL_PATH, boardPrintPath } from '../common/paths';
import { GoalBoardQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import { useGoalsMessages } from '../i18n/use-goals-messages';
import { BoardSummary } from './board-summary';
import { BoardTable, type BoardGroup } from './board-table';
import { CsvButton } from './csv-button';
import { SnapshotList } from './snapshot-list';
import { boardTeamLabel, useBoardTeam } from './board-team';
import { TeamFilter } from './team-filter';
import { useBoardFilters } from './use-board-filters';

const NARROW = '(max-width: 767px)';
const QUARTERS = [1, 2, 3, 4] as const;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  filter: { minWidth: '130px', flex: '1 1 140px', maxWidth: '200px' },
  departmentFilter: { minWidth: '200px', flex: '1 1 240px', maxWidth: '360px' },
  dropdown: { minWidth: 0, width: '100%' },
  exports: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginInlineStart: 'auto' },
  showing: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  updating: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  cardGroup: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** `/goals`: the board dashboard. Every company goal of a period under its KGI, the worst first. */
export default function BoardPage() {
  useGoalsMessages();
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const { me } = useAuth();
  const narrow = useMediaQuery(NARROW);
  const now = useNow();
  usePageTitle(t('board.title'));
  const [filters, setFilters] = useBoardFilters();
  const departments = useDepartmentOptions();
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const summaryId = useId();
  const listId = useId();

  const { data, previousData, loading, error, refetch } = useQuery(GoalBoardQuery, {
    variables: { fiscalYear: filters.fiscalYear, quarter: filters.quarter, departmentId: filters.departmentId, teamId: filters.teamId },
    // Live in a meeting: what the cache holds shows at once, the server's answer follows.
    fetchPolicy: 'cache-and-network',
  });
  const board = (data ?? previousData)?.goalBoard;
  const canCreate = Boolean(me?.roles.some((role) => role === Role.HUB_ADMIN || role === Role.HUB_EDITOR));

  const fiscalYear = filters.fiscalYear ?? board?.fiscalYear.fiscalYear ?? null;
  const quarter = filters.quarter ?? board?.quarter.quarter ?? null;
  const years = [...new Set([...(board?.fiscalYears ?? []), ...(fiscalYear !== null ? [fiscalYear] : [])])].sort((a, b) => b - a);
  const department = filters.departmentId ? departments.find((option) => option.id === filters.departmentId) : undefined;
  const team = useBoardTeam(filters.teamId);
  const shownFilters = {
    fiscalYear: board?.fiscalYear.fiscalYear ?? null,
    quarter: board?.quarter.quarter ?? null,
    departmentId: filters.departmentId,
    teamId: filters.teamId,
  };

  const header = (
    <PageHeader
      title={t('board.title')}
      lead={t('board.lead')}
      actions={
        <>
          <AppLink to={MY_GOALS_PATH}>{t('board.myGoals')}</AppLink>
          {canCreate ? (
            <LinkButton to={NEW_GOAL_PATH} icon={<AddRegular />}>
              {t('board.create')}
            </LinkButton>
          ) : null}
        </>
      }
    />
  );

  if (!board) {
    return (
      <div className={styles.page}>
        {header}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </div>
    );
  }

  const shownPeriod = periodLabel(board.quarter, t);
  const groups: readonly BoardGroup[] = board.groups;
  const departmentLabel = department ? departmentName(department, locale) : null;
  const teamLabel = team ? boardTeamLabel(team, locale, t) : null;
  // Names what the filters show, once their names are known (the period and dates until then).
  const showingHeading = (): string => {
    if (departmentLabel && teamLabel)
      return t('board.showingDepartmentTeam', { period: shownPeriod, department: departmentLabel, team: teamLabel });
    if (departmentLabel) return t('board.showingDepartment', { period: shownPeriod, department: departmentLabel });
    if (teamLabel) return t('board.showingTeam', { period: shownPeriod, team: teamLabel });
    return t('board.showing', {
      period: shownPeriod,
      dates: t('period.dates', { start: formatDay(board.quarter.start, locale), end: formatDay(board.quarter.end, locale) }),
    });
  };
  const emptyFiltered = filters.departmentId && filters.teamId ? 'emptyBoth' : filters.teamId ? 'emptyTeam' : 'emptyFiltered';

  return (
    <div className={styles.page}>
      {header}
      <section className={styles.filters} aria-label={t('board.filters')}>
        <Field label={t('board.fiscalYear')} className={styles.filter}>
          <Select
            value={fiscalYear === null ? '' : String(fiscalYear)}
            onChange={(_, selected) => setFilters({ fiscalYear: Number(selected.value) })}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {t('period.fiscalYear', { year })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('board.quarter')} className={styles.filter}>
          <Select
            value={quarter === null ? '' : String(quarter)}
            onChange={(_, selected) => setFilters({ quarter: Number(selected.value) })}
          >
            {QUARTERS.map((item) => (
              <option key={item} value={item}>
                {t('period.quarterOnly', { quarter: item })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('board.department')} className={styles.departmentFilter}>
          <Dropdown
            className={styles.dropdown}
            value={department ? departmentName(department, locale) : t('board.allDepartments')}
            selectedOptions={[filters.departmentId ?? '']}
            onOptionSelect={(_, selected) => setFilters({ departmentId: selected.optionValue || null })}
          >
            <Option value="" text={t('board.allDepartments')}>
              {t('board.allDepartments')}
            </Option>
            <DepartmentOptionItems options={departments} locale={locale} />
          </Dropdown>
        </Field>
        <TeamFilter
          teamId={filters.teamId}
          team={team}
          onChange={(teamId) => setFilters({ teamId })}
          className={styles.departmentFilter}
          comboboxClassName={styles.dropdown}
        />
        <div className={styles.exports}>
          <CsvButton
            fiscalYear={board.fiscalYear.fiscalYear}
            quarter={board.quarter.quarter ?? 1}
            departmentId={filters.departmentId}
            teamId={filters.teamId}
            periodKey={board.quarter.key}
            onResult={setNotice}
          />
          <LinkButton to={boardPrintPath(shownFilters)} appearance="secondary" icon={<PrintRegular />}>
            {t('board.print')}
          </LinkButton>
        </div>
      </section>

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
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {board.truncated ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('board.truncated')}</MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.showing}>
        <h2 id={summaryId} className={styles.heading}>
          {showingHeading()}
        </h2>
        <Text className={styles.muted}>{t('board.summaryTotal', { count: board.summary.total })}</Text>
        {loading ? (
          <span className={styles.updating} role="status">
            <Spinner size="extra-tiny" aria-hidden="true" />
            {t('board.updating')}
          </span>
        ) : null}
      </div>
      <BoardSummary summary={board.summary} labelId={summaryId} />

      <h2 id={listId} className={styles.heading}>
        {t('board.goals')}
      </h2>
      {groups.length === 0 ? (
        filters.departmentId || filters.teamId ? (
          <EmptyState
            icon={<TargetArrowRegular />}
            title={t(`board.${emptyFiltered}Title`)}
            hint={t(`board.${emptyFiltered}Hint`)}
            action={<Button onClick={() => setFilters({ departmentId: null, teamId: null })}>{t('board.clearFilter')}</Button>}
          />
        ) : (
          <EmptyState icon={<TargetArrowRegular />} title={t('board.emptyTitle')} hint={t('board.emptyHint')} />
        )
      ) : narrow ? (
        <div className={styles.cards}>
          {groups.map((group) => {
            const top = group.rows[0]?.goal;
            return (
              <ul
                key={top?.id}
                className={styles.cardGroup}
                aria-label={top ? t('board.groupLabel', { code: top.code, title: goalTitle(top, locale) }) : undefined}
              >
                {group.rows.map((row) => (
                  <li key={row.goal.id}>
                    <GoalCard goal={row.goal} now={now} depth={row.depth} context={!row.matches} />
                  </li>
                ))}
              </ul>
            );
          })}
        </div>
      ) : (
        <BoardTable groups={groups} captionId={listId} now={now} />
      )}

      <SnapshotList />
    </div>
  );
}
