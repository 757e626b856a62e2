import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FilterDismissRegular, LockClosedRegular, MailInboxRegular, SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { CustomerSegment, TicketCategory, TicketImpact, TicketSort } from '@kakehashi/shared-contracts';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  formatNumber,
  useAuth,
  useLocale,
  useMediaQuery,
  useFlagParam,
  useNow,
  usePageTitle,
} from '@kakehashi/client-platform';
import { areaName } from '../common/format';
import { LoadMoreButton, appendById } from '../common/load-more';
import { NoticeBar, type Notice } from '../common/notice-bar';
import { MY_TICKETS_PATH } from '../common/paths';
import { TicketCard } from '../common/ticket-card';
import { useProductAreas } from '../common/use-product-areas';
import { VoiceTabs } from '../common/voice-tabs';
import { InboxTicketsQuery, TicketStatusCountsQuery, VoiceSettingsQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';
import { useVoiceMessages } from '../i18n/use-voice-messages';
import { BulkBar } from './bulk-bar';
import {
  AGE_PRESET_KEYS,
  INBOX_PARAM,
  INBOX_TABS,
  OWNER_FILTERS,
  activeFilterCount,
  inboxParams,
  inboxStateOf,
  tabCount,
  ticketFilter,
  type InboxState,
} from './inbox-filters';
import { InboxTable } from './inbox-table';

const PAGE_SIZE = 50;
const NARROW = '(max-width: 767px)';
const SEARCH_DEBOUNCE_MS = 400;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  tabs: { overflowX: 'auto', minWidth: 0 },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  filter: { flex: '1 1 150px', minWidth: '140px', maxWidth: '220px', '@media (max-width: 767px)': { maxWidth: 'none' } },
  search: { flex: '2 1 240px', minWidth: '200px', '@media (max-width: 767px)': { minWidth: 0 } },
  switches: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  showing: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  updating: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  selectAll: { alignSelf: 'flex-start' },
});

/** `/voice/inbox`: the triage inbox (product only). */
export default function InboxPage() {
  useVoiceMessages();
  const { t } = useTranslation(VOICE_NAMESPACE);
  const common = useTranslation().t;
  usePageTitle(t('inbox.title'));
  const { data, error, refetch } = useQuery(VoiceSettingsQuery);
  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  if (!data.voiceSettings.canTriage) {
    return (
      <>
        <VoiceTabs />
        <Title1 as="h1">{t('inbox.forbiddenTitle')}</Title1>
        <EmptyState
          icon={<LockClosedRegular />}
          hint={`${common('errors.FORBIDDEN')} ${t('inbox.forbiddenHint')}`}
          action={<AppLink to={MY_TICKETS_PATH}>{t('inbox.toMine')}</AppLink>}
        />
      </>
    );
  }
  return <Inbox />;
}

