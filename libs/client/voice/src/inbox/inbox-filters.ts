import {
  CustomerSegment,
  OPEN_TICKET_STATUSES,
  TicketCategory,
  TicketImpact,
  TicketSort,
  TicketStatus,
  VOICE_SEARCH_TEXT_MAX_LENGTH,
} from '@kakehashi/shared-contracts';

/** The inbox's tabs: the open tickets (the default), each status, and everything but merged ones. */
export type InboxTab = 'OPEN' | TicketStatus | 'ALL';
export const INBOX_TABS: readonly InboxTab[] = [
  'OPEN',
  TicketStatus.NEW,
  TicketStatus.TRIAGED,
  TicketStatus.PLANNED,
  TicketStatus.IN_PROGRESS,
  TicketStatus.SHIPPED,
  TicketStatus.DECLINED,
  TicketStatus.MERGED,
  'ALL',
];

/** Age presets: filed within the last days, or at least so many days ago. */
export const AGE_PRESETS = {
  any: {},
  new7: { newerThanDays: 7 },
  new30: { newerThanDays: 30 },
  old30: { olderThanDays: 30 },
  old90: { olderThanDays: 90 },
} as const;
export type AgePreset = keyof typeof AGE_PRESETS;
export const AGE_PRESET_KEYS = Object.keys(AGE_PRESETS) as AgePreset[];

export type OwnerFilter = 'any' | 'unassigned' | 'mine';
export const OWNER_FILTERS: readonly OwnerFilter[] = ['any', 'unassigned', 'mine'];

export interface InboxState {
  tab: InboxTab;
  productAreaId: string | null;
  category: TicketCategory | null;
  impact: TicketImpact | null;
  segment: CustomerSegment | null;
  age: AgePreset;
  overdue: boolean;
  owner: OwnerFilter;
  search: string;
  sort: TicketSort;
}

/** How each setting is named in the address (?overdue=1 is what notifications link to). */
export const INBOX_PARAM = {
  tab: 'status',
  productAreaId: 'area',
  category: 'category',
  impact: 'impact',
  segment: 'segment',
  age: 'age',
  overdue: 'overdue',
  owner: 'owner',
  search: 'q',
  sort: 'sort',
} as const;

export const DEFAULT_INBOX_STATE: InboxState = {
  tab: 'OPEN',
  productAreaId: null,
  category: null,
  impact: null,
  segment: null,
  age: 'any',
  overdue: false,
  owner: 'any',
  search: '',
  sort: TicketSort.NEWEST,
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function inboxStateOf(params: URLSearchParams): InboxState {
  const area = params.get(INBOX_PARAM.productAreaId);
  return {
    tab: oneOf(INBOX_TABS, params.get(INBOX_PARAM.tab)) ?? DEFAULT_INBOX_STATE.tab,
    productAreaId: area && UUID.test(area) ? area : null,
    category: oneOf(Object.values(TicketCategory), params.get(INBOX_PARAM.category)),
    impact: oneOf(Object.values(TicketImpact), params.get(INBOX_PARAM.impact)),
    segment: oneOf(Object.values(CustomerSegment), params.get(INBOX_PARAM.segment)),
    age: oneOf(AGE_PRESET_KEYS, params.get(INBOX_PARAM.age)) ?? 'any',
    overdue: params.get(INBOX_PARAM.overdue) === '1',
    owner: oneOf(OWNER_FILTERS, params.get(INBOX_PARAM.owner)) ?? 'any',
    search: (params.get(INBOX_PARAM.search) ?? '').slice(0, VOICE_SEARCH_TEXT_MAX_LENGTH),
    sort: oneOf(Object.values(TicketSort), params.get(INBOX_PARAM.sort)) ?? DEFAULT_INBOX_STATE.sort,
  };
}

/** The address's query string for a state: only what differs from the defaults. */
export function inboxParams(state: InboxState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.tab !== DEFAULT_INBOX_STATE.tab) params.set(INBOX_PARAM.tab, state.tab);
  if (state.productAreaId) params.set(INBOX_PARAM.productAreaId, state.productAreaId);
  if (state.category) params.set(INBOX_PARAM.category, state.category);
  if (state.impact) params.set(INBOX_PARAM.impact, state.impact);
  if (state.segment) params.set(INBOX_PARAM.segment, state.segment);
  if (state.age !== 'any') params.set(INBOX_PARAM.age, state.age);
  if (state.overdue) params.set(INBOX_PARAM.overdue, '1');
  if (state.owner !== 'any') params.set(INBOX_PARAM.owner, state.owner);
  if (state.search.trim()) params.set(INBOX_PARAM.search, state.search.trim());
  if (state.sort !== DEFAULT_INBOX_STATE.sort) params.set(INBOX_PARAM.sort, state.sort);
  return params;
}

/** Statuses a tab lists (undefined: the server's default, every status but merged). */
export function tabStatuses(tab: InboxTab): TicketStatus[] | undefined {
  if (tab === 'ALL') return undefined;
  if (tab === 'OPEN') return [...OPEN_TICKET_STATUSES];
  return [tab];
}

export interface TicketFilter {
  statuses?: TicketStatus[];
  productAreaIds?: string[];
  categories?: TicketCategory[];
  impacts?: TicketImpact[];
  segments?: CustomerSegment[];
  newerThanDays?: number;
  olderThanDays?: number;
  triageOverdue?: boolean;
  unassigned?: boolean;
  ownerId?: string;
  search?: string;
}

/** The api's filter for a state; `withStatus: false` for the tabs' counts, which are per status. */
export function ticketFilter(state: InboxState, myId: string | null, withStatus = true): TicketFilter {
  const filter: TicketFilter = { ...AGE_PRESETS[state.age] };
  if (withStatus) {
    const statuses = tabStatuses(state.tab);
    if (statuses) filter.statuses = statuses;
  }
  if (state.productAreaId) filter.productAreaIds = [state.productAreaId];
  if (state.category) filter.categories = [state.category];
  if (state.impact) filter.impacts = [state.impact];
  if (state.segment) filter.segments = [state.segment];
  if (state.overdue) filter.triageOverdue = true;
  if (state.owner === 'unassigned') filter.unassigned = true;
  if (state.owner === 'mine' && myId) filter.ownerId = myId;
  if (state.search.trim()) filter.search = state.search.trim();
  return filter;
}

/** How many filters beyond the tab and the sort are on. */
export function activeFilterCount(state: InboxState): number {
  return [
    state.productAreaId !== null,
    state.category !== null,
    state.impact !== null,
    state.segment !== null,
    state.age !== 'any',
    state.overdue,
    state.owner !== 'any',
    state.search.trim() !== '',
  ].filter(Boolean).length;
}

/** A tab's count from the per-status counts. */
export function tabCount(tab: InboxTab, counts: readonly { status: TicketStatus | `${TicketStatus}`; count: number }[]): number {
  const of = (status: TicketStatus) => counts.find((count) => count.status === status)?.count ?? 0;
  if (tab === 'OPEN') return OPEN_TICKET_STATUSES.reduce((sum, status) => sum + of(status), 0);
  if (tab === 'ALL') return Object.values(TicketStatus).reduce((sum, status) => sum + (status === TicketStatus.MERGED ? 0 : of(status)), 0);
  return of(tab);
}
