import { STORY_VERIFY_SOON_DAYS, StoryVerificationState } from '@kakehashi/shared-contracts';
import type { StoryCompanySize, StoryIndustry, StoryRegion, StoryStatus } from '../common/enums';
import type { Story, StoryOutcome } from './story.model';

/** The verification state of a row `s` as SQL (facets and filters use it). */
export const VERIFICATION_STATE_SQL = `CASE WHEN s.verify_due_at IS NULL THEN NULL
  WHEN s.verify_due_at <= now() THEN '${StoryVerificationState.STALE}'
  WHEN s.verify_due_at <= now() + interval '${STORY_VERIFY_SOON_DAYS} days' THEN '${StoryVerificationState.DUE_SOON}'
  ELSE '${StoryVerificationState.VERIFIED}' END`;

/** A story with what the viewer (`$1`) has done with it, in one statement (the search vector is never read back). */
export const STORY_SELECT = `SELECT s.id, s.status, s.language, s.title, s.title_en, s.account_name, s.industry, s.company_size, s.region,
    s.department_ids, s.people_ids, s.co_author_ids, s.products, s.tags, s.challenge_html, s.solution_html, s.result_html,
    s.challenge_text, s.solution_text, s.result_text, s.outcomes, s.quote_text, s.quote_attribution,
    s.author_id, s.owner_id, s.verifier_id, s.reviewer_id, s.verify_interval_days, s.verified_at, s.verified_by_id, s.verify_due_at,
    s.submitted_at, s.published_at, s.content_updated_at, s.archived_at, s.created_at, s.updated_at, s.version,
    s.helpful_count, s.bookmark_count, s.view_count, s.similar_ids,
    EXISTS (SELECT 1 FROM story_marks m WHERE m.story_id = s.id AND m.person_id = $1 AND m.kind = 'HELPFUL') AS helpful_by_me,
    EXISTS (SELECT 1 FROM story_marks m WHERE m.story_id = s.id AND m.person_id = $1 AND m.kind = 'BOOKMARK') AS bookmarked_by_me
  FROM stories s`;

/**
 * The same without the rich-text sections (lists: search hits, similar stories, my stories):
 * the sections are most of a story's bytes, and a card shows none of them. A client that asks
 * for them anyway gets them from StoryLoaders, one statement for the whole list.
 */
export const STORY_CARD_SELECT = STORY_SELECT.replace(
  's.challenge_html, s.solution_html, s.result_html,',
  'NULL AS challenge_html, NULL AS solution_html, NULL AS result_html,',
);

export interface StoryRow {
  id: string;
  status: string;
  language: string;
  title: string;
  title_en: string | null;
  account_name: string;
  industry: string | null;
  company_size: string | null;
  region: string | null;
  department_ids: string[];
  people_ids: string[];
  co_author_ids: string[];
  products: string[];
  tags: string[];
  /** Null when read without the sections (STORY_CARD_SELECT). */
  challenge_html: string | null;
  solution_html: string | null;
  result_html: string | null;
  challenge_text: string;
  solution_text: string;
  result_text: string;
  outcomes: StoryOutcome[];
  quote_text: string | null;
  quote_attribution: string | null;
  author_id: string;
  owner_id: string;
  verifier_id: string | null;
  reviewer_id: string | null;
  verify_interval_days: number;
  verified_at: Date | null;
  verified_by_id: string | null;
  verify_due_at: Date | null;
  submitted_at: Date | null;
  published_at: Date | null;
  content_updated_at: Date | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  helpful_count: number;
  bookmark_count: number;
  view_count: number;
  similar_ids: string[];
  helpful_by_me: boolean;
  bookmarked_by_me: boolean;
}

/** Plain text of the sections (for snippets) and the stored similar stories: not GraphQL fields. */
export interface StoryTexts {
  similarIds: string[];
  challengeText: string;
  solutionText: string;
  resultText: string;
}

export function verificationState(dueAt: Date | null, now = Date.now()): StoryVerificationState | null {
  if (!dueAt) return null;
  const due = dueAt.getTime();
  if (due <= now) return StoryVerificationState.STALE;
  if (due <= now + STORY_VERIFY_SOON_DAYS * 24 * 60 * 60 * 1000) return StoryVerificationState.DUE_SOON;
  return StoryVerificationState.VERIFIED;
}

export function toStory(row: StoryRow): Story & StoryTexts {
  const state = verificationState(row.verify_due_at);
  return {
    id: row.id,
    status: row.status as StoryStatus,
    language: row.language,
    title: row.title,
    titleEn: row.title_en,
    customer: {
      accountName: row.account_name,
      industry: row.industry as StoryIndustry | null,
      companySize: row.company_size as StoryCompanySize | null,
      region: row.region as StoryRegion | null,
    },
    departments: [],
    departmentIds: row.department_ids,
    peopleIds: row.people_ids,
    coAuthorIds: row.co_author_ids,
    products: row.products,
    tags: row.tags,
    challengeHtml: row.challenge_html ?? undefined,
    solutionHtml: row.solution_html ?? undefined,
    resultHtml: row.result_html ?? undefined,
    challengeText: row.challenge_text,
    solutionText: row.solution_text,
    resultText: row.result_text,
    outcomes: row.outcomes,
    verifyIntervalDays: row.verify_interval_days,
    quote: row.quote_text ? { text: row.quote_text, attribution: row.quote_attribution ?? '' } : null,
    verification:
      state && row.status !== 'DRAFT' && row.status !== 'IN_REVIEW'
        ? {
            state,
            intervalDays: row.verify_interval_days,
            verifiedAt: row.verified_at,
            dueAt: row.verify_due_at,
            verifiedById: row.verified_by_id,
          }
        : null,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    contentUpdatedAt: row.content_updated_at,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    helpfulCount: row.helpful_count,
    bookmarkCount: row.bookmark_count,
    viewCount: row.view_count,
    helpfulByMe: row.helpful_by_me,
    bookmarkedByMe: row.bookmarked_by_me,
    authorId: row.author_id,
    ownerId: row.owner_id,
    verifierId: row.verifier_id,
    reviewerId: row.reviewer_id,
    similarIds: row.similar_ids,
  };
}