function Inbox() {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const { me } = useAuth();
  const now = useNow();
  const narrow = useMediaQuery(NARROW);
  const [params, setParams] = useSearchParams();
  // The switch follows a click at once (the address catches up): ?overdue=1 is what reminders link to.
  const [overdue, setOverdue] = useFlagParam(INBOX_PARAM.overdue, '1');
  const state = useMemo(() => ({ ...inboxStateOf(params), overdue }), [params, overdue]);
  const { areas } = useProductAreas();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const listHeadingId = useId();

  const update = (changes: Partial<InboxState>, replace = false) => {
    setSelected(new Set());
    setParams(inboxParams({ ...state, ...changes }), { replace });
  };

  // The search box follows typing at once; the address (and the query) once typing pauses.
  const [searchText, setSearchText] = useState(state.search);
  const [searchSeen, setSearchSeen] = useState(state.search);
  if (searchSeen !== state.search) {
    setSearchSeen(state.search);
    setSearchText(state.search);
  }
  const typing = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(typing.current), []);
  const onSearch = (value: string) => {
    setSearchText(value);
    window.clearTimeout(typing.current);
    typing.current = window.setTimeout(() => update({ search: value }, true), SEARCH_DEBOUNCE_MS);
  };

  const myId = me?.id ?? null;
  const filter = ticketFilter(state, myId);
  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(InboxTicketsQuery, {
    variables: { filter, sort: state.sort, first: PAGE_SIZE, after: null },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const counts = useQuery(TicketStatusCountsQuery, {
    variables: { filter: ticketFilter(state, myId, false) },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.tickets;
  const nodes = connection?.nodes ?? [];
  const statusCounts = (counts.data ?? counts.previousData)?.ticketStatusCounts;
  const updating = networkStatus === NetworkStatus.setVariables || networkStatus === NetworkStatus.refetch;

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        tickets: { ...fetchMoreResult.tickets, nodes: appendById(previous.tickets.nodes, fetchMoreResult.tickets.nodes) },
      }),
    }).catch(() => undefined);
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allSelected = nodes.length > 0 && nodes.every((ticket) => selected.has(ticket.id));
  const someSelected = nodes.some((ticket) => selected.has(ticket.id));
  const selectAll = (on: boolean) => setSelected(on ? new Set(nodes.map((ticket) => ticket.id)) : new Set());
  const selectedTickets = nodes.filter((ticket) => selected.has(ticket.id));

  const filters = activeFilterCount(state);
  const option = (value: string, label: string) => (
    <option key={value} value={value}>
      {label}
    </option>
  );

  let body;
  if (!connection) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  } else if (nodes.length === 0) {
    body =
      filters > 0 ? (
        <EmptyState
          title={t('inbox.emptyTitle')}
          hint={t('inbox.emptyFilteredHint')}
          action={
            <Button icon={<FilterDismissRegular />} onClick={() => update({ ...clearedFilters })}>
              {t('inbox.clearFilters')}
            </Button>
          }
        />
      ) : (
        <EmptyState icon={<MailInboxRegular />} title={t('inbox.emptyTitle')} hint={t('inbox.emptyHint')} />
      );
  } else {
    body = (
      <>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {narrow ? (
          <>
            <Checkbox
              className={styles.selectAll}
              checked={allSelected ? true : someSelected ? 'mixed' : false}
              onChange={(_, checked) => selectAll(checked.checked === true)}
              label={t('inbox.selectAll')}
            />
            <ul className={styles.cards} aria-labelledby={listHeadingId} aria-busy={updating}>
              {nodes.map((ticket) => (
                <li key={ticket.id}>
                  <TicketCard
                    ticket={ticket}
                    now={now}
                    showOwner
                    select={
                      <Checkbox
                        checked={selected.has(ticket.id)}
                        onChange={(_, checked) => toggle(ticket.id, checked.checked === true)}
                        aria-label={t('inbox.selectRow', { code: ticket.code })}
                      />
                    }
                  />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <InboxTable
            tickets={nodes}
            captionId={listHeadingId}
            now={now}
            selected={selected}
            onToggle={toggle}
            allSelected={allSelected}
            someSelected={someSelected}
            onSelectAll={selectAll}
            busy={updating}
          />
        )}
        {connection.pageInfo.hasNextPage ? <LoadMoreButton loading={networkStatus === NetworkStatus.fetchMore} onClick={loadMore} /> : null}
      </>
    );
  }

  return (
    <div className={styles.page}>
      <VoiceTabs />
      <PageHeader title={t('inbox.title')} lead={t('inbox.lead')} />
      <div className={styles.tabs}>
        <TabList
          selectedValue={state.tab}
          onTabSelect={(_, data) => update({ tab: data.value as InboxState['tab'] })}
          aria-label={t('inbox.statusTabs')}
          size="small"
        >
          {INBOX_TABS.map((tab) => {
            const label = t(tab === 'OPEN' || tab === 'ALL' ? `inbox.tab.${tab}` : `status.${tab}`);
            return (
              <Tab key={tab} value={tab}>
                {statusCounts ? t('inbox.tabCount', { label, count: formatNumber(tabCount(tab, statusCounts), locale) }) : label}
              </Tab>
            );
          })}
        </TabList>
      </div>

      <section className={styles.filters} aria-label={t('inbox.filters')}>
        <Field label={t('inbox.search')} className={styles.search}>
          <Input
            type="search"
            contentBefore={<SearchRegular aria-hidden="true" />}
            value={searchText}
            placeholder={t('inbox.searchPlaceholder')}
            onChange={(_, data) => onSearch(data.value)}
          />
        </Field>
        <Field label={t('inbox.productArea')} className={styles.filter}>
          <Select value={state.productAreaId ?? ''} onChange={(_, data) => update({ productAreaId: data.value || null })}>
            {option('', t('inbox.allAreas'))}
            {areas.map((area) => option(area.id, areaName(area, locale, '')))}
          </Select>
        </Field>
        <Field label={t('inbox.category')} className={styles.filter}>
          <Select value={state.category ?? ''} onChange={(_, data) => update({ category: (data.value || null) as TicketCategory | null })}>
            {option('', t('inbox.allCategories'))}
            {Object.values(TicketCategory).map((value) => option(value, t(`category.${value}`)))}
          </Select>
        </Field>
        <Field label={t('inbox.impact')} className={styles.filter}>
          <Select value={state.impact ?? ''} onChange={(_, data) => update({ impact: (data.value || null) as TicketImpact | null })}>
            {option('', t('inbox.allImpacts'))}
            {Object.values(TicketImpact).map((value) => option(value, t(`impact.${value}`)))}
          </Select>
        </Field>
        <Field label={t('inbox.segment')} className={styles.filter}>
          <Select value={state.segment ?? ''} onChange={(_, data) => update({ segment: (data.value || null) as CustomerSegment | null })}>
            {option('', t('inbox.allSegments'))}
            {Object.values(CustomerSegment).map((value) => option(value, t(`segment.${value}`)))}
          </Select>
        </Field>
        <Field label={t('inbox.age')} className={styles.filter}>
          <Select value={state.age} onChange={(_, data) => update({ age: data.value as InboxState['age'] })}>
            {AGE_PRESET_KEYS.map((value) => option(value, t(`inbox.ages.${value}`)))}
          </Select>
        </Field>
        <Field label={t('inbox.owner')} className={styles.filter}>
          <Select value={state.owner} onChange={(_, data) => update({ owner: data.value as InboxState['owner'] })}>
            {OWNER_FILTERS.map((value) => option(value, t(`inbox.owners.${value}`)))}
          </Select>
        </Field>
        <Field label={t('inbox.sort')} className={styles.filter}>
          <Select value={state.sort} onChange={(_, data) => update({ sort: data.value as TicketSort })}>
            {Object.values(TicketSort).map((value) => option(value, t(`inbox.sorts.${value}`)))}
          </Select>
        </Field>
        <div className={styles.switches}>
          <Switch
            checked={state.overdue}
            onChange={(_, data) => {
              setSelected(new Set());
              setOverdue(data.checked);
            }}
            label={t('inbox.overdueOnly')}
          />
          {filters > 0 ? (
            <Button appearance="subtle" icon={<FilterDismissRegular />} onClick={() => update({ ...clearedFilters })}>
              {t('inbox.clearFilters')}
            </Button>
          ) : null}
        </div>
      </section>

      {notice ? <NoticeBar notice={notice} onDismiss={() => setNotice(null)} /> : null}
      {selectedTickets.length > 0 ? (
        <BulkBar
          tickets={selectedTickets}
          areas={areas}
          myId={myId}
          onDone={(text) => {
            setSelected(new Set());
            setNotice({ intent: 'success', text });
            void refetch();
            void counts.refetch();
          }}
          onFailed={(text) => setNotice({ intent: 'error', text })}
          onClear={() => setSelected(new Set())}
        />
      ) : null}

      <div className={styles.showing}>
        <h2 id={listHeadingId} className={styles.heading}>
          {t(state.tab === 'OPEN' || state.tab === 'ALL' ? `inbox.tab.${state.tab}` : `status.${state.tab}`)}
        </h2>
        {connection ? (
          <Text>
            {connection.pageInfo.hasNextPage
              ? t('inbox.showingMore', { count: nodes.length })
              : t('inbox.showing', { count: nodes.length })}
          </Text>
        ) : null}
        {updating ? (
          <span className={styles.updating} role="status">
            <Spinner size="extra-tiny" aria-hidden="true" />
            {t('inbox.updating')}
          </span>
        ) : null}
      </div>
      {body}
    </div>
  );
}

const clearedFilters: Partial<InboxState> = {
  productAreaId: null,
  category: null,
  impact: null,
  segment: null,
  age: 'any',
  overdue: false,
  owner: 'any',
  search: '',
};
