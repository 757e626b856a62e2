// The newsletters' demo and scale data as plain rows, generated edition by edition so that
// millions of reads and reactions never sit in memory at once. No database here: the
// loader writes what this yields. Deterministic for a given directory, scale and time.

import { randomUUID } from 'node:crypto';
import { EditionStatus, ReactionKind } from '@kakehashi/shared-contracts';
import { ancestorsOrSelf } from '../common/department-tree';
import { editionBodyFromParagraphs } from './edition-body';
import { COMMENT_SAMPLES, type EditionTopic, NEWSLETTER_CONTENT, type NewsletterContent, REPLY_SAMPLES } from './newsletter-content';
import { between, chance, intBetween, pick, type Rng, rngFor, sampleIndices, weightedPick } from './seed-random';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export interface NewsletterSeedDepartment {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  parentId: string | null;
}

export interface NewsletterSeedPerson {
  id: string;
  displayName: string;
  departmentId: string | null;
  /** Holds Hub.Editor. */
  editor: boolean;
  /** The demo persona key, when known (the `editor` persona authors its department's newsletter). */
  persona?: string | null;
}

/** The active people and the departments, as the directory lists them. */
export interface NewsletterSeedDirectory {
  departments: readonly NewsletterSeedDepartment[];
  people: readonly NewsletterSeedPerson[];
}

export interface NewsletterSeedOptions {
  /** The seed time: editions fall in the months before it. */
  now: Date;
  /**
   * 1 (default): the demo company's newsletters from the content, engagement as rates of
   * the audience. Above 1: the benchmark's volume, a newsletter for every department and
   * about 200 × scale editions with bounded engagement each.
   */
  scale?: number;
}

export interface SeedNewsletterRow {
  id: string;
  departmentId: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  cadence: string;
  companyWide: boolean;
  createdAt: Date;
}

export interface SeedEditionRow {
  id: string;
  newsletterId: string;
  authorId: string;
  status: EditionStatus;
  title: string;
  summary: string;
  bodyHtml: string;
  tags: readonly string[];
  audienceKind: 'COMPANY' | 'DEPARTMENTS';
  audienceDepartmentIds: readonly string[];
  audienceExpandedIds: readonly string[];
  audienceSize: number | null;
  mustRead: boolean;
  pinnedUntil: Date | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  listedAt: Date;
  createdAt: Date;
}

/** [edition, department, member count] */
export type SeedSnapshotRow = [string, string, number];
/** [edition, person, department, dwell seconds, opened at, read at] */
export type SeedReadRow = [string, string, string | null, number, Date, Date | null];
/** [edition, person, kind, department, created at] */
export type SeedReactionRow = [string, string, ReactionKind, string | null, Date];
/** [edition, person, department, acknowledged at] */
export type SeedAcknowledgementRow = [string, string, string | null, Date];

export interface SeedCommentRow {
  id: string;
  editionId: string;
  parentId: string | null;
  authorId: string;
  authorDepartmentId: string | null;
  body: string;
  mentionIds: readonly string[];
  idempotencyKey: string;
  createdAt: Date;
}

/** One step of the plan: the newsletters first, then one edition with everything that hangs off it. */
export interface SeedChunk {
  newsletters: SeedNewsletterRow[];
  editions: SeedEditionRow[];
  snapshots: SeedSnapshotRow[];
  reads: SeedReadRow[];
  reactions: SeedReactionRow[];
  comments: SeedCommentRow[];
  acknowledgements: SeedAcknowledgementRow[];
}

const CADENCE_DAYS: Record<string, number> = { WEEKLY: 7, BIWEEKLY: 14, MONTHLY: 30 };
/** How far back the demo's editions go (about four months). */
const DEMO_SPAN_DAYS = 120;
/** How far back the benchmark's editions go. */
const SCALE_SPAN_DAYS = 730;
const SCALE_EDITIONS_PER_UNIT = 200;
const PIN_DAYS = 7;

// Likes are the cheap default; the other kinds say something more specific.
const REACTION_WEIGHTS: ReadonlyArray<readonly [ReactionKind, number]> = [
  [ReactionKind.LIKE, 45],
  [ReactionKind.INSIGHTFUL, 20],
  [ReactionKind.EMPATHY, 13],
  [ReactionKind.CONGRATS, 12],
  [ReactionKind.CURIOUS, 10],
];
// Wins and awards get congratulated.
const CELEBRATION_WEIGHTS: ReadonlyArray<readonly [ReactionKind, number]> = [
  [ReactionKind.LIKE, 40],
  [ReactionKind.CONGRATS, 35],
  [ReactionKind.INSIGHTFUL, 10],
  [ReactionKind.EMPATHY, 10],
  [ReactionKind.CURIOUS, 5],
];
const CELEBRATION_TAGS = ['受注', '表彰', '成功事例'];

