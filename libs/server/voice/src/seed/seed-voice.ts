import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { chance, hashString, lexiconWords, mulberry32, pick, type Rng } from '@kakehashi/server-platform';
import {
  CustomerSegment,
  Role,
  TicketCategory,
  TicketCommentKind,
  type TicketImpact,
  TicketStatus,
  VOICE_SUMMARY_MAX_LENGTH,
  VoiceChannel,
} from '@kakehashi/shared-contracts';
import { businessDaysBetween, isBusinessDay, tokyoDate, triageDueAt } from '../triage/business-days';
import { accountKey, refreshTicketCounters } from '../voices/ticket-counters';
import {
  ACCOUNTS,
  type BilingualPool,
  DECLINE_REASONS,
  INTERNAL_NOTES,
  PRODUCT_AREAS,
  REPLY_POOLS,
  TICKET_SCRIPTS,
  type TicketScript,
  type VoiceAccountContent,
} from './voice-content';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Asia/Tokyo is UTC+9 all year. */
const TOKYO_OFFSET_MS = 9 * HOUR_MS;
/** Tickets planned and written together: a few multi-row statements each. */
const CHUNK = 5000;
/** Rows per ticket statement: the search-vector trigger makes 5,000 at once slow enough to be logged as a slow query. */
const TICKET_STATEMENT_ROWS = 1000;
const DEMO_TICKETS = 300;
/** Tickets at scale N (the benchmark): 200,000 at scale 100, with about twice as many voices. */
const TICKETS_PER_SCALE = 2000;
/** Months of history: the demo's year, two years for the benchmark (the insight page's range). */
const DEMO_MONTHS = 12;
const SCALE_MONTHS = 24;
/** Share of tickets merged into an earlier one about the same thing. */
const MERGED_SHARE = 0.05;
/** Share of tickets nobody got to: still NEW, long past their triage target. */
const NEGLECTED_SHARE = 0.03;
/** Customers beyond the demo's at scale N: about 8,000 accounts at scale 100. */
const ACCOUNTS_PER_SCALE = 80;
/** More voices than this on one ticket would be a campaign, not a ticket. */
const VOICES_PER_TICKET_MAX = 40;

export interface VoiceSeedDirectory {
  /** In a stable order; departmentCode as the directory names departments (SLS-E, CS, SUP, PRD…). */
  people: { id: string; departmentCode: string | null; roles: readonly string[] }[];
}

export interface VoiceSeedOptions {
  now: Date;
  /** 1 is the demo (~300 tickets over a year); N is about 2,000 × N tickets over two years. */
  scale: number;
  /** Business days to a first triage (triage_due_at). */
  triageTargetDays: number;
}

export interface VoiceSeedCounts {
  productAreas: number;
  tickets: number;
  voices: number;
  merged: number;
  comments: number;
  events: number;
}

export interface PlannedTicket {
  id: string;
  /** Position in filing order (the serial number follows it). */
  index: number;
  scriptIndex: number;
  summary: string;
  category: TicketCategory;
  impact: TicketImpact;
  productAreaKey: string | null;
  theme: string | null;
  ownerId: string | null;
  filerId: string;
  status: TicketStatus;
  mergedIntoId: string | null;
  declineReason: string | null;
  filedAt: Date;
  triageDueAt: Date;
  firstTriagedAt: Date | null;
  /** Business days fully elapsed from filing to the first triage (the insight page's distribution). */
  triageBusinessDays: number | null;
  statusChangedAt: Date;
  updatedAt: Date;
  version: number;
}

export interface PlannedVoice {
  id: string;
  ticketId: string;
  originalTicketId: string;
  filerId: string;
  accountName: string;
  accountKey: string;
  segment: CustomerSegment;
  annualContractValue: number | null;
  contactRole: string | null;
  channel: VoiceChannel;
  verbatim: string;
  externalReference: string | null;
  idempotencyKey: string;
  createdAt: Date;
}

/** What the ticket service and triage write (TicketActivityKind), as far as the seed's history goes. */
export type TicketEventKind = 'FILED' | 'VOICE_ADDED' | 'STATUS_CHANGED' | 'MERGED_INTO' | 'MERGED_FROM' | 'ASSIGNED' | 'THEME_CHANGED';

export interface PlannedEvent {
  ticketId: string;
  kind: TicketEventKind;
  actorId: string | null;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  otherTicketId: string | null;
  internal: boolean;
  /** As the services write it: { voiceId } on VOICE_ADDED, { reason } on a decline, { ownerId } on ASSIGNED, { from, to } on THEME_CHANGED. */
  data: Record<string, unknown>;
  createdAt: Date;
}

export interface PlannedComment {
  ticketId: string;
  authorId: string;
  kind: TicketCommentKind;
  body: string;
  idempotencyKey: string;
  createdAt: Date;
}

export interface VoiceSeedChunk {
  tickets: PlannedTicket[];
  voices: PlannedVoice[];
  events: PlannedEvent[];
  comments: PlannedComment[];
}

/**
 * The customer voices: at scale 1 about 300 tickets filed over the last year by sales,
 * success and support with ~600 voices from the demo's customers, triaged by product (older
 * ones mostly planned, shipped or declined, recent ones new or triaged, a few new ones
 * overdue), ~15 merged into earlier tickets, with their history and the replies and notes
 * product wrote. Scale N writes ~2,000 × N tickets (and ~4,000 × N voices) over two years,
 * planned and written in chunks of 5,000. Deterministic for a given directory, date and scale.
 */
