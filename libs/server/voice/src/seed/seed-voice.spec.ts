import { mulberry32 } from '@kakehashi/server-platform';
import {
  CustomerSegment,
  PRODUCT_AREA_KEY_PATTERN,
  PRODUCT_AREA_NAME_MAX_LENGTH,
  Role,
  TicketCommentKind,
  TicketStatus,
  VOICE_ACCOUNT_NAME_MAX_LENGTH,
  VOICE_CONTACT_ROLE_MAX_LENGTH,
  VOICE_DECLINE_REASON_MAX_LENGTH,
  VOICE_SUMMARY_MAX_LENGTH,
  VOICE_THEME_MAX_LENGTH,
} from '@kakehashi/shared-contracts';
import { businessDaysBetween, triageDueAt } from '../triage/business-days';
import { accountKey } from '../voices/ticket-counters';
import { ACCOUNTS, DECLINE_REASONS, PRODUCT_AREAS, TICKET_SCRIPTS } from './voice-content';
import { planVoiceSeed, typedAccountName, type VoiceSeedChunk, type VoiceSeedDirectory } from './seed-voice';

const NOW = new Date('2026-11-21T03:00:00Z');
const DAY_MS = 86_400_000;
const TARGET_DAYS = 5;

/** A small company: sales, success, support, product (two triagers), engineering, marketing. */
function directory(options: { triagers?: boolean } = {}): VoiceSeedDirectory {
  const people: VoiceSeedDirectory['people'] = [];
  const add = (code: string | null, count: number, roles: readonly string[] = []) => {
    for (let index = 0; index < count; index++) people.push({ id: `${code ?? 'none'}-${people.length}`, departmentCode: code, roles });
  };
  add('SLS-E', 8);
  add('SLS-W', 6);
  add('CS', 5);
  add('SUP', 6);
  add('SUP-TEC', 2);
  add('PRD', 2, options.triagers === false ? [] : [Role.PRODUCT_TRIAGE]);
  add('PRD', 2);
  add('ENG', 5);
  add('MKT', 3);
  add(null, 1);
  return { people };
}

function plan(options: { scale?: number; triagers?: boolean } = {}): VoiceSeedChunk[] {
  return [...planVoiceSeed(directory(options), { now: NOW, scale: options.scale ?? 1, triageTargetDays: TARGET_DAYS })];
}

function flatten(chunks: VoiceSeedChunk[]): VoiceSeedChunk {
  return {
    tickets: chunks.flatMap((chunk) => chunk.tickets),
    voices: chunks.flatMap((chunk) => chunk.voices),
    events: chunks.flatMap((chunk) => chunk.events),
    comments: chunks.flatMap((chunk) => chunk.comments),
  };
}