const MENTION_BODY = (name: string): string =>
  `@${name} さん、この件は次回の部門横断ミーティングで一緒に取り上げませんか？お客様の声とつなげられそうです。`;

interface PlannedNewsletter {
  row: SeedNewsletterRow;
  department: NewsletterSeedDepartment;
  content: NewsletterContent | null;
  topics: readonly EditionTopic[];
  editionCount: number;
  authors: ReadonlyArray<readonly [NewsletterSeedPerson, number]>;
  /** Its department and the ones below it (a department audience). */
  expandedIds: string[];
}

const later = (at: Date, ms: number, cap: Date): Date => new Date(Math.min(at.getTime() + ms, cap.getTime()));

/** 09:00–11:30 in Tokyo on the day `daysAgo` before `now`. */
function morningOf(now: Date, daysAgo: number, rng: Rng): Date {
  const day = new Date(now.getTime() - daysAgo * DAY_MS);
  day.setUTCHours(0, intBetween(rng, 0, 150), intBetween(rng, 0, 59), 0);
  return day;
}

function descendantsOrSelf(departments: readonly NewsletterSeedDepartment[], rootId: string): string[] {
  const found = [rootId];
  for (let i = 0; i < found.length; i++) {
    for (const department of departments) if (department.parentId === found[i] && !found.includes(department.id)) found.push(department.id);
  }
  return found;
}

/**
 * Who writes a newsletter: its department's editors (the `editor` persona most of all),
 * then the editors of the departments above it, as the access rules allow; an admin or a
 * member only when the department has no editor at all.
 */
function authorsOf(department: NewsletterSeedDepartment, directory: NewsletterSeedDirectory): [NewsletterSeedPerson, number][] {
  const chain = ancestorsOrSelf(
    directory.departments.map((d) => ({ ...d, sortOrder: 0 })),
    department.id,
  );
  const weighted: [NewsletterSeedPerson, number][] = [];
  for (const person of directory.people) {
    if (!person.editor || !person.departmentId || !chain.includes(person.departmentId)) continue;
    const own = person.departmentId === department.id;
    weighted.push([person, own ? (person.persona === 'editor' ? 8 : 3) : 0.5]);
  }
  if (weighted.length > 0) return weighted;
  const members = directory.people.filter((person) => person.departmentId === department.id);
  return (members.length > 0 ? members : directory.people.slice(0, 1)).map((person) => [person, 1]);
}

function planNewsletters(directory: NewsletterSeedDirectory, scale: number, now: Date): PlannedNewsletter[] {
  const byCode = new Map(directory.departments.map((department) => [department.code, department]));
  const planned: PlannedNewsletter[] = [];
  const add = (department: NewsletterSeedDepartment, content: NewsletterContent | null, topics: readonly EditionTopic[]): void => {
    planned.push({
      row: {
        id: randomUUID(),
        departmentId: department.id,
        nameJa: content?.nameJa ?? `${department.nameJa}ニュース`,
        nameEn: content?.nameEn ?? `${department.nameEn} News`,
        descriptionJa: content?.descriptionJa ?? `${department.nameJa}の取り組みとお知らせをお届けします。`,
        descriptionEn: content?.descriptionEn ?? `What ${department.nameEn} is working on, and its announcements.`,
        cadence: content?.cadence ?? 'BIWEEKLY',
        companyWide: content?.companyWide ?? false,
        createdAt: new Date(now.getTime() - (scale > 1 ? SCALE_SPAN_DAYS + 30 : DEMO_SPAN_DAYS + 60) * DAY_MS),
      },
      department,
      content,
      topics,
      editionCount: topics.length,
      authors: authorsOf(department, directory),
      expandedIds: descendantsOrSelf(directory.departments, department.id),
    });
  };
  for (const content of NEWSLETTER_CONTENT) {
    const department = byCode.get(content.departmentCode);
    if (department) add(department, content, content.topics);
  }
  if (scale > 1) {
    // Every other department writes too, drawing on the whole pool of published topics.
    const pool = NEWSLETTER_CONTENT.flatMap((content) => content.topics.filter((topic) => !topic.state));
    const covered = new Set(planned.map((newsletter) => newsletter.department.id));
    directory.departments.forEach((department, index) => {
      if (covered.has(department.id)) return;
      add(department, null, [...pool.slice(index % pool.length), ...pool.slice(0, index % pool.length)]);
    });
    const perNewsletter = Math.max(1, Math.round((SCALE_EDITIONS_PER_UNIT * scale) / planned.length));
    for (const newsletter of planned) newsletter.editionCount = Math.max(perNewsletter, newsletter.topics.length);
  }
  return planned;
}