export async function seedVoice(
  manager: EntityManager,
  directory: VoiceSeedDirectory,
  options: VoiceSeedOptions,
): Promise<VoiceSeedCounts> {
  await manager.query(
    `INSERT INTO product_areas (key, name_ja, name_en, sort_order)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) ON CONFLICT (key) DO NOTHING`,
    [
      PRODUCT_AREAS.map((area) => area.key),
      PRODUCT_AREAS.map((area) => area.nameJa),
      PRODUCT_AREAS.map((area) => area.nameEn),
      PRODUCT_AREAS.map((_area, index) => (index + 1) * 10),
    ],
  );
  const areas = await manager.query<{ id: string; key: string }[]>('SELECT id, key FROM product_areas WHERE key = ANY($1::text[])', [
    PRODUCT_AREAS.map((area) => area.key),
  ]);
  const areaIds = new Map(areas.map((area) => [area.key, area.id]));

  const counts: VoiceSeedCounts = { productAreas: areas.length, tickets: 0, voices: 0, merged: 0, comments: 0, events: 0 };
  const lexicon = new Map<string, number>();
  for (const chunk of planVoiceSeed(directory, options)) {
    // Tickets a thousand at a time: their search vectors are computed as they go in.
    for (let start = 0; start < chunk.tickets.length; start += TICKET_STATEMENT_ROWS) {
      await insertTickets(manager, chunk.tickets.slice(start, start + TICKET_STATEMENT_ROWS), areaIds);
    }
    await insertVoices(manager, chunk.voices);
    await insertEvents(manager, chunk.events);
    await insertComments(manager, chunk.comments);
    counts.tickets += chunk.tickets.length;
    counts.voices += chunk.voices.length;
    counts.merged += chunk.tickets.filter((ticket) => ticket.status === TicketStatus.MERGED).length;
    counts.events += chunk.events.length;
    counts.comments += chunk.comments.length;
    countTexts(lexicon, chunk);
  }
  await refreshTicketCounters(manager, null);
  await insertLexicon(manager, lexicon);
  return counts;
}

// ─────────────────────────────── people ───────────────────────────────

type Desk = 'sales' | 'success' | 'support';

/** Who files (sales, success and support) and who triages (product), as far as the seed needs. */
class SeedPeople {
  readonly desks: Record<Desk, string[]> = { sales: [], success: [], support: [] };
  readonly frontLine: string[] = [];
  readonly everyone: string[];
  readonly triagers: string[];
  private readonly deskOf = new Map<string, Desk | null>();

  constructor(directory: VoiceSeedDirectory) {
    this.everyone = directory.people.map((person) => person.id);
    const product: string[] = [];
    const triagers: string[] = [];
    for (const person of directory.people) {
      const family = person.departmentCode?.split('-')[0] ?? null;
      const desk: Desk | null = family === 'SLS' ? 'sales' : family === 'CS' ? 'success' : family === 'SUP' ? 'support' : null;
      this.deskOf.set(person.id, desk);
      if (desk) {
        this.desks[desk].push(person.id);
        this.frontLine.push(person.id);
      }
      if (family === 'PRD') product.push(person.id);
      if (person.roles.includes(Role.PRODUCT_TRIAGE)) triagers.push(person.id);
    }
    this.triagers = triagers.length > 0 ? triagers : product;
  }

  desk(personId: string): Desk | null {
    return this.deskOf.get(personId) ?? null;
  }

  /** A filer: bugs mostly come through support, requests and prices through sales, the rest through success. */
  filer(category: TicketCategory, rng: Rng): string {
    if (this.frontLine.length === 0 || chance(rng, 0.04)) return pick(rng, this.everyone);
    const weights: Record<Desk, number> =
      category === TicketCategory.BUG
        ? { support: 0.6, success: 0.25, sales: 0.15 }
        : category === TicketCategory.FEATURE_REQUEST || category === TicketCategory.PRICING
          ? { sales: 0.55, success: 0.3, support: 0.15 }
          : { success: 0.45, support: 0.35, sales: 0.2 };
    let roll = rng();
    for (const desk of ['sales', 'success', 'support'] as const) {
      roll -= weights[desk];
      if (roll < 0 && this.desks[desk].length > 0) return pick(rng, this.desks[desk]);
    }
    return pick(rng, this.frontLine);
  }

  /** The product manager who looks after an area (now and then someone else picks it up). */
  owner(areaKey: string | null, rng: Rng): string | null {
    if (this.triagers.length === 0) return null;
    if (areaKey === null || chance(rng, 0.2)) return pick(rng, this.triagers);
    return this.triagers[hashString(areaKey) % this.triagers.length]!;
  }
}

// ─────────────────────────────── customers ───────────────────────────────

interface SeedAccount extends VoiceAccountContent {
  /** Foreign-owned: speaks English in meetings. */
  english: boolean;
  /** How often they talk to us (bigger customers, more contact). */
  weight: number;
}

const SCALE_REGIONS = [
  '北海',
  '東北',
  '常磐',
  '関東',
  '武蔵',
  '湘南',
  '信濃',
  '北陸',
  '東海',
  '三河',
  '近畿',
  '紀州',
  '山陽',
  '四国',
  '筑紫',
  '南国',
];
const SCALE_STEMS = [
  '東洋',
  '北斗',
  '青葉',
  '瀬戸',
  '若狭',
  '大和',
  '日進',
  '共栄',
  '三光',
  '旭',
  '昭栄',
  '富士見',
  '光陽',
  '白鷺',
  '千歳',
  '明星',
  '丸和',
  '協和',
  '朝霧',
  '桜台',
  '双葉',
  '松風',
  '菱和',
  '泰平',
  '金剛',
  '銀河',
  '晴海',
  '高砂',
  '若松',
  '千代田',
  '八幡',
  '日の出',
  '南星',
  '栄光',
  '鶴見',
];
const SCALE_KINDS: readonly (readonly [suffix: string, industry: string])[] = [
  ['精機', '製造業'],
  ['製作所', '製造業'],
  ['電機', '製造業'],
  ['化成', '製造業'],
  ['食品', '製造業'],
  ['物流', '物流'],
  ['運輸', '物流'],
  ['倉庫', '物流'],
  ['商事', '卸売業'],
  ['産業', '卸売業'],
  ['ストア', '小売業'],
  ['ドラッグ', '小売業'],
  ['建設', '建設業'],
  ['ホールディングス', '小売業'],
  ['メディカル', '医療'],
];
const SEGMENT_VALUE_RANGE: Record<CustomerSegment, readonly [number, number, number]> = {
  [CustomerSegment.ENTERPRISE]: [8_000_000, 60_000_000, 100_000],
  [CustomerSegment.MID_MARKET]: [1_500_000, 8_000_000, 10_000],
  [CustomerSegment.SMB]: [200_000, 1_500_000, 6_000],
};
const SEGMENT_WEIGHT: Record<CustomerSegment, number> = {
  [CustomerSegment.ENTERPRISE]: 3,
  [CustomerSegment.MID_MARKET]: 2,
  [CustomerSegment.SMB]: 1,
};

