import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Dropdown, Field, Input, Option, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, OrganizationRegular, PeopleTeamRegular, SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_DEFAULT, Role, SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import {
  DepartmentOptionItems,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  departmentName,
  useAuth,
  useDepartmentOptions,
  useLocale,
  usePageTitle,
  useVisuallyHiddenStyles,
  type TeamKind,
  type TeamStatus,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { TeamDirectoryQuery as TeamDirectoryDocument } from './documents';
import { TeamCard } from './team-card';
import { LinkButton, ORG_CHART_PATH, TEAMS_PATH, TEAM_KINDS, TEAM_STATUSES } from './team-ui';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    marginBottom: tokens.spacingVerticalL,
    '@media (max-width: 1023px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
    '@media (max-width: 599px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  searchField: { '@media (max-width: 1023px)': { gridColumn: '1 / -1' } },
  control: { minWidth: 0, maxWidth: '100%' },
  summary: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '32px',
    marginBottom: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 479px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  more: { display: 'flex', justifyContent: 'center', marginTop: tokens.spacingVerticalXL },
});

const PARAM = { search: 'q', department: 'department', kind: 'kind', status: 'status' } as const;
const SEARCH_DEBOUNCE_MS = 300;

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined => list.find((item) => item === value);

function withParam(current: URLSearchParams, name: string, value: string | null | undefined): URLSearchParams {
  const next = new URLSearchParams(current);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

/** `/teams`: the team directory, with its filters in the address. */
export default function TeamsPage() {
  useDirectoryMessages();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const locale = useLocale();
  const { me } = useAuth();
  usePageTitle(t('teams.title'));
  const [params, setParams] = useSearchParams();
  const search = params.get(PARAM.search) ?? '';
  const departmentId = params.get(PARAM.department) ?? '';
  const kind = pick<TeamKind>(TEAM_KINDS, params.get(PARAM.kind));
  const status = pick<TeamStatus>(TEAM_STATUSES, params.get(PARAM.status));
  const canCreate = Boolean(me?.roles.some((role) => role === Role.HUB_ADMIN || role === Role.HUB_EDITOR));

  // The box follows typing at once; the query (and the address) once typing pauses.
  const [text, setText] = useState(search);
  const typingTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(typingTimer.current), []);
  const onSearchChange = (value: string) => {
    setText(value);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(
      () => setParams((current) => withParam(current, PARAM.search, value.trim()), { replace: true }),
      SEARCH_DEBOUNCE_MS,
    );
  };
  const setFilter = (name: string, value: string) => setParams((current) => withParam(current, name, value), { replace: true });
  const clearFilters = () => {
    window.clearTimeout(typingTimer.current);
    setText('');
    setParams(new URLSearchParams(), { replace: true });
  };
  const filtered = Boolean(search || departmentId || kind || status);

  const departments = useDepartmentOptions();
  const chosenDepartment = departments.find((option) => option.id === departmentId);

  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(TeamDirectoryDocument, {
    variables: {
      search: search || null,
      departmentId: departmentId || null,
      kind: kind ?? null,
      status: status ?? null,
      first: PAGE_SIZE_DEFAULT,
    },
    notifyOnNetworkStatusChange: true,
    // New and changed teams show when coming back to the list.
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.teams;
  const searching = networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = () => {
    if (!connection) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const seen = new Set(previous.teams.edges.map((edge) => edge.node.id));
        return {
          ...previous,
          teams: {
            ...fetchMoreResult.teams,
            edges: [...previous.teams.edges, ...fetchMoreResult.teams.edges.filter((edge) => !seen.has(edge.node.id))],
          },
        };
      },
    }).catch(() => undefined);
  };

  let body;
  if (!connection) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  } else {
    const teams = connection.edges.map((edge) => edge.node);
    body = (
      <>
        <div className={styles.summary}>
          <Text role="status" aria-live="polite">
            {searching ? t('teams.searching') : t('teams.showing', { shown: teams.length, total: connection.totalCount })}
          </Text>
          {searching ? <Spinner size="extra-tiny" aria-hidden="true" /> : null}
        </div>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {teams.length === 0 && !searching ? (
          filtered ? (
            <EmptyState
              title={t('teams.emptyTitle')}
              hint={t('teams.emptyHint')}
              action={
                <Button appearance="secondary" onClick={clearFilters}>
                  {t('teams.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState icon={<PeopleTeamRegular />} title={t('teams.noTeamsTitle')} hint={t('teams.noTeamsHint')} />
          )
        ) : (
          <ul className={styles.list} aria-busy={searching}>
            {teams.map((team) => (
              <li key={team.id}>
                <TeamCard team={team} />
              </li>
            ))}
          </ul>
        )}
        {connection.pageInfo.hasNextPage ? (
          <div className={styles.more}>
            <Button
              appearance="secondary"
              disabledFocusable={loadingMore}
              icon={loadingMore ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
              onClick={loadMore}
            >
              {loadingMore ? t('teams.loadingMore') : t('teams.loadMore')}
            </Button>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('teams.title')}
        lead={t('teams.lead')}
        actions={
          <>
            <LinkButton to={ORG_CHART_PATH} appearance="secondary" icon={<OrganizationRegular />}>
              {t('teams.orgChart')}
            </LinkButton>
            {canCreate ? (
              <LinkButton to={`${TEAMS_PATH}/new`} icon={<AddRegular />}>
                {t('teams.create')}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <div role="search">
        <div className={styles.filters}>
          <Field className={styles.searchField} label={t('teams.searchLabel')}>
            <Input
              type="search"
              value={text}
              maxLength={SEARCH_TEXT_MAX_LENGTH}
              placeholder={t('teams.searchPlaceholder')}
              contentBefore={<SearchRegular />}
              autoComplete="off"
              onChange={(_, change) => onSearchChange(change.value)}
            />
          </Field>
          <Field label={t('teams.departmentLabel')} hint={t('teams.departmentHint')}>
            <Dropdown
              className={styles.control}
              value={chosenDepartment ? departmentName(chosenDepartment, locale) : departmentId ? '…' : t('teams.allDepartments')}
              selectedOptions={[departmentId]}
              onOptionSelect={(_, option) => setFilter(PARAM.department, option.optionValue ?? '')}
            >
              <Option value="" text={t('teams.allDepartments')}>
                {t('teams.allDepartments')}
              </Option>
              <DepartmentOptionItems options={departments} locale={locale} />
            </Dropdown>
          </Field>
          <Field label={t('teams.kindLabel')}>
            <Select value={kind ?? ''} onChange={(_, change) => setFilter(PARAM.kind, change.value)}>
              <option value="">{t('teams.allKinds')}</option>
              {TEAM_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`teams.kinds.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('teams.statusLabel')}>
            <Select value={status ?? ''} onChange={(_, change) => setFilter(PARAM.status, change.value)}>
              <option value="">{t('teams.allStatuses')}</option>
              {TEAM_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`teams.statuses.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </div>
      <section aria-labelledby="teams-results-heading">
        <h2 id="teams-results-heading" className={hidden.root}>
          {t('teams.results')}
        </h2>
        {body}
      </section>
    </>
  );
}