describe('the customer-voice seed plan', () => {
  const demo = flatten(plan());
  const { tickets, voices, events, comments } = demo;
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const statusCount = (list: typeof tickets, status: TicketStatus) => list.filter((ticket) => ticket.status === status).length;

  it('is the same plan every time for the same directory, date and scale', () => {
    expect(JSON.stringify(flatten(plan()))).toEqual(JSON.stringify(demo));
  });

  it('gives the demo ~300 tickets over the last year with ~600 voices from many customers', () => {
    expect(tickets).toHaveLength(300);
    expect(voices.length).toBeGreaterThan(520);
    expect(voices.length).toBeLessThan(700);
    expect(new Set(voices.map((voice) => voice.accountKey)).size).toBeGreaterThanOrEqual(50);
    const oldest = tickets[0]!.filedAt.getTime();
    expect(NOW.getTime() - oldest).toBeGreaterThan(330 * DAY_MS);
    expect(NOW.getTime() - oldest).toBeLessThan(370 * DAY_MS);
    // Filing order is time order, so the serial numbers read oldest first.
    tickets.forEach((ticket, index) => {
      expect(ticket.index).toBe(index);
      if (index > 0) expect(ticket.filedAt.getTime()).toBeGreaterThan(tickets[index - 1]!.filedAt.getTime());
    });
    expect(new Set(tickets.map((ticket) => ticket.scriptIndex)).size).toBeGreaterThan(TICKET_SCRIPTS.length * 0.8);
  });

  it('has tickets filed by sales, success and support, and owned by the triagers', () => {
    const triagers = directory()
      .people.filter((person) => person.roles.includes(Role.PRODUCT_TRIAGE))
      .map((person) => person.id);
    expect(triagers).toHaveLength(2);
    const frontLine = tickets.filter((ticket) => /^(SLS|CS|SUP)/.test(ticket.filerId)).length;
    expect(frontLine / tickets.length).toBeGreaterThan(0.9);
    for (const desk of ['SLS', 'CS', 'SUP']) expect(tickets.some((ticket) => ticket.filerId.startsWith(desk))).toBe(true);
    for (const ticket of tickets) {
      // A merged duplicate stays as it was filed: nobody took it on.
      if (ticket.status === TicketStatus.NEW || ticket.status === TicketStatus.MERGED) expect(ticket.ownerId).toBeNull();
      else expect(triagers).toContain(ticket.ownerId);
      expect(ticket.productAreaKey).not.toBeNull();
    }
  });

  it('falls back to the product department when nobody holds the triage role', () => {
    const owners = new Set(flatten(plan({ triagers: false })).tickets.flatMap((ticket) => ticket.ownerId ?? []));
    expect([...owners].every((id) => id.startsWith('PRD-'))).toBe(true);
    expect(owners.size).toBeGreaterThan(2);
  });

  it('spreads states realistically: old ones mostly decided, recent ones new or triaged, some new ones overdue', () => {
    const old = tickets.filter((ticket) => NOW.getTime() - ticket.filedAt.getTime() > 180 * DAY_MS);
    const decided = old.filter((ticket) =>
      [TicketStatus.SHIPPED, TicketStatus.DECLINED, TicketStatus.PLANNED, TicketStatus.MERGED].includes(ticket.status),
    );
    expect(decided.length / old.length).toBeGreaterThan(0.65);
    expect(statusCount(old, TicketStatus.SHIPPED)).toBeGreaterThan(20);
    const recent = tickets.filter((ticket) => NOW.getTime() - ticket.filedAt.getTime() < 14 * DAY_MS);
    const early = recent.filter((ticket) => [TicketStatus.NEW, TicketStatus.TRIAGED].includes(ticket.status));
    expect(early.length / recent.length).toBeGreaterThan(0.7);
    const fresh = tickets.filter((ticket) => NOW.getTime() - ticket.filedAt.getTime() < 3 * DAY_MS);
    expect(statusCount(fresh, TicketStatus.NEW)).toBeGreaterThan(0);
    const overdue = tickets.filter((ticket) => ticket.status === TicketStatus.NEW && ticket.triageDueAt.getTime() < NOW.getTime());
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeLessThan(25);
    for (const status of Object.values(TicketStatus)) expect(statusCount(tickets, status)).toBeGreaterThan(0);
  });

  it('keeps the triage clock: due after the target in business days, first triage on everything that left NEW', () => {
    for (const ticket of tickets) {
      expect(ticket.triageDueAt).toEqual(triageDueAt(ticket.filedAt, TARGET_DAYS));
      if (ticket.status === TicketStatus.NEW) {
        expect(ticket.firstTriagedAt).toBeNull();
        expect(ticket.triageBusinessDays).toBeNull();
        expect(ticket.theme).toBeNull();
      } else {
        expect(ticket.firstTriagedAt!.getTime()).toBeGreaterThan(ticket.filedAt.getTime());
        expect(ticket.triageBusinessDays).toBe(businessDaysBetween(ticket.filedAt, ticket.firstTriagedAt!));
        expect(ticket.statusChangedAt.getTime()).toBeGreaterThanOrEqual(ticket.firstTriagedAt!.getTime());
      }
      expect(ticket.statusChangedAt.getTime()).toBeLessThan(NOW.getTime());
      expect(ticket.updatedAt.getTime()).toBeLessThan(NOW.getTime());
      expect(ticket.declineReason !== null).toBe(ticket.status === TicketStatus.DECLINED);
      if (ticket.declineReason) expect(ticket.declineReason.length).toBeLessThanOrEqual(VOICE_DECLINE_REASON_MAX_LENGTH);
    }
    const triaged = tickets.filter((ticket) => ticket.firstTriagedAt !== null);
    const onTime = triaged.filter((ticket) => ticket.firstTriagedAt!.getTime() <= ticket.triageDueAt.getTime());
    expect(triaged.filter((ticket) => ticket.triageBusinessDays! < TARGET_DAYS)).toEqual(onTime);
    expect(new Set(triaged.map((ticket) => ticket.triageBusinessDays)).size).toBeGreaterThan(TARGET_DAYS);
    expect(onTime.length / triaged.length).toBeGreaterThan(0.7);
    expect(onTime.length / triaged.length).toBeLessThan(0.97);
  });

  it('merges ~15 duplicates into earlier open tickets, moving their voices and sharing customers', () => {
    const merged = tickets.filter((ticket) => ticket.status === TicketStatus.MERGED);
    expect(merged).toHaveLength(15);
    let shared = 0;
    for (const ticket of merged) {
      const survivor = byId.get(ticket.mergedIntoId!)!;
      expect(survivor.status).not.toBe(TicketStatus.MERGED);
      expect(survivor.status).not.toBe(TicketStatus.DECLINED);
      expect(survivor.scriptIndex).toBe(ticket.scriptIndex);
      expect(survivor.filedAt.getTime()).toBeLessThan(ticket.filedAt.getTime());
      const moved = voices.filter((voice) => voice.originalTicketId === ticket.id);
      expect(moved.length).toBeGreaterThan(0);
      for (const voice of moved) {
        expect(voice.ticketId).toBe(survivor.id);
        expect(voice.createdAt.getTime()).toBeLessThanOrEqual(ticket.statusChangedAt.getTime());
      }
      expect(voices.some((voice) => voice.ticketId === ticket.id)).toBe(false);
      const into = events.filter((event) => event.ticketId === ticket.id && event.kind === 'MERGED_INTO');
      expect(into).toEqual([expect.objectContaining({ otherTicketId: survivor.id, toStatus: TicketStatus.MERGED })]);
      expect(
        events.some((event) => event.ticketId === survivor.id && event.kind === 'MERGED_FROM' && event.otherTicketId === ticket.id),
      ).toBe(true);
      const survivorKeys = new Set(voices.filter((voice) => voice.originalTicketId === survivor.id).map((voice) => voice.accountKey));
      if (moved.some((voice) => survivorKeys.has(voice.accountKey))) shared++;
    }
    expect(shared).toBeGreaterThanOrEqual(3);
  });

  it('has tickets where voices outnumber customers, and the same customer typed differently', () => {
    const perTicket = new Map<string, { voices: number; keys: Set<string>; names: Set<string> }>();
    for (const voice of voices) {
      const entry = perTicket.get(voice.ticketId) ?? { voices: 0, keys: new Set(), names: new Set() };
      entry.voices++;
      entry.keys.add(voice.accountKey);
      entry.names.add(voice.accountName);
      perTicket.set(voice.ticketId, entry);
    }
    const entries = [...perTicket.values()];
    expect(entries.filter((entry) => entry.voices > entry.keys.size).length).toBeGreaterThanOrEqual(5);
    expect(entries.some((entry) => entry.names.size > entry.keys.size)).toBe(true);
    expect(Math.max(...entries.map((entry) => entry.voices))).toBeGreaterThanOrEqual(6);
  });

  it('writes voices as filers would: segments and values of the account, unique idempotency keys per filer', () => {
    const accounts = new Map(ACCOUNTS.map((account) => [accountKey(account.name), account]));
    for (const voice of voices) {
      const account = accounts.get(voice.accountKey)!;
      expect(account).toBeDefined();
      expect(voice.segment).toBe(account.segment);
      expect(voice.annualContractValue).toBe(account.annualContractValue);
      expect(voice.accountKey).toBe(accountKey(voice.accountName));
      expect(voice.createdAt.getTime()).toBeLessThan(NOW.getTime());
      expect(voice.createdAt.getTime()).toBeGreaterThanOrEqual(byId.get(voice.originalTicketId)!.filedAt.getTime());
    }
    expect(new Set(voices.map((voice) => `${voice.filerId}|${voice.idempotencyKey}`)).size).toBe(voices.length);
    expect(new Set(voices.map((voice) => voice.channel)).size).toBe(5);
    expect(voices.some((voice) => /^[A-Za-z]/.test(voice.verbatim))).toBe(true);
    expect(voices.some((voice) => voice.externalReference?.startsWith('SR-'))).toBe(true);
  });

  it('records the history: filed, voices added, every status change, in order', () => {
    expect(events.filter((event) => event.kind === 'FILED')).toHaveLength(tickets.length);
    expect(events.filter((event) => event.kind === 'VOICE_ADDED')).toHaveLength(voices.length - tickets.length);
    for (const ticket of tickets) {
      const changes = events.filter(
        (event) => event.ticketId === ticket.id && (event.kind === 'STATUS_CHANGED' || event.kind === 'MERGED_INTO'),
      );
      if (ticket.status === TicketStatus.NEW) expect(changes).toHaveLength(0);
      else {
        expect(changes[0]!.fromStatus).toBe(TicketStatus.NEW);
        expect(changes.at(-1)!.toStatus).toBe(ticket.status);
        changes.forEach((change, index) => index > 0 && expect(change.fromStatus).toBe(changes[index - 1]!.toStatus));
        expect(changes[0]!.createdAt).toEqual(ticket.firstTriagedAt);
      }
    }
    for (const event of events) {
      expect(event.createdAt.getTime()).toBeGreaterThanOrEqual(byId.get(event.ticketId)!.filedAt.getTime());
      expect(event.createdAt.getTime()).toBeLessThan(NOW.getTime());
      expect(event.internal).toBe(event.kind === 'ASSIGNED' || event.kind === 'THEME_CHANGED');
    }
    // What the services put in data: the voice added, the reason of a decline, the owner, the theme.
    const voiceIds = new Set(voices.map((voice) => voice.id));
    for (const event of events.filter((event) => event.kind === 'VOICE_ADDED'))
      expect(voiceIds.has(event.data['voiceId'] as string)).toBe(true);
    for (const event of events.filter((event) => event.toStatus === TicketStatus.DECLINED)) {
      expect(event.data).toEqual({ reason: byId.get(event.ticketId)!.declineReason });
    }
    for (const event of events.filter((event) => event.kind === 'ASSIGNED')) {
      expect(event.data).toEqual({ ownerId: byId.get(event.ticketId)!.ownerId });
    }
    expect(events.filter((event) => event.kind === 'THEME_CHANGED').length).toBeGreaterThan(200);
  });

  it('closes the loop: replies on most shipped and declined tickets, internal notes, unique keys per author', () => {
    const repliedTo = new Set(comments.filter((comment) => comment.kind === TicketCommentKind.REPLY).map((comment) => comment.ticketId));
    const closed = tickets.filter((ticket) => ticket.status === TicketStatus.SHIPPED || ticket.status === TicketStatus.DECLINED);
    expect(closed.filter((ticket) => repliedTo.has(ticket.id)).length / closed.length).toBeGreaterThan(0.75);
    expect(comments.filter((comment) => comment.kind === TicketCommentKind.INTERNAL_NOTE).length).toBeGreaterThan(30);
    expect(new Set(comments.map((comment) => `${comment.authorId}|${comment.idempotencyKey}`)).size).toBe(comments.length);
    for (const comment of comments) {
      const ticket = byId.get(comment.ticketId)!;
      expect(comment.authorId).toBe(ticket.mergedIntoId ? byId.get(ticket.mergedIntoId)!.ownerId : ticket.ownerId);
      expect(comment.createdAt.getTime()).toBeLessThan(NOW.getTime());
    }
  });

  it('scales to ~2,000 tickets and ~4,000 voices per unit of scale, in chunks that keep merges inside', () => {
    const chunks = plan({ scale: 3 });
    expect(chunks.map((chunk) => chunk.tickets.length)).toEqual([5000, 1000]);
    const all = flatten(chunks);
    expect(all.voices.length / all.tickets.length).toBeGreaterThan(1.8);
    expect(all.voices.length / all.tickets.length).toBeLessThan(2.2);
    expect(statusCount(all.tickets, TicketStatus.MERGED)).toBe(300);
    for (const chunk of chunks) {
      const ids = new Set(chunk.tickets.map((ticket) => ticket.id));
      for (const ticket of chunk.tickets) if (ticket.mergedIntoId) expect(ids.has(ticket.mergedIntoId)).toBe(true);
    }
    expect(new Set(all.tickets.map((ticket) => ticket.id)).size).toBe(6000);
    expect(new Set(all.voices.map((voice) => voice.accountKey)).size).toBeGreaterThan(150);
    const span = all.tickets.at(-1)!.filedAt.getTime() - all.tickets[0]!.filedAt.getTime();
    expect(span).toBeGreaterThan(700 * DAY_MS);
  });
});