interface Audience {
  people: readonly NewsletterSeedPerson[];
  snapshot: [string, number][];
}

function emptyChunk(): SeedChunk {
  return { newsletters: [], editions: [], snapshots: [], reads: [], reactions: [], comments: [], acknowledgements: [] };
}

/** Sizes of one published edition's engagement. */
interface EngagementPlan {
  openers: number;
  readers: number;
  reactors: number;
  /** Chance of each further kind a reactor adds. */
  extraKind: number;
  acknowledgers: number;
  comments: number;
  replyChance: number;
}

function demoEngagement(rng: Rng, audience: number, ageDays: number, mustRead: boolean): EngagementPlan {
  // Older editions have had longer to be found: reach grows from ~40 % to ~75 %.
  const age = Math.min(1, ageDays / 45);
  let reach = Math.min(0.77, Math.max(0.38, 0.4 + 0.3 * age + between(rng, -0.03, 0.05)));
  let acknowledgementRate = 0;
  if (mustRead) {
    acknowledgementRate = Math.min(0.9, Math.max(0.6, 0.6 + 0.28 * age + between(rng, -0.02, 0.02)));
    // Acknowledging means having opened it.
    reach = Math.min(0.97, Math.max(reach, acknowledgementRate + between(rng, 0.03, 0.08)));
  }
  const openers = Math.round(audience * reach);
  return {
    openers,
    readers: Math.round(openers * between(rng, 0.55, 0.8)),
    reactors: Math.round(openers * between(rng, 0.25, 0.5)),
    extraKind: 0.12,
    acknowledgers: Math.min(openers, Math.round(audience * acknowledgementRate)),
    comments: Math.min(6, Math.max(openers >= 5 ? 1 : 0, Math.round(openers * between(rng, 0.03, 0.08)))),
    replyChance: 0.35,
  };
}

/** The benchmark's volume: about 50 reads, 100 reactions and 10 comments per edition, whatever the audience. */
function scaleEngagement(rng: Rng, audience: number, mustRead: boolean): EngagementPlan {
  const acknowledgers = mustRead ? Math.min(audience, intBetween(rng, 60, 140)) : 0;
  // Acknowledging means having opened it.
  const openers = Math.max(acknowledgers, Math.min(audience, intBetween(rng, 30, 70)));
  return {
    openers,
    readers: Math.round(openers * between(rng, 0.5, 0.7)),
    reactors: Math.min(audience, intBetween(rng, 45, 90)),
    extraKind: 0.45,
    acknowledgers,
    comments: Math.min(audience, intBetween(rng, 5, 11)),
    replyChance: 0.25,
  };
}

/**
 * The plan: first a chunk with the newsletters, then one chunk per edition (the edition,
 * its audience snapshot, reads, reactions, comments with replies, acknowledgements).
 */
