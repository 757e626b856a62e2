/** Customer voice (顧客の声): limits and enums both sides agree on. The server enforces them; the client uses them for forms. */

export const VOICE_ACCOUNT_NAME_MAX_LENGTH = 120;
export const VOICE_CONTACT_ROLE_MAX_LENGTH = 80;
/** The customer's own words: long enough for a pasted mail or transcript (20 KB of text and more). */
export const VOICE_VERBATIM_MAX_LENGTH = 30000;
export const VOICE_SUMMARY_MAX_LENGTH = 200;
export const VOICE_EXTERNAL_REFERENCE_MAX_LENGTH = 100;
export const VOICE_THEME_MAX_LENGTH = 60;
export const VOICE_DECLINE_REASON_MAX_LENGTH = 2000;
export const VOICE_COMMENT_MAX_LENGTH = 5000;
/** Largest annual contract value (yen) a voice may carry: ¥1 trillion is already absurd for one customer. */
export const VOICE_CONTRACT_VALUE_MAX = 1e12;
/** Tickets one bulk action changes at most. */
export const VOICE_BULK_MAX = 100;
/** Similar open tickets suggested while filing. */
export const VOICE_SUGGESTIONS_MAX = 5;
/** Text the suggestion search reads (the summary and the start of the verbatim). */
export const VOICE_SUGGESTION_TEXT_MAX_LENGTH = 500;
export const VOICE_SEARCH_TEXT_MAX_LENGTH = 200;
/** Business days to a first triage unless configured (VOICE_TRIAGE_TARGET_DAYS). */
export const VOICE_TRIAGE_TARGET_DAYS_DEFAULT = 5;
/** Months the insight page covers at most. */
export const VOICE_INSIGHT_MONTHS_MAX = 24;
export const PRODUCT_AREA_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
export const PRODUCT_AREA_NAME_MAX_LENGTH = 60;

export enum CustomerSegment {
  ENTERPRISE = 'ENTERPRISE',
  MID_MARKET = 'MID_MARKET',
  SMB = 'SMB',
}

/** Where the customer said it. */
export enum VoiceChannel {
  /** 商談 */
  SALES_MEETING = 'SALES_MEETING',
  /** サポート問い合わせ */
  SUPPORT_INQUIRY = 'SUPPORT_INQUIRY',
  /** アンケート */
  SURVEY = 'SURVEY',
  /** イベント */
  EVENT = 'EVENT',
  /** その他 */
  OTHER = 'OTHER',
}

export enum TicketCategory {
  BUG = 'BUG',
  FEATURE_REQUEST = 'FEATURE_REQUEST',
  USABILITY = 'USABILITY',
  PRICING = 'PRICING',
  OTHER = 'OTHER',
}

/** How much it hurts the customer, worst first. */
export enum TicketImpact {
  BLOCKS_DEAL = 'BLOCKS_DEAL',
  CHURN_RISK = 'CHURN_RISK',
  PAIN = 'PAIN',
  NICE_TO_HAVE = 'NICE_TO_HAVE',
}

export enum TicketStatus {
  NEW = 'NEW',
  TRIAGED = 'TRIAGED',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SHIPPED = 'SHIPPED',
  DECLINED = 'DECLINED',
  /** Merged into another ticket, which now holds its voices. */
  MERGED = 'MERGED',
}

/** Tickets product still has to act on: suggested while filing, counted as open. */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = [
  TicketStatus.NEW,
  TicketStatus.TRIAGED,
  TicketStatus.PLANNED,
  TicketStatus.IN_PROGRESS,
];

/** Statuses a triager sets directly (NEW is only where tickets start; MERGED comes from a merge). */
export const SETTABLE_TICKET_STATUSES: readonly TicketStatus[] = [
  TicketStatus.TRIAGED,
  TicketStatus.PLANNED,
  TicketStatus.IN_PROGRESS,
  TicketStatus.SHIPPED,
  TicketStatus.DECLINED,
];

export enum TicketSort {
  NEWEST = 'NEWEST',
  MOST_CUSTOMERS = 'MOST_CUSTOMERS',
  MOST_REVENUE = 'MOST_REVENUE',
  /** New tickets, the longest waiting first. */
  OLDEST_UNTRIAGED = 'OLDEST_UNTRIAGED',
}

/** A reply reaches the filer and everyone who added a voice; an internal note stays with product. */
export enum TicketCommentKind {
  REPLY = 'REPLY',
  INTERNAL_NOTE = 'INTERNAL_NOTE',
}
