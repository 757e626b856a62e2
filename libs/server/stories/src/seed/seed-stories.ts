import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { chance, hashString, mulberry32, pick, richTextHtmlToText, type Rng } from '@kakehashi/server-platform';
import { STORY_SIMILAR_MAX, STORY_VERIFY_INTERVAL_DAYS_DEFAULT } from '@kakehashi/shared-contracts';
import { lexiconWords } from '@kakehashi/server-platform';
import { STORY_SEED_CONTENT, type StorySeedContent } from './story-content';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Stories at scale N beyond the demo's own: about 50,000 at scale 100. */
const STORIES_PER_SCALE = 500;
const BATCH = 1000;
// Array columns travel as one text per row (unnest would flatten a 2-D array).
const SEPARATOR = '\u001f';

export interface StorySeedDirectory {
  departments: { id: string; code: string }[];
  people: { id: string; departmentId: string | null }[];
}

export interface StorySeedCounts {
  stories: number;
  stale: number;
  marks: number;
}

interface SeedStoryRow {
  id: string;
  content: StorySeedContent;
  accountName: string;
  departmentIds: string[];
  authorId: string;
  reviewerId: string;
  publishedAt: Date;
  verifiedAt: Date | null;
  verifyDueAt: Date;
  helpful: string[];
  bookmarks: string[];
  viewers: string[];
  similarIds: string[];
}

/** Customer names for the scale data's variations of the demo stories. */
const SCALE_ACCOUNT_PREFIXES = ['株式会社', '有限会社', '医療法人', '合同会社'];
const SCALE_ACCOUNT_STEMS = [
  '東洋',
  '北斗',
  '青葉',
  '三河',
  '瀬戸内',
  '若狭',
  '筑紫',
  '常磐',
  '信濃',
  '湘南',
  '紀州',
  '出雲',
  '阿蘇',
  '房総',
  '甲斐',
];
const SCALE_ACCOUNT_SUFFIXES = ['精機', '物流', '商事', '製作所', '病院', 'フーズ', '建設', 'テクノ', '電機', 'ホールディングス'];

/**
 * Words of the demo stories and their stand-ins: the scale data's variations swap each for
 * one of its group, and take their three sections from different demo stories, so that a
 * word is about as rare across 50,000 stories as in a real knowledge base (a query's
 * frequency decides its plan and its cost) rather than in every 40th copy.
 */
const VOCABULARY: readonly (readonly string[])[] = [
  ['営業', '販売', '商談', '渉外', '代理店', '提案'],
  ['顧客', '取引先', '得意先', '利用者', '会員'],
  ['導入', '採用', '展開', '刷新', '移行'],
  ['帳票', '伝票', '書類', '様式', '申請書'],
  ['在庫', '倉庫', '出荷', '入荷', '配送'],
  ['工数', '作業時間', '手間', '残業', '負荷'],
  ['品質', '精度', '正確性', '安定性'],
  ['現場', '店舗', '工場', '窓口', '病棟', '支店'],
  ['請求', '支払', '会計', '経理', '決済'],
  ['解約', '離脱', '休眠', '失注'],
  ['churn', 'attrition', 'cancellation'],
  ['onboarding', 'rollout', 'adoption', 'training'],
  ['invoice', 'billing', 'payment', 'receipt'],
];
const VOCABULARY_PATTERN = new RegExp(VOCABULARY.flat().join('|'), 'g');
const VOCABULARY_GROUP = new Map(VOCABULARY.flatMap((group) => group.map((word) => [word, group] as const)));

/** The text with each vocabulary word swapped for one of its group (the same one throughout the story). */
function reword(text: string, choice: ReadonlyMap<readonly string[], string>): string {
  return text.replace(VOCABULARY_PATTERN, (word) => choice.get(VOCABULARY_GROUP.get(word)!) ?? word);
}