export function* planNewsletterSeed(directory: NewsletterSeedDirectory, options: NewsletterSeedOptions): Generator<SeedChunk> {
  const now = options.now;
  const scale = options.scale ?? 1;
  const bench = scale > 1;
  const people = directory.people.filter((person) => person.departmentId !== null);
  const byDepartment = new Map<string, NewsletterSeedPerson[]>();
  for (const person of people) {
    const list = byDepartment.get(person.departmentId!) ?? [];
    list.push(person);
    byDepartment.set(person.departmentId!, list);
  }
  const company: Audience = {
    people,
    snapshot: directory.departments
      .map((department): [string, number] => [department.id, byDepartment.get(department.id)?.length ?? 0])
      .filter(([, count]) => count > 0),
  };
  const departmentAudience = (expandedIds: readonly string[]): Audience => ({
    people: expandedIds.flatMap((id) => byDepartment.get(id) ?? []),
    snapshot: expandedIds.map((id): [string, number] => [id, byDepartment.get(id)?.length ?? 0]),
  });

  const newsletters = planNewsletters(directory, scale, now);
  const first = emptyChunk();
  first.newsletters = newsletters.map((newsletter) => newsletter.row);
  yield first;

  const bodies = new Map<EditionTopic, string>();
  const bodyOf = (topic: EditionTopic): string => {
    let body = bodies.get(topic);
    if (body === undefined) {
      body = editionBodyFromParagraphs(topic.body);
      bodies.set(topic, body);
    }
    return body;
  };
  // The company-wide newsletter of 広報 (else the first company-wide one) pins its newest edition.
  const pinning =
    newsletters.find((newsletter) => newsletter.content?.departmentCode === 'PR') ?? newsletters.find((n) => n.row.companyWide);
  let mentionDone = false;
  let ordinal = 0;

  for (const newsletter of newsletters) {
    const rng = rngFor(`newsletter:${newsletter.content?.departmentCode ?? newsletter.department.code}:${scale}`);
    const ownAudience = departmentAudience(newsletter.expandedIds);
    const cadenceDays = CADENCE_DAYS[newsletter.row.cadence] ?? 14;
    const published = newsletter.topics.filter((topic) => !topic.state).length;
    const publishedCount = bench ? newsletter.editionCount - (newsletter.topics.length - published) : published;
    // By cadence, newest a few days ago, all of them within the span.
    const interval = bench
      ? SCALE_SPAN_DAYS / Math.max(1, publishedCount)
      : Math.min(cadenceDays, DEMO_SPAN_DAYS / Math.max(1, publishedCount - 1));
    const newestDaysAgo = intBetween(rng, 2, 6);
    let publishedIndex = 0;

    for (let index = 0; index < newsletter.editionCount; index++) {
      const topic = newsletter.topics[index % newsletter.topics.length]!;
      if (bench && index >= newsletter.topics.length && topic.state) continue;
      ordinal += 1;
      const editionRng = rngFor(`edition:${newsletter.department.code}:${index}:${scale}`);
      const chunk = emptyChunk();
      const editionId = randomUUID();
      const author = weightedPick(editionRng, newsletter.authors);
      const companyWide = topic.companyWide === true;
      const audience = companyWide ? company : ownAudience;
      const base = {
        id: editionId,
        newsletterId: newsletter.row.id,
        authorId: author.id,
        title: topic.title,
        summary: topic.summary,
        bodyHtml: bodyOf(topic),
        tags: topic.tags,
        audienceKind: companyWide ? ('COMPANY' as const) : ('DEPARTMENTS' as const),
        audienceDepartmentIds: companyWide ? [] : [newsletter.department.id],
        audienceExpandedIds: companyWide ? [] : newsletter.expandedIds,
        mustRead: topic.mustRead === true,
        pinnedUntil: null,
      };

      if (topic.state && index < newsletter.topics.length) {
        if (topic.state === 'SCHEDULED') {
          const scheduledAt = morningOf(now, -3, editionRng);
          const createdAt = new Date(now.getTime() - 2 * DAY_MS);
          chunk.editions.push({
            ...base,
            status: EditionStatus.SCHEDULED,
            audienceSize: null,
            scheduledAt,
            publishedAt: null,
            listedAt: scheduledAt,
            createdAt,
          });
        } else {
          const createdAt = new Date(now.getTime() - DAY_MS - intBetween(editionRng, 0, 240) * MINUTE_MS);
          chunk.editions.push({
            ...base,
            status: EditionStatus.DRAFT,
            audienceSize: null,
            scheduledAt: null,
            publishedAt: null,
            listedAt: createdAt,
            createdAt,
          });
        }
        yield chunk;
        continue;
      }

      const daysAgo = newestDaysAgo + publishedIndex * interval * (publishedIndex === 0 ? 1 : between(editionRng, 0.92, 1.08));
      publishedIndex += 1;
      const publishedAt = morningOf(now, daysAgo, editionRng);
      const pinned = newsletter === pinning && publishedIndex === 1 && companyWide;
      chunk.editions.push({
        ...base,
        status: EditionStatus.PUBLISHED,
        audienceSize: audience.people.length,
        pinnedUntil: pinned ? new Date(now.getTime() + PIN_DAYS * DAY_MS) : null,
        scheduledAt: null,
        publishedAt,
        listedAt: publishedAt,
        createdAt: new Date(publishedAt.getTime() - intBetween(editionRng, 1, 5) * DAY_MS),
      });
      for (const [departmentId, count] of audience.snapshot) chunk.snapshots.push([editionId, departmentId, count]);
      engage(chunk, {
        rng: editionRng,
        editionId,
        ordinal,
        author,
        audience: audience.people,
        plan: bench
          ? scaleEngagement(editionRng, audience.people.length, base.mustRead)
          : demoEngagement(editionRng, audience.people.length, (now.getTime() - publishedAt.getTime()) / DAY_MS, base.mustRead),
        weights: topic.tags.some((tag) => CELEBRATION_TAGS.includes(tag)) ? CELEBRATION_WEIGHTS : REACTION_WEIGHTS,
        publishedAt,
        now,
        mention: pinned && !mentionDone,
      });
      if (pinned) mentionDone = true;
      yield chunk;
    }
  }
}

