import { TicketCategory, TicketSort, TicketStatus } from '@kakehashi/shared-contracts';
import { DEFAULT_INBOX_STATE, activeFilterCount, inboxParams, inboxStateOf, tabCount, ticketFilter } from './inbox-filters';

const AREA = '3f2a1c4e-8b7d-4e6f-9a0b-1c2d3e4f5a6b';

describe('the inbox in the address', () => {
  it('opens on the open tickets, newest first, with nothing filtered', () => {
    expect(inboxStateOf(new URLSearchParams())).toEqual(DEFAULT_INBOX_STATE);
    expect(inboxParams(DEFAULT_INBOX_STATE).toString()).toBe('');
  });

  it('turns the overdue filter on from ?overdue=1 (what the reminders link to)', () => {
    const state = inboxStateOf(new URLSearchParams('overdue=1'));
    expect(state.overdue).toBe(true);
    expect(ticketFilter(state, null)).toMatchObject({ triageOverdue: true });
  });

  it('round-trips every setting and ignores what it does not know', () => {
    const state = {
      ...DEFAULT_INBOX_STATE,
      tab: TicketStatus.PLANNED,
      productAreaId: AREA,
      category: TicketCategory.BUG,
      age: 'old30' as const,
      owner: 'unassigned' as const,
      search: '文字化け',
      sort: TicketSort.MOST_REVENUE,
    };
    expect(inboxStateOf(inboxParams(state))).toEqual(state);
    expect(inboxStateOf(new URLSearchParams('status=LOST&area=x&sort=RANDOM&age=old1000'))).toEqual(DEFAULT_INBOX_STATE);
  });
});

describe('the api filter', () => {
  it('lists the open statuses for the default tab, one status for a status tab, and leaves it to the server for all', () => {
    expect(ticketFilter(DEFAULT_INBOX_STATE, null).statuses).toEqual(['NEW', 'TRIAGED', 'PLANNED', 'IN_PROGRESS']);
    expect(ticketFilter({ ...DEFAULT_INBOX_STATE, tab: TicketStatus.MERGED }, null).statuses).toEqual(['MERGED']);
    expect(ticketFilter({ ...DEFAULT_INBOX_STATE, tab: 'ALL' }, null).statuses).toBeUndefined();
  });

  it('counts the tabs under the same filters but every status', () => {
    const state = { ...DEFAULT_INBOX_STATE, owner: 'mine' as const, age: 'new7' as const, search: ' CSV ' };
    expect(ticketFilter(state, 'me', false)).toEqual({ ownerId: 'me', newerThanDays: 7, search: 'CSV' });
    expect(activeFilterCount(state)).toBe(3);
  });

  it('sums the tabs from the per-status counts', () => {
    const counts = [
      { status: TicketStatus.NEW, count: 4 },
      { status: TicketStatus.PLANNED, count: 2 },
      { status: TicketStatus.SHIPPED, count: 5 },
      { status: TicketStatus.MERGED, count: 3 },
    ];
    expect(tabCount('OPEN', counts)).toBe(6);
    expect(tabCount('ALL', counts)).toBe(11);
    expect(tabCount(TicketStatus.MERGED, counts)).toBe(3);
    expect(tabCount(TicketStatus.DECLINED, counts)).toBe(0);
  });
});