/** A variation of a demo story: its sections from three demo stories, its words reworded. */
function variationOf(index: number, rng: Rng): StorySeedContent {
  const base = STORY_SEED_CONTENT[index % STORY_SEED_CONTENT.length]!;
  const other = (offset: number): StorySeedContent =>
    STORY_SEED_CONTENT[(index + Math.floor(rng() * STORY_SEED_CONTENT.length) + offset) % STORY_SEED_CONTENT.length]!;
  const choice = new Map(VOCABULARY.map((group) => [group, pick(rng, group)] as const));
  return {
    ...base,
    title: reword(base.title, choice),
    titleEn: base.titleEn === null ? null : reword(base.titleEn, choice),
    challengeHtml: reword(base.challengeHtml, choice),
    solutionHtml: reword(other(1).solutionHtml, choice),
    resultHtml: reword(other(2).resultHtml, choice),
    tags: base.tags.map((tag) => reword(tag, choice)),
  };
}

/** A stable id from a stable key (a hash: 32-bit seeds of 50,000 stories would collide). */
function uuidFrom(key: string): string {
  const hex = createHash('sha1').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return chosen;
}

/**
 * The success stories: at scale 1 the ~40 demo stories, each published by someone of a
 * department involved and approved by a colleague, some stale; helpful votes, bookmarks and
 * views from across the company. Larger scales add variations of them (other customers,
 * dates and departments) up to STORIES_PER_SCALE × scale. Deterministic for a given directory.
 */
export async function seedStories(
  manager: EntityManager,
  directory: StorySeedDirectory,
  options: { now: Date; scale: number },
): Promise<StorySeedCounts> {
  const rows = planStories(directory, options);
  let marks = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const chunk = rows.slice(start, start + BATCH);
    await insertStories(manager, chunk);
    marks += await insertMarks(manager, chunk);
  }
  // The lexicon of English words for typo tolerance, from every distinct story text.
  const words = new Set<string>();
  for (const content of STORY_SEED_CONTENT) for (const word of lexiconWords(lexiconText(content))) words.add(word);
  for (const word of lexiconWords(VOCABULARY.flat().join(' '))) words.add(word);
  for (const row of rows) for (const word of lexiconWords(row.accountName)) words.add(word);
  await manager.query(
    'INSERT INTO story_search_terms (term) SELECT unnest($1::text[]) ON CONFLICT (term) DO UPDATE SET uses = story_search_terms.uses + 1',
    [[...words]],
  );
  const stale = rows.filter((row) => row.verifyDueAt.getTime() <= options.now.getTime()).length;
  return { stories: rows.length, stale, marks };
}

function lexiconText(content: StorySeedContent): string {
  return [
    content.title,
    content.titleEn ?? '',
    content.accountName,
    ...content.products,
    ...content.tags,
    richTextHtmlToText(content.challengeHtml),
    richTextHtmlToText(content.solutionHtml),
    richTextHtmlToText(content.resultHtml),
    content.quote?.text ?? '',
  ].join(' ');
}