describe('the customer-voice content', () => {
  it('has product areas with valid keys and short names', () => {
    expect(PRODUCT_AREAS.length).toBeGreaterThanOrEqual(8);
    for (const area of PRODUCT_AREAS) {
      expect(area.key).toMatch(PRODUCT_AREA_KEY_PATTERN);
      expect(area.nameJa.length).toBeLessThanOrEqual(PRODUCT_AREA_NAME_MAX_LENGTH);
      expect(area.nameEn.length).toBeLessThanOrEqual(PRODUCT_AREA_NAME_MAX_LENGTH);
    }
  });

  it('has ~60 customers with contract values in their segment’s range', () => {
    expect(ACCOUNTS.length).toBeGreaterThanOrEqual(55);
    const ranges: Record<CustomerSegment, [number, number]> = {
      [CustomerSegment.ENTERPRISE]: [8_000_000, 60_000_000],
      [CustomerSegment.MID_MARKET]: [1_500_000, 8_000_000],
      [CustomerSegment.SMB]: [200_000, 1_500_000],
    };
    for (const account of ACCOUNTS) {
      expect(account.name.length).toBeLessThanOrEqual(VOICE_ACCOUNT_NAME_MAX_LENGTH);
      if (account.annualContractValue === null) continue;
      expect(Number.isInteger(account.annualContractValue)).toBe(true);
      expect(account.annualContractValue).toBeGreaterThanOrEqual(ranges[account.segment][0]);
      expect(account.annualContractValue).toBeLessThanOrEqual(ranges[account.segment][1]);
    }
    expect(new Set(ACCOUNTS.map((account) => accountKey(account.name))).size).toBe(ACCOUNTS.length);
  });

  it('has ~45 ticket scripts with 3–6 verbatims each, within the limits', () => {
    expect(TICKET_SCRIPTS.length).toBeGreaterThanOrEqual(40);
    const areaKeys = new Set(PRODUCT_AREAS.map((area) => area.key));
    for (const script of TICKET_SCRIPTS) {
      expect(areaKeys.has(script.productAreaKey)).toBe(true);
      expect(script.verbatims.length).toBeGreaterThanOrEqual(3);
      expect(script.verbatims.length).toBeLessThanOrEqual(6);
      expect(script.summaryJa.length + '【株式会社ハルモニア・リテール】'.length).toBeLessThanOrEqual(VOICE_SUMMARY_MAX_LENGTH);
      expect(script.theme.length).toBeLessThanOrEqual(VOICE_THEME_MAX_LENGTH);
      for (const role of script.contactRoles) expect(role.length).toBeLessThanOrEqual(VOICE_CONTACT_ROLE_MAX_LENGTH);
    }
    expect(DECLINE_REASONS.ja.length).toBeGreaterThan(3);
  });

  it('types account names in ways that still make one customer', () => {
    const rng = mulberry32(7);
    for (const account of ACCOUNTS) {
      const key = accountKey(account.name);
      const typed = new Set<string>();
      for (let attempt = 0; attempt < 40; attempt++) {
        const name = typedAccountName(account.name, rng);
        typed.add(name);
        expect(accountKey(name)).toBe(key);
      }
      // Names with a company form or a space come in several spellings.
      if (/株式会社|有限会社|合同会社| /.test(account.name)) expect(typed.size).toBeGreaterThan(1);
    }
  });
});