function seedAccount(content: VoiceAccountContent): SeedAccount {
  return { ...content, english: /^[A-Za-z]/.test(content.name), weight: SEGMENT_WEIGHT[content.segment] };
}

/** The demo's customers, and at scale more of them, made up from regions, names and trades. */
function accountsFor(scale: number): SeedAccount[] {
  const accounts = ACCOUNTS.map(seedAccount);
  const extra = scale <= 1 ? 0 : Math.round(ACCOUNTS_PER_SCALE * (scale - 1));
  const combinations = SCALE_REGIONS.length * SCALE_STEMS.length * SCALE_KINDS.length;
  for (let index = 0; index < extra; index++) {
    const rng = mulberry32(hashString(`voice-account:${index}`));
    // A stride coprime with the number of combinations visits each name once before repeating.
    const combination = (index * 7919) % combinations;
    const region = SCALE_REGIONS[combination % SCALE_REGIONS.length]!;
    const stem = SCALE_STEMS[Math.floor(combination / SCALE_REGIONS.length) % SCALE_STEMS.length]!;
    const [suffix, industry] = SCALE_KINDS[Math.floor(combination / (SCALE_REGIONS.length * SCALE_STEMS.length))]!;
    const round = Math.floor(index / combinations);
    const roll = rng();
    const segment = roll < 0.2 ? CustomerSegment.ENTERPRISE : roll < 0.6 ? CustomerSegment.MID_MARKET : CustomerSegment.SMB;
    const [low, high, step] = SEGMENT_VALUE_RANGE[segment];
    const value = Math.round(Math.exp(Math.log(low) + rng() * (Math.log(high) - Math.log(low))) / step) * step;
    const name =
      industry === '医療'
        ? `医療法人 ${region}${stem}会${round > 0 ? ` 第${round + 1}病院` : ''}`
        : `株式会社${region}${stem}${suffix}${round > 0 ? ` ${round + 1}` : ''}`;
    accounts.push(
      seedAccount({ name, segment, annualContractValue: chance(rng, 0.08) ? null : Math.min(high, Math.max(low, value)), industry }),
    );
  }
  return accounts;
}

/** Weighted picking in O(log n) over cumulative weights. */
class WeightedPool<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += weight(item);
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  pick(rng: Rng): T {
    const target = rng() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}

const COMPANY_FORM = /^(株式会社|有限会社|合同会社)\s*|\s*(株式会社|有限会社|合同会社)$/;

/** The name without its company form: how people say it (東雲精機様). */
function shortName(name: string): string {
  return name.replace(COMPANY_FORM, '').trim();
}

/** The account name as a filer happens to type it: the form dropped, abbreviated, full-width spaces… (accountKey tells them apart no less). */
export function typedAccountName(name: string, rng: Rng): string {
  if (!chance(rng, 0.25)) return name;
  const roll = rng();
  if (/^[A-Za-z]/.test(name)) {
    const base = shortName(name);
    const form = name.endsWith('合同会社') ? ' LLC' : roll < 0.25 ? ' K.K.' : ' Co., Ltd.';
    return roll < 0.5 ? `${base}${form}` : roll < 0.8 ? base : base.toUpperCase();
  }
  if (!COMPANY_FORM.test(name)) return roll < 0.5 ? name.replace(/\s+/g, '') : name.replace(/ /g, '　');
  if (roll < 0.35) return shortName(name);
  if (roll < 0.6) return name.replace(/株式会社/, '(株)').replace(/有限会社/, '(有)');
  if (roll < 0.8) return name.replace(/株式会社/, '㈱').replace(/有限会社/, '㈲');
  return name.replace(/^(株式会社|有限会社|合同会社)/, '$1　');
}

// ─────────────────────────────── when things happen ───────────────────────────────

/** Midnight in Tokyo of a calendar date. */
function tokyoMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - TOKYO_OFFSET_MS;
}

function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Business days from `months` ago up to yesterday in Tokyo (today too once its working hours are over). */
function businessDaysSince(now: Date, months: number): string[] {
  const today = tokyoDate(now);
  const last = now.getTime() >= tokyoMidnight(today) + 19 * HOUR_MS ? today : addCalendarDays(today, -1);
  const start = new Date(Date.parse(`${today}T00:00:00Z`));
  start.setUTCMonth(start.getUTCMonth() - months);
  const days: string[] = [];
  for (let date = start.toISOString().slice(0, 10); date <= last; date = addCalendarDays(date, 1)) {
    if (isBusinessDay(date)) days.push(date);
  }
  return days;
}

/** An instant during working hours (09:30–19:00 JST) on the day of `at`, kept after `after`. */
function duringWorkingHours(at: number, after: number, rng: Rng): number {
  const day = tokyoMidnight(tokyoDate(new Date(at)));
  const candidate = day + 9.5 * HOUR_MS + rng() * 9.5 * HOUR_MS;
  return candidate > after ? candidate : after + (5 + rng() * 40) * MINUTE_MS;
}