function planStories(directory: StorySeedDirectory, options: { now: Date; scale: number }): SeedStoryRow[] {
  const byCode = new Map(directory.departments.map((department) => [department.code, department.id]));
  const members = new Map<string, string[]>();
  for (const person of directory.people) {
    if (!person.departmentId) continue;
    members.set(person.departmentId, [...(members.get(person.departmentId) ?? []), person.id]);
  }
  const everyone = directory.people.map((person) => person.id);
  if (everyone.length < 2) return [];
  const total = options.scale <= 1 ? STORY_SEED_CONTENT.length : Math.max(STORY_SEED_CONTENT.length, STORIES_PER_SCALE * options.scale);
  const rows: SeedStoryRow[] = [];
  for (let index = 0; index < total; index++) {
    const variation = Math.floor(index / STORY_SEED_CONTENT.length);
    const base = STORY_SEED_CONTENT[index % STORY_SEED_CONTENT.length]!;
    const rng = mulberry32(hashString(`story:${base.key}:${variation}`));
    const content = variation === 0 ? base : variationOf(index, rng);
    let departmentIds = content.departmentCodes.flatMap((code) => byCode.get(code) ?? []);
    if (variation > 0) departmentIds = sample(rng, directory.departments, 1 + Math.floor(rng() * 3)).map((department) => department.id);
    const colleagues = departmentIds.flatMap((id) => members.get(id) ?? []);
    const authorId = colleagues.length > 0 ? pick(rng, colleagues) : pick(rng, everyone);
    let reviewerId = pick(rng, colleagues.length > 1 ? colleagues : everyone);
    while (reviewerId === authorId) reviewerId = pick(rng, everyone);
    const publishedDaysAgo = variation === 0 ? content.publishedDaysAgo : 1 + Math.floor(rng() * 900);
    const publishedAt = new Date(options.now.getTime() - publishedDaysAgo * DAY_MS);
    // About one in six lapsed (verified more than the interval ago), as in a kept knowledge base.
    const verifiedDaysAgo =
      variation === 0
        ? content.verifiedDaysAgo
        : chance(rng, 0.16) && publishedDaysAgo > STORY_VERIFY_INTERVAL_DAYS_DEFAULT
          ? STORY_VERIFY_INTERVAL_DAYS_DEFAULT + Math.floor(rng() * (publishedDaysAgo - STORY_VERIFY_INTERVAL_DAYS_DEFAULT))
          : Math.floor(rng() * Math.min(publishedDaysAgo, STORY_VERIFY_INTERVAL_DAYS_DEFAULT - 1));
    const verifiedAt = verifiedDaysAgo === null ? null : new Date(options.now.getTime() - verifiedDaysAgo * DAY_MS);
    const verifyDueAt = new Date((verifiedAt ?? publishedAt).getTime() + STORY_VERIFY_INTERVAL_DAYS_DEFAULT * DAY_MS);
    const audience = sample(rng, everyone, Math.min(everyone.length, Math.floor(everyone.length * (0.05 + rng() * 0.35))));
    // The scale data keeps a dozen marks a story: enough for the counters' and marks' indexes to matter.
    const viewers = options.scale <= 1 ? audience : audience.slice(0, 12);
    rows.push({
      id: uuidFrom(`story:${base.key}:${variation}`),
      content,
      accountName:
        variation === 0
          ? content.accountName
          : `${pick(rng, SCALE_ACCOUNT_PREFIXES)}${pick(rng, SCALE_ACCOUNT_STEMS)}${pick(rng, SCALE_ACCOUNT_SUFFIXES)}`,
      departmentIds,
      authorId,
      reviewerId,
      publishedAt,
      verifiedAt,
      verifyDueAt,
      viewers,
      helpful: viewers.filter(() => chance(rng, 0.25)),
      bookmarks: viewers.filter(() => chance(rng, 0.08)),
      similarIds: [],
    });
  }
  assignSimilar(rows);
  return rows;
}

/** Candidates scored per story at scale: the most helpful of its industry (the SQL scores them all). */
const SIMILAR_CANDIDATES_AT_SCALE = 400;

/**
 * Each story's similar stories as StorySimilarity scores them (same industry 3, each shared
 * product 2, each shared tag 1, then the most helpful): against every story for the demo,
 * against the most helpful of the same industry for the scale data.
 */
function assignSimilar(rows: SeedStoryRow[]): void {
  const byHelpful = [...rows].sort((a, b) => b.helpful.length - a.helpful.length || (a.id < b.id ? 1 : -1));
  const byIndustry = new Map<string, SeedStoryRow[]>();
  for (const row of byHelpful) byIndustry.set(row.content.industry, [...(byIndustry.get(row.content.industry) ?? []), row]);
  const shared = (a: readonly string[], b: readonly string[]): number => a.filter((value) => b.includes(value)).length;
  for (const row of rows) {
    const candidates = rows.length <= 2000 ? byHelpful : byIndustry.get(row.content.industry)!.slice(0, SIMILAR_CANDIDATES_AT_SCALE);
    row.similarIds = candidates
      .filter((other) => other !== row)
      .map((other) => ({
        id: other.id,
        score:
          (other.content.industry === row.content.industry ? 3 : 0) +
          2 * shared(other.content.products, row.content.products) +
          shared(other.content.tags, row.content.tags),
      }))
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, STORY_SIMILAR_MAX)
      .map((candidate) => candidate.id);
  }
}

