/** Success stories: limits and enums both sides agree on. The server enforces them; the client uses them for forms. */

export const STORY_TITLE_MAX_LENGTH = 200;
export const STORY_ACCOUNT_NAME_MAX_LENGTH = 100;
/** UTF-8 bytes of each rich-text section (challenge, solution, result) as sent, before sanitizing. */
export const STORY_SECTION_MAX_BYTES = 100 * 1024;
export const STORY_QUOTE_MAX_LENGTH = 1000;
export const STORY_QUOTE_ATTRIBUTION_MAX_LENGTH = 100;
export const STORY_TAGS_MAX = 10;
export const STORY_TAG_MAX_LENGTH = 30;
export const STORY_PRODUCTS_MAX = 10;
export const STORY_PRODUCT_MAX_LENGTH = 50;
export const STORY_DEPARTMENTS_MAX = 20;
export const STORY_PEOPLE_MAX = 30;
export const STORY_OUTCOMES_MAX = 10;
export const STORY_OUTCOME_LABEL_MAX_LENGTH = 60;
export const STORY_OUTCOME_UNIT_MAX_LENGTH = 20;
export const STORY_OUTCOME_PERIOD_MAX_LENGTH = 40;
export const STORY_REVIEW_COMMENT_MAX_LENGTH = 2000;
/** Longest text a story search takes; longer is a clear BAD_USER_INPUT, never a 500. */
export const STORY_SEARCH_TEXT_MAX_LENGTH = 500;
/** Days a verification holds unless the story says otherwise. */
export const STORY_VERIFY_INTERVAL_DAYS_DEFAULT = 180;
export const STORY_VERIFY_INTERVAL_DAYS_MIN = 7;
export const STORY_VERIFY_INTERVAL_DAYS_MAX = 730;
/** Facet values shown per facet (the most frequent first). */
export const STORY_FACET_VALUES_MAX = 20;
export const STORY_SIMILAR_MAX = 5;

export enum StoryStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum StoryIndustry {
  MANUFACTURING = 'MANUFACTURING',
  RETAIL = 'RETAIL',
  LOGISTICS = 'LOGISTICS',
  HEALTHCARE = 'HEALTHCARE',
  PUBLIC_SECTOR = 'PUBLIC_SECTOR',
  FINANCE = 'FINANCE',
  CONSTRUCTION = 'CONSTRUCTION',
  IT_SERVICES = 'IT_SERVICES',
  OTHER = 'OTHER',
}

/** Employees of the customer. */
export enum StoryCompanySize {
  SMALL = 'SMALL', // 1–99
  MEDIUM = 'MEDIUM', // 100–999
  LARGE = 'LARGE', // 1,000–4,999
  ENTERPRISE = 'ENTERPRISE', // 5,000+
}

export enum StoryRegion {
  HOKKAIDO_TOHOKU = 'HOKKAIDO_TOHOKU',
  KANTO = 'KANTO',
  CHUBU = 'CHUBU',
  KINKI = 'KINKI',
  CHUGOKU_SHIKOKU = 'CHUGOKU_SHIKOKU',
  KYUSHU_OKINAWA = 'KYUSHU_OKINAWA',
  OVERSEAS = 'OVERSEAS',
}

export enum StoryReviewDecision {
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

export enum StorySort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  MOST_HELPFUL = 'MOST_HELPFUL',
}

/** What one person did to a story, at most once each. */
export enum StoryMarkKind {
  HELPFUL = 'HELPFUL',
  BOOKMARK = 'BOOKMARK',
  VIEW = 'VIEW',
}

/** Verification as a reader sees it: verified, due within STORY_VERIFY_SOON_DAYS, or stale (past due). */
export enum StoryVerificationState {
  VERIFIED = 'VERIFIED',
  DUE_SOON = 'DUE_SOON',
  STALE = 'STALE',
}
export const STORY_VERIFY_SOON_DAYS = 14;