interface EngageInput {
  rng: Rng;
  editionId: string;
  ordinal: number;
  author: NewsletterSeedPerson;
  audience: readonly NewsletterSeedPerson[];
  plan: EngagementPlan;
  weights: ReadonlyArray<readonly [ReactionKind, number]>;
  publishedAt: Date;
  now: Date;
  mention: boolean;
}

function engage(chunk: SeedChunk, input: EngageInput): void {
  const { rng, editionId, audience, plan, publishedAt, now } = input;
  const sample = sampleIndices(rng, audience.length, Math.max(plan.openers, plan.reactors, plan.acknowledgers, plan.comments)).map(
    (index) => audience[index]!,
  );
  // Most people open an edition within a day or two of its publication.
  const openedAt = new Map<string, Date>();
  const firstSeen = (person: NewsletterSeedPerson): Date => {
    let at = openedAt.get(person.id);
    if (!at) {
      const hours = -Math.log(1 - rng() * 0.98) * 18;
      at = later(publishedAt, hours * 60 * MINUTE_MS + intBetween(rng, 1, 59) * MINUTE_MS, new Date(now.getTime() - MINUTE_MS));
      openedAt.set(person.id, at);
    }
    return at;
  };

  const readers = new Set<string>();
  sample.slice(0, plan.openers).forEach((person, index) => {
    const at = firstSeen(person);
    const read = index < plan.readers;
    if (read) readers.add(person.id);
    const dwell = read ? intBetween(rng, 30, 420) : intBetween(rng, 2, 25);
    chunk.reads.push([editionId, person.id, person.departmentId, dwell, at, read ? later(at, dwell * 1000, now) : null]);
  });

  // Reactors come from the openers (the benchmark's larger counts reach past them).
  const reactorPool = sample.slice(0, Math.max(plan.openers, plan.reactors));
  for (const index of sampleIndices(rng, reactorPool.length, plan.reactors)) {
    const person = reactorPool[index]!;
    const kinds = new Set<ReactionKind>([weightedPick(rng, input.weights)]);
    while (kinds.size < 5 && chance(rng, plan.extraKind)) kinds.add(weightedPick(rng, input.weights));
    for (const kind of kinds) {
      chunk.reactions.push([
        editionId,
        person.id,
        kind,
        person.departmentId,
        later(firstSeen(person), intBetween(rng, 20, 900) * 1000, now),
      ]);
    }
  }

  for (const person of sample.slice(0, plan.acknowledgers)) {
    chunk.acknowledgements.push([
      editionId,
      person.id,
      person.departmentId,
      later(firstSeen(person), intBetween(rng, 30, 1800) * 1000, now),
    ]);
  }

  // Comments from people who read it; some get a reply, most often from the author.
  const commenters = sample.filter((person) => readers.has(person.id));
  const commentPool = commenters.length >= plan.comments ? commenters : sample;
  let sequence = 0;
  for (const index of sampleIndices(rng, commentPool.length, plan.comments)) {
    const person = commentPool[index]!;
    const createdAt = later(firstSeen(person), intBetween(rng, 2, 40) * MINUTE_MS, now);
    let body = pick(rng, COMMENT_SAMPLES);
    let mentionIds: string[] = [];
    if (input.mention && sequence === 0) {
      // One comment of the demo mentions a colleague of another department.
      const colleague = audience.find((other) => other.departmentId !== person.departmentId && other.id !== input.author.id);
      if (colleague) {
        body = MENTION_BODY(colleague.displayName);
        mentionIds = [colleague.id];
      }
    }
    sequence += 1;
    const comment: SeedCommentRow = {
      id: randomUUID(),
      editionId,
      parentId: null,
      authorId: person.id,
      authorDepartmentId: person.departmentId,
      body,
      mentionIds,
      idempotencyKey: `seed-${input.ordinal}-${sequence}`,
      createdAt,
    };
    chunk.comments.push(comment);
    if (chance(rng, plan.replyChance)) {
      const replier = chance(rng, 0.7) || commenters.length < 2 ? input.author : pick(rng, commenters);
      if (replier.id === person.id) continue;
      sequence += 1;
      chunk.comments.push({
        id: randomUUID(),
        editionId,
        parentId: comment.id,
        authorId: replier.id,
        authorDepartmentId: replier.departmentId,
        body: pick(rng, REPLY_SAMPLES),
        mentionIds: [],
        idempotencyKey: `seed-${input.ordinal}-${sequence}`,
        createdAt: later(createdAt, intBetween(rng, 10, 24 * 60) * MINUTE_MS, now),
      });
    }
  }
}