async function insertStories(manager: EntityManager, rows: readonly SeedStoryRow[]): Promise<void> {
  const column = <T>(map: (row: SeedStoryRow) => T): T[] => rows.map(map);
  await manager.query(
    `INSERT INTO stories (id, status, language, title, title_en, account_name, industry, company_size, region, department_ids, people_ids,
       products, tags, challenge_html, challenge_text, solution_html, solution_text, result_html, result_text, outcomes, outcome_labels,
       has_outcomes, quote_text, quote_attribution, author_id, owner_id, verifier_id, reviewer_id, verify_interval_days, verified_at,
       verified_by_id, verify_due_at, submitted_at, published_at, helpful_count, bookmark_count, view_count, similar_ids, similar_at,
       created_at, updated_at)
     SELECT id, 'PUBLISHED', language, title, title_en, account_name, industry, company_size, region,
       string_to_array(department_ids, ',')::uuid[], ARRAY[author_id], string_to_array(products, chr(31)), string_to_array(tags, chr(31)),
       challenge_html, challenge_text, solution_html, solution_text, result_html, result_text, outcomes::jsonb, outcome_labels,
       jsonb_array_length(outcomes::jsonb) > 0, quote_text, quote_attribution, author_id, author_id, reviewer_id, reviewer_id, $30,
       verified_at, CASE WHEN verified_at IS NULL THEN NULL ELSE reviewer_id END, verify_due_at, published_at - interval '2 days',
       published_at, helpful_count, bookmark_count, view_count, string_to_array(similar_ids, ',')::uuid[], now(),
       published_at - interval '5 days', published_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                 $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[],
                 $20::text[], $21::text[], $22::uuid[], $23::uuid[], $24::timestamptz[], $25::timestamptz[], $26::timestamptz[],
                 $27::int[], $28::int[], $29::int[], $31::text[])
       AS t(id, language, title, title_en, account_name, industry, company_size, region, department_ids, products, tags,
            challenge_html, challenge_text, solution_html, solution_text, result_html, result_text, outcomes, outcome_labels,
            quote_text, quote_attribution, author_id, reviewer_id, verified_at, verify_due_at, published_at,
            helpful_count, bookmark_count, view_count, similar_ids)`,
    [
      column((row) => row.id),
      column((row) => row.content.language),
      column((row) => row.content.title),
      column((row) => row.content.titleEn),
      column((row) => row.accountName),
      column((row) => row.content.industry),
      column((row) => row.content.companySize),
      column((row) => row.content.region),
      column((row) => row.departmentIds.join(',')),
      column((row) => row.content.products.join(SEPARATOR)),
      column((row) => row.content.tags.join(SEPARATOR)),
      column((row) => row.content.challengeHtml),
      column((row) => richTextHtmlToText(row.content.challengeHtml)),
      column((row) => row.content.solutionHtml),
      column((row) => richTextHtmlToText(row.content.solutionHtml)),
      column((row) => row.content.resultHtml),
      column((row) => richTextHtmlToText(row.content.resultHtml)),
      column((row) =>
        JSON.stringify(
          row.content.outcomes.map((outcome) => ({
            label: outcome.label,
            before: outcome.before === null ? null : String(outcome.before),
            after: outcome.after === null ? null : String(outcome.after),
            unit: outcome.unit,
            period: outcome.period,
          })),
        ),
      ),
      column((row) => row.content.outcomes.map((outcome) => outcome.label).join(' ')),
      column((row) => row.content.quote?.text ?? null),
      column((row) => row.content.quote?.attribution ?? null),
      column((row) => row.authorId),
      column((row) => row.reviewerId),
      column((row) => row.verifiedAt),
      column((row) => row.verifyDueAt),
      column((row) => row.publishedAt),
      column((row) => row.helpful.length),
      column((row) => row.bookmarks.length),
      column((row) => row.viewers.length),
      STORY_VERIFY_INTERVAL_DAYS_DEFAULT,
      column((row) => row.similarIds.join(',')),
    ],
  );
}

async function insertMarks(manager: EntityManager, rows: readonly SeedStoryRow[]): Promise<number> {
  const storyIds: string[] = [];
  const personIds: string[] = [];
  const kinds: string[] = [];
  const createdAt: Date[] = [];
  for (const row of rows) {
    const add = (people: readonly string[], kind: string): void => {
      for (const personId of people) {
        storyIds.push(row.id);
        personIds.push(personId);
        kinds.push(kind);
        createdAt.push(row.publishedAt);
      }
    };
    add(row.viewers, 'VIEW');
    add(row.helpful, 'HELPFUL');
    add(row.bookmarks, 'BOOKMARK');
  }
  if (storyIds.length === 0) return 0;
  await manager.query(
    `INSERT INTO story_marks (story_id, person_id, kind, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
    [storyIds, personIds, kinds, createdAt],
  );
  return storyIds.length;
}