function uuidFrom(key: string): string {
  const hex = createHash('sha1').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ─────────────────────────────── the plan ───────────────────────────────

interface PlanContext {
  now: number;
  /** Instants nothing is planned after. */
  latest: number;
  targetDays: number;
  total: number;
  businessDays: string[];
  people: SeedPeople;
  accountPool: WeightedPool<SeedAccount>;
  scriptPool: WeightedPool<number>;
}

/** A ticket's life before voices are attached: filed, maybe triaged, moved along. */
interface TicketLife {
  ticket: PlannedTicket;
  script: TicketScript;
  /** Status changes after filing, in order. */
  steps: { at: number; from: TicketStatus; to: TicketStatus }[];
  /** When it was merged (merged ones). */
  mergedAt: number | null;
  /** The product manager who moved it (its owner; for a merged one, who merged it). */
  actorId: string | null;
  /** Its first voice's customer, who also named the ticket. */
  account: SeedAccount;
  accountName: string;
}

/**
 * The seed as chunks of up to 5,000 tickets in filing order, each with its voices, events and
 * comments; merges stay within a chunk. Nothing is kept between chunks but the context.
 */
export function* planVoiceSeed(directory: VoiceSeedDirectory, options: VoiceSeedOptions): Generator<VoiceSeedChunk> {
  const people = new SeedPeople(directory);
  if (people.everyone.length === 0) return;
  const accounts = accountsFor(options.scale);
  const total = options.scale <= 1 ? DEMO_TICKETS : Math.round(TICKETS_PER_SCALE * options.scale);
  const context: PlanContext = {
    now: options.now.getTime(),
    latest: options.now.getTime() - 10 * MINUTE_MS,
    targetDays: options.triageTargetDays,
    total,
    businessDays: businessDaysSince(options.now, options.scale <= 1 ? DEMO_MONTHS : SCALE_MONTHS),
    people,
    accountPool: new WeightedPool(accounts, (account) => account.weight),
    scriptPool: new WeightedPool(
      TICKET_SCRIPTS.map((_script, index) => index),
      (index) => TICKET_SCRIPTS[index]!.weight ?? 1,
    ),
  };
  for (let start = 0; start < total; start += CHUNK) {
    const lives: TicketLife[] = [];
    for (let index = start; index < Math.min(total, start + CHUNK); index++) lives.push(planTicket(index, context));
    merge(lives, context, start);
    const chunk: VoiceSeedChunk = { tickets: [], voices: [], events: [], comments: [] };
    const byId = new Map(lives.map((life) => [life.ticket.id, life]));
    for (const life of lives) attachActivity(life, byId, chunk, context);
    chunk.tickets = lives.map((life) => life.ticket);
    yield chunk;
  }
}

/** When the index-th ticket was filed: spread over the business days, more of them lately (the customer base grew). */
function filedAtOf(index: number, context: PlanContext, rng: Rng): number {
  const days = context.businessDays.length;
  const position = (fraction: number): number => Math.pow(fraction, 0.8) * days;
  const here = position(index / context.total);
  const next = position((index + 1) / context.total);
  // Somewhere between this ticket's slot and the next: filing order stays the serial's order.
  const at = here + (next - here) * (0.05 + 0.9 * rng());
  const day = Math.min(days - 1, Math.floor(at));
  const time = tokyoMidnight(context.businessDays[day]!) + 9 * HOUR_MS + (at - day) * 10 * HOUR_MS;
  // Never after now (working hours end before it anyway).
  return Math.min(time, context.latest - (context.total - index) * 1000);
}

function weightedStatus(rng: Rng, weights: readonly (readonly [TicketStatus, number])[]): TicketStatus {
  let roll = rng();
  for (const [status, weight] of weights) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return weights[weights.length - 1]![0];
}

const { NEW, TRIAGED, PLANNED, IN_PROGRESS, SHIPPED, DECLINED, MERGED } = TicketStatus;

/** Where a triaged ticket ends up by now, by its age in days. */
function finalStatus(ageDays: number, rng: Rng): TicketStatus {
  if (ageDays < 14) {
    return weightedStatus(rng, [
      [TRIAGED, 0.8],
      [DECLINED, 0.09],
      [PLANNED, 0.08],
      [IN_PROGRESS, 0.02],
      [SHIPPED, 0.01],
    ]);
  }
  if (ageDays < 45) {
    return weightedStatus(rng, [
      [TRIAGED, 0.58],
      [PLANNED, 0.16],
      [DECLINED, 0.13],
      [IN_PROGRESS, 0.07],
      [SHIPPED, 0.06],
    ]);
  }
  if (ageDays < 120) {
    return weightedStatus(rng, [
      [TRIAGED, 0.3],
      [PLANNED, 0.24],
      [DECLINED, 0.18],
      [IN_PROGRESS, 0.14],
      [SHIPPED, 0.14],
    ]);
  }
  return weightedStatus(rng, [
    [SHIPPED, 0.4],
    [DECLINED, 0.2],
    [PLANNED, 0.2],
    [TRIAGED, 0.1],
    [IN_PROGRESS, 0.1],
  ]);
}

/** The business day (after the filing day) a ticket is first triaged on: mostly within the target, some late. */
function triageDay(targetDays: number, rng: Rng): number {
  if (chance(rng, 0.15)) return targetDays + 1 + Math.floor(rng() * 8);
  // Sooner is likelier: 0 (the filing day) the most.
  return Math.floor(Math.pow(rng(), 1.2) * (targetDays + 1));
}

/** Days each move takes (from, to]. */
const STEP_DAYS: Record<string, readonly [number, number]> = {
  [`${TRIAGED}>${PLANNED}`]: [2, 40],
  [`${PLANNED}>${IN_PROGRESS}`]: [7, 120],
  [`${IN_PROGRESS}>${SHIPPED}`]: [7, 60],
  [`${TRIAGED}>${DECLINED}`]: [0.2, 30],
};

const PATHS: Record<string, readonly TicketStatus[]> = {
  [TRIAGED]: [TRIAGED],
  [PLANNED]: [TRIAGED, PLANNED],
  [IN_PROGRESS]: [TRIAGED, PLANNED, IN_PROGRESS],
  [SHIPPED]: [TRIAGED, PLANNED, IN_PROGRESS, SHIPPED],
  [DECLINED]: [TRIAGED, DECLINED],
};

const CATEGORY_TAG: Record<TicketCategory, string> = {
  [TicketCategory.BUG]: '【不具合】',
  [TicketCategory.FEATURE_REQUEST]: '【要望】',
  [TicketCategory.USABILITY]: '【改善】',
  [TicketCategory.PRICING]: '【価格】',
  [TicketCategory.OTHER]: '【相談】',
};

/** The headline as the filer wrote it: the script's words, now and then with the customer's name or a tag. */
function summaryOf(script: TicketScript, account: SeedAccount, rng: Rng): string {
  const roll = rng();
  const short = shortName(account.name);
  let summary: string;
  if (roll < 0.4) summary = script.summaryJa;
  else if (roll < 0.6) summary = `${script.summaryJa}（${short}様）`;
  else if (roll < 0.75) summary = `【${short}】${script.summaryJa}`;
  else if (roll < 0.87) summary = `${CATEGORY_TAG[script.category]}${script.summaryJa}`;
  else summary = script.summaryEn && (account.english || chance(rng, 0.5)) ? script.summaryEn : script.summaryJa;
  return summary.length <= VOICE_SUMMARY_MAX_LENGTH ? summary : script.summaryJa;
}

function planTicket(index: number, context: PlanContext): TicketLife {
  const rng = mulberry32(hashString(`voice-ticket:${index}`));
  const scriptIndex = context.scriptPool.pick(rng);
  const script = TICKET_SCRIPTS[scriptIndex]!;
  const account = context.accountPool.pick(rng);
  const accountName = typedAccountName(account.name, rng);
  const filedAt = filedAtOf(index, context, rng);
  const filerId = context.people.filer(script.category, rng);
  const ticket: PlannedTicket = {
    id: uuidFrom(`voice-ticket:${index}`),
    index,
    scriptIndex,
    summary: summaryOf(script, account, rng),
    category: script.category,
    impact: script.impact,
    productAreaKey: script.productAreaKey,
    theme: null,
    ownerId: null,
    filerId,
    status: NEW,
    mergedIntoId: null,
    declineReason: null,
    filedAt: new Date(filedAt),
    triageDueAt: triageDueAt(new Date(filedAt), context.targetDays),
    firstTriagedAt: null,
    triageBusinessDays: null,
    statusChangedAt: new Date(filedAt),
    updatedAt: new Date(filedAt),
    version: 1,
  };
  const life: TicketLife = { ticket, script, steps: [], mergedAt: null, actorId: null, account, accountName };

  const ageDays = (context.now - filedAt) / DAY_MS;
  const neglected = chance(rng, ageDays > 120 ? NEGLECTED_SHARE / 2 : NEGLECTED_SHARE);
  const day = triageDay(context.targetDays, rng);
  const dayEnd = triageDueAt(new Date(filedAt), day).getTime();
  let triagedAt = Math.max(dayEnd - (5 + rng() * 9.5) * HOUR_MS, filedAt + (20 + rng() * 100) * MINUTE_MS);
  if (neglected || triagedAt >= context.latest) return life;

  const target = finalStatus(ageDays, rng);
  // A third of the declines happen at first sight, straight from NEW.
  const path = target === DECLINED && chance(rng, 0.33) ? [DECLINED] : PATHS[target]!;
  const durations = path.slice(1).map((status, position) => {
    const [low, high] = STEP_DAYS[`${path[position]}>${status}`]!;
    return (low + rng() * (high - low)) * DAY_MS;
  });
  const available = context.latest - triagedAt;
  const needed = durations.reduce((sum, duration) => sum + duration, 0);
  // A path longer than the time since triage is squeezed into it.
  const squeeze = needed > available * 0.95 ? (available * 0.95) / needed : 1;
  let at = triagedAt;
  let from: TicketStatus = NEW;
  for (const [position, status] of path.entries()) {
    if (position > 0) {
      // Working hours may have pushed earlier moves later: never past halfway to the end.
      const planned = Math.min(at + durations[position - 1]! * squeeze, (at + context.latest) / 2);
      const working = duringWorkingHours(planned, at, rng);
      at = working < context.latest ? working : planned;
    }
    life.steps.push({ at, from, to: status });
    from = status;
  }
  triagedAt = life.steps[0]!.at;
  ticket.status = from;
  ticket.firstTriagedAt = new Date(triagedAt);
  ticket.triageBusinessDays = businessDaysBetween(ticket.filedAt, ticket.firstTriagedAt);
  ticket.statusChangedAt = new Date(at);
  ticket.theme = chance(rng, 0.9) ? script.theme : null;
  ticket.ownerId = context.people.owner(script.productAreaKey, rng);
  life.actorId = ticket.ownerId;
  if (from === DECLINED) ticket.declineReason = bilingual(DECLINE_REASONS, rng, 0.12);
  return life;
}

function bilingual(pool: BilingualPool, rng: Rng, englishShare: number): string {
  return chance(rng, englishShare) && pool.en.length > 0 ? pick(rng, pool.en) : pick(rng, pool.ja);
}

/**
 * Duplicates merged into an earlier ticket about the same thing that was open when the
 * triager saw the duplicate (at its first triage): ~5% of the chunk.
 */
function merge(lives: TicketLife[], context: PlanContext, start: number): void {
  const rng = mulberry32(hashString(`voice-merges:${start}`));
  const wanted = Math.round(lives.length * MERGED_SHARE);
  const byScript = new Map<number, TicketLife[]>();
  for (const life of lives) byScript.set(life.ticket.scriptIndex, [...(byScript.get(life.ticket.scriptIndex) ?? []), life]);
  const survivors = new Set<TicketLife>();
  const order = lives.map((life, position) => ({ life, key: hashString(`${start}:${position}:${rng()}`) })).sort((a, b) => a.key - b.key);
  let merged = 0;
  for (const { life } of order) {
    if (merged >= wanted) break;
    if (survivors.has(life) || life.ticket.firstTriagedAt === null || life.ticket.status === MERGED) continue;
    const mergedAt = life.steps[0]!.at;
    const candidates = (byScript.get(life.ticket.scriptIndex) ?? []).filter((other) => {
      if (other === life || other.ticket.status === MERGED || other.ticket.filedAt >= life.ticket.filedAt) return false;
      if (other.ticket.firstTriagedAt === null || other.ticket.firstTriagedAt.getTime() >= mergedAt) return false;
      if (other.ticket.status === DECLINED) return false;
      // Still open when the duplicate came in.
      return other.ticket.status !== SHIPPED || other.ticket.statusChangedAt.getTime() > mergedAt;
    });
    if (candidates.length === 0) continue;
    // The most recent one: what the triager finds at the top of the similar tickets.
    const survivor = candidates[candidates.length - 1]!;
    survivors.add(survivor);
    const ticket = life.ticket;
    life.steps = [{ at: mergedAt, from: NEW, to: MERGED }];
    life.mergedAt = mergedAt;
    ticket.status = MERGED;
    ticket.mergedIntoId = survivor.ticket.id;
    ticket.statusChangedAt = new Date(mergedAt);
    ticket.firstTriagedAt = new Date(mergedAt);
    ticket.triageBusinessDays = businessDaysBetween(ticket.filedAt, ticket.firstTriagedAt);
    ticket.declineReason = null;
    // Merging leaves the duplicate as it was filed: no owner, no theme.
    ticket.ownerId = null;
    ticket.theme = null;
    life.actorId = survivor.ticket.ownerId;
    // Often the same customer asked twice through two people: the merge must count them once.
    if (chance(rng, 0.5)) {
      life.account = survivor.account;
      life.accountName = typedAccountName(survivor.account.name, rng);
    }
    merged += 1;
  }
}

/** How a desk hears customers. */
function channelOf(desk: Desk | null, rng: Rng): VoiceChannel {
  const roll = rng();
  switch (desk) {
    case 'sales':
      return roll < 0.7
        ? VoiceChannel.SALES_MEETING
        : roll < 0.8
          ? VoiceChannel.EVENT
          : roll < 0.9
            ? VoiceChannel.SURVEY
            : VoiceChannel.OTHER;
    case 'support':
      return roll < 0.85 ? VoiceChannel.SUPPORT_INQUIRY : VoiceChannel.OTHER;
    case 'success':
      return roll < 0.3
        ? VoiceChannel.SURVEY
        : roll < 0.55
          ? VoiceChannel.SALES_MEETING
          : roll < 0.7
            ? VoiceChannel.SUPPORT_INQUIRY
            : roll < 0.85
              ? VoiceChannel.EVENT
              : VoiceChannel.OTHER;
    default:
      return roll < 0.5 ? VoiceChannel.EVENT : VoiceChannel.OTHER;
  }
}

function externalReferenceOf(channel: VoiceChannel, at: number, rng: Rng): string | null {
  const date = tokyoDate(new Date(at));
  const digits = (length: number) => String(Math.floor(rng() * 10 ** length)).padStart(length, '0');
  if (channel === VoiceChannel.SUPPORT_INQUIRY) return `SR-${date.slice(0, 4)}-${digits(6)}`;
  if (channel === VoiceChannel.SALES_MEETING && chance(rng, 0.4)) return `OPP-${digits(7)}`;
  if (channel === VoiceChannel.SURVEY && chance(rng, 0.3)) {
    return `NPS-${date.slice(0, 4)}Q${Math.floor(Number(date.slice(5, 7)) / 3.01) + 1}`;
  }
  return null;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** What the customer said: in English for foreign-owned customers when we have it, now and then a few points from one meeting. */
function verbatimOf(script: TicketScript, account: SeedAccount, used: Set<string>, rng: Rng): string {
  const english = script.verbatims.filter((text) => !JAPANESE.test(text));
  const japanese = script.verbatims.filter((text) => JAPANESE.test(text));
  const pool = account.english && english.length > 0 && chance(rng, 0.8) ? english : japanese.length > 0 ? japanese : script.verbatims;
  const fresh = pool.filter((text) => !used.has(text));
  const first = pick(rng, fresh.length > 0 ? fresh : pool);
  used.add(first);
  if (pool === japanese && japanese.length >= 3 && chance(rng, 0.08)) {
    // A meeting memo pasted as it is: several points of the same conversation.
    const second = pick(
      rng,
      japanese.filter((text) => text !== first),
    );
    used.add(second);
    return `（打ち合わせメモより）\n・${first}\n・${second}`;
  }
  return first;
}

/** Voices per ticket: half have one; the rest a few more, many for what customers ask about most. */
function voiceCountOf(script: TicketScript, rng: Rng): number {
  if (chance(rng, 0.5)) return 1;
  const weight = script.weight ?? 1;
  const extra = 1 + Math.floor(-Math.log(Math.max(rng(), 1e-9)) * 0.85 * weight);
  return Math.min(VOICES_PER_TICKET_MAX, 1 + extra);
}

/** Voices, history and comments of a planned ticket (voices of a merged one now sit on the survivor). */
function attachActivity(life: TicketLife, byId: ReadonlyMap<string, TicketLife>, chunk: VoiceSeedChunk, context: PlanContext): void {
  const { ticket, script } = life;
  const rng = mulberry32(hashString(`voice-activity:${ticket.index}`));
  const filedAt = ticket.filedAt.getTime();
  const holderId = ticket.mergedIntoId ?? ticket.id;
  let lastActivity = Math.max(filedAt, ticket.statusChangedAt.getTime());

  chunk.events.push(event(ticket.id, 'FILED', ticket.filerId, filedAt));

  // Voices: the first files the ticket; +1s come while it is open (before the merge for a merged one).
  const closedAt =
    life.mergedAt ?? (ticket.status === SHIPPED || ticket.status === DECLINED ? ticket.statusChangedAt.getTime() : context.latest);
  const voiceEnd = Math.max(filedAt + 1, Math.min(context.latest, closedAt));
  const count = voiceCountOf(script, rng);
  const used = new Set<string>();
  const accountsHere: SeedAccount[] = [];
  const times = Array.from({ length: count - 1 }, () => filedAt + (voiceEnd - filedAt) * Math.pow(rng(), 0.7)).sort((a, b) => a - b);
  for (let position = 0; position < count; position++) {
    const first = position === 0;
    let account = life.account;
    let accountName = life.accountName;
    if (!first) {
      // Now and then another contact at a customer already on the ticket.
      account = accountsHere.length > 0 && chance(rng, 0.1) ? pick(rng, accountsHere) : context.accountPool.pick(rng);
      accountName = typedAccountName(account.name, rng);
    }
    accountsHere.push(account);
    const filerId = first ? ticket.filerId : chance(rng, 0.2) ? ticket.filerId : context.people.filer(script.category, rng);
    let createdAt = filedAt;
    if (!first) {
      // During working hours when that day's have begun, else as drawn (a weekend, this morning).
      const drawn = times[position - 1]!;
      const working = duringWorkingHours(drawn, filedAt, rng);
      createdAt = Math.min(voiceEnd, Math.max(filedAt + 1000, working <= voiceEnd ? working : drawn));
    }
    const channel = channelOf(context.people.desk(filerId), rng);
    const voiceId = uuidFrom(`voice:${ticket.index}:${position}`);
    chunk.voices.push({
      id: voiceId,
      ticketId: holderId,
      originalTicketId: ticket.id,
      filerId,
      accountName,
      accountKey: accountKey(accountName),
      segment: account.segment,
      annualContractValue: account.annualContractValue,
      contactRole: chance(rng, 0.85) ? pick(rng, script.contactRoles) : null,
      channel,
      verbatim: verbatimOf(script, account, used, rng),
      externalReference: externalReferenceOf(channel, createdAt, rng),
      idempotencyKey: `seed-voice:${ticket.index}:${position}`,
      createdAt: new Date(createdAt),
    });
    if (!first) {
      chunk.events.push({ ...event(ticket.id, 'VOICE_ADDED', filerId, createdAt), data: { voiceId } });
      lastActivity = Math.max(lastActivity, createdAt);
    }
  }

  // History and what product wrote.
  let commentNumber = 0;
  const actorId = life.actorId;
  const comment = (kind: TicketCommentKind, body: string, after: number): void => {
    const authorId = actorId;
    if (!authorId) return;
    const planned = after + (2 + rng() * 90) * MINUTE_MS;
    const at = planned < context.now - MINUTE_MS ? planned : after + (context.now - after) / 2;
    chunk.comments.push({
      ticketId: ticket.id,
      authorId,
      kind,
      body,
      idempotencyKey: `seed-comment:${ticket.index}:${commentNumber++}`,
      createdAt: new Date(at),
    });
    lastActivity = Math.max(lastActivity, at);
  };
  const english = !JAPANESE.test(ticket.summary);
  const replyShare: Partial<Record<TicketStatus, number>> = {
    [TRIAGED]: 0.35,
    [PLANNED]: 0.6,
    [IN_PROGRESS]: 0.3,
    [SHIPPED]: 0.85,
    [DECLINED]: 0.9,
    [MERGED]: 0.7,
  };
  for (const step of life.steps) {
    if (step.to === MERGED) {
      const survivor = byId.get(ticket.mergedIntoId!)!;
      chunk.events.push({
        ...event(ticket.id, 'MERGED_INTO', actorId, step.at),
        fromStatus: step.from,
        toStatus: MERGED,
        otherTicketId: survivor.ticket.id,
      });
      chunk.events.push({ ...event(survivor.ticket.id, 'MERGED_FROM', actorId, step.at), otherTicketId: ticket.id });
      survivor.ticket.updatedAt = new Date(Math.max(survivor.ticket.updatedAt.getTime(), step.at));
      survivor.ticket.version += 1;
    } else {
      chunk.events.push({
        ...event(ticket.id, 'STATUS_CHANGED', actorId, step.at),
        fromStatus: step.from,
        toStatus: step.to,
        data: step.to === DECLINED && ticket.declineReason ? { reason: ticket.declineReason } : {},
      });
      // The first triage also takes the ticket on and groups it, as triage records it (for product only), a second later.
      if (step.from === NEW && ticket.ownerId) {
        chunk.events.push({ ...event(ticket.id, 'ASSIGNED', actorId, step.at + 1000), internal: true, data: { ownerId: ticket.ownerId } });
      }
      if (step.from === NEW && ticket.theme) {
        chunk.events.push({
          ...event(ticket.id, 'THEME_CHANGED', actorId, step.at + 2000),
          internal: true,
          data: { from: null, to: ticket.theme },
        });
      }
    }
    ticket.version += 1;
    if (chance(rng, replyShare[step.to] ?? 0)) {
      comment(TicketCommentKind.REPLY, bilingual(REPLY_POOLS[step.to as keyof typeof REPLY_POOLS], rng, english ? 0.8 : 0.08), step.at);
    }
    if ((step.from === NEW || step.to === PLANNED) && step.to !== MERGED && chance(rng, 0.3)) {
      comment(TicketCommentKind.INTERNAL_NOTE, bilingual(INTERNAL_NOTES, rng, english ? 0.6 : 0.08), step.at);
    }
  }
  ticket.updatedAt = new Date(Math.max(ticket.updatedAt.getTime(), lastActivity));
}

function event(ticketId: string, kind: TicketEventKind, actorId: string | null, at: number): PlannedEvent {
  return {
    ticketId,
    kind,
    actorId,
    fromStatus: null,
    toStatus: null,
    otherTicketId: null,
    internal: false,
    data: {},
    createdAt: new Date(at),
  };
}

// ─────────────────────────────── the lexicon ───────────────────────────────

/** How often each distinct text occurs (the lexicon counts words by the texts they are in). */
function countTexts(counts: Map<string, number>, chunk: VoiceSeedChunk): void {
  const add = (text: string) => counts.set(text, (counts.get(text) ?? 0) + 1);
  for (const ticket of chunk.tickets) {
    add(ticket.summary);
    if (ticket.theme) add(ticket.theme);
  }
  for (const voice of chunk.voices) {
    add(voice.accountName);
    add(voice.verbatim);
  }
}

async function insertLexicon(manager: EntityManager, texts: ReadonlyMap<string, number>): Promise<void> {
  const uses = new Map<string, number>();
  for (const [text, count] of texts) for (const word of lexiconWords(text)) uses.set(word, (uses.get(word) ?? 0) + count);
  if (uses.size === 0) return;
  await manager.query(
    `INSERT INTO voice_search_terms (term, uses) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (term) DO UPDATE SET uses = voice_search_terms.uses + excluded.uses`,
    [[...uses.keys()], [...uses.values()]],
  );
}

// ─────────────────────────────── writing ───────────────────────────────

async function insertTickets(
  manager: EntityManager,
  tickets: readonly PlannedTicket[],
  areaIds: ReadonlyMap<string, string>,
): Promise<void> {
  if (tickets.length === 0) return;
  const column = <T>(map: (ticket: PlannedTicket) => T): T[] => tickets.map(map);
  // In filing order, so the serial numbers follow it (VOC-1 is the oldest).
  await manager.query(
    `INSERT INTO voice_tickets (id, status, summary, category, impact, product_area_id, theme, owner_id, filer_id, merged_into_id,
       decline_reason, filed_at, triage_due_at, first_triaged_at, triage_business_days, status_changed_at, created_at, updated_at, version)
     SELECT id, status, summary, category, impact, product_area_id, theme, owner_id, filer_id, merged_into_id,
       decline_reason, filed_at, triage_due_at, first_triaged_at, triage_business_days, status_changed_at, filed_at, updated_at, version
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::uuid[], $9::uuid[], $10::uuid[],
                 $11::text[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::int[], $16::timestamptz[], $17::timestamptz[],
                 $18::int[])
       WITH ORDINALITY AS t(id, status, summary, category, impact, product_area_id, theme, owner_id, filer_id, merged_into_id,
            decline_reason, filed_at, triage_due_at, first_triaged_at, triage_business_days, status_changed_at, updated_at, version, position)
     ORDER BY position`,
    [
      column((ticket) => ticket.id),
      column((ticket) => ticket.status),
      column((ticket) => ticket.summary),
      column((ticket) => ticket.category),
      column((ticket) => ticket.impact),
      column((ticket) => (ticket.productAreaKey === null ? null : (areaIds.get(ticket.productAreaKey) ?? null))),
      column((ticket) => ticket.theme),
      column((ticket) => ticket.ownerId),
      column((ticket) => ticket.filerId),
      column((ticket) => ticket.mergedIntoId),
      column((ticket) => ticket.declineReason),
      column((ticket) => ticket.filedAt),
      column((ticket) => ticket.triageDueAt),
      column((ticket) => ticket.firstTriagedAt),
      column((ticket) => ticket.triageBusinessDays),
      column((ticket) => ticket.statusChangedAt),
      column((ticket) => ticket.updatedAt),
      column((ticket) => ticket.version),
    ],
  );
}

async function insertVoices(manager: EntityManager, voices: readonly PlannedVoice[]): Promise<void> {
  if (voices.length === 0) return;
  const column = <T>(map: (voice: PlannedVoice) => T): T[] => voices.map(map);
  await manager.query(
    `INSERT INTO customer_voices (id, ticket_id, original_ticket_id, filer_id, account_name, account_key, segment, annual_contract_value,
       contact_role, channel, verbatim, external_reference, idempotency_key, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::numeric[], $9::text[],
                          $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[])`,
    [
      column((voice) => voice.id),
      column((voice) => voice.ticketId),
      column((voice) => voice.originalTicketId),
      column((voice) => voice.filerId),
      column((voice) => voice.accountName),
      column((voice) => voice.accountKey),
      column((voice) => voice.segment),
      column((voice) => (voice.annualContractValue === null ? null : String(voice.annualContractValue))),
      column((voice) => voice.contactRole),
      column((voice) => voice.channel),
      column((voice) => voice.verbatim),
      column((voice) => voice.externalReference),
      column((voice) => voice.idempotencyKey),
      column((voice) => voice.createdAt),
    ],
  );
}

async function insertEvents(manager: EntityManager, events: readonly PlannedEvent[]): Promise<void> {
  if (events.length === 0) return;
  const column = <T>(map: (event: PlannedEvent) => T): T[] => events.map(map);
  await manager.query(
    `INSERT INTO ticket_events (ticket_id, kind, actor_id, from_status, to_status, other_ticket_id, internal, data, created_at)
     SELECT ticket_id, kind, actor_id, from_status, to_status, other_ticket_id, internal, data::jsonb, created_at
     FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::boolean[], $8::text[], $9::timestamptz[])
       AS t(ticket_id, kind, actor_id, from_status, to_status, other_ticket_id, internal, data, created_at)`,
    [
      column((event) => event.ticketId),
      column((event) => event.kind),
      column((event) => event.actorId),
      column((event) => event.fromStatus),
      column((event) => event.toStatus),
      column((event) => event.otherTicketId),
      column((event) => event.internal),
      column((event) => JSON.stringify(event.data)),
      column((event) => event.createdAt),
    ],
  );
}

async function insertComments(manager: EntityManager, comments: readonly PlannedComment[]): Promise<void> {
  if (comments.length === 0) return;
  const column = <T>(map: (comment: PlannedComment) => T): T[] => comments.map(map);
  await manager.query(
    `INSERT INTO ticket_comments (ticket_id, author_id, kind, body, idempotency_key, created_at, updated_at)
     SELECT ticket_id, author_id, kind, body, idempotency_key, created_at, created_at
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
       AS t(ticket_id, author_id, kind, body, idempotency_key, created_at)`,
    [
      column((comment) => comment.ticketId),
      column((comment) => comment.authorId),
      column((comment) => comment.kind),
      column((comment) => comment.body),
      column((comment) => comment.idempotencyKey),
      column((comment) => comment.createdAt),
    ],
  );
}
