/** Newsletters: limits and enums both sides agree on. The server enforces them; the client uses them for forms. */

export const NEWSLETTER_NAME_MAX_LENGTH = 100;
export const NEWSLETTER_DESCRIPTION_MAX_LENGTH = 1000;

export const EDITION_TITLE_MAX_LENGTH = 200;
export const EDITION_SUMMARY_MAX_LENGTH = 500;
/** UTF-8 bytes of the body HTML as sent (before sanitizing). */
export const EDITION_BODY_MAX_BYTES = 200 * 1024;
export const EDITION_TAGS_MAX = 10;
export const EDITION_TAG_MAX_LENGTH = 30;
export const EDITION_AUDIENCE_DEPARTMENTS_MAX = 100;
/** Longest a schedule may reach into the future. */
export const EDITION_SCHEDULE_MAX_DAYS = 365;
export const EDITION_PIN_MAX_DAYS = 90;
/** Images and covers must be files uploaded to the hub (POST /uploads answers this shape). */
export const UPLOAD_URL_PATTERN = /^\/uploads\/[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export const COMMENT_BODY_MAX_LENGTH = 2000;
export const COMMENT_MENTIONS_MAX = 20;
export const COMMENT_HIDE_REASON_MAX_LENGTH = 300;
/** Replies shown under one comment (one level of replies only). */
export const COMMENT_REPLIES_SHOWN_MAX = 100;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;

/** Reading this long counts as read, as does scrolling to the end. */
export const EDITION_READ_DWELL_SECONDS = 30;
export const EDITION_DWELL_SECONDS_MAX = 24 * 60 * 60;

export const MUST_READ_REMINDER_INTERVAL_HOURS = 24;

export const NEWSLETTER_ANALYTICS_RANGE_MAX_DAYS = 366;
export const NEWSLETTER_ANALYTICS_EDITIONS_MAX = 200;

export const WEEKLY_DIGEST_EDITIONS_MAX = 10;

export enum NewsletterCadence {
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  IRREGULAR = 'IRREGULAR',
}

export enum EditionStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum EditionAudienceKind {
  COMPANY = 'COMPANY',
  DEPARTMENTS = 'DEPARTMENTS',
}

/** The fixed, meaningful set of reactions, in display order. */
export enum ReactionKind {
  LIKE = 'LIKE',
  CONGRATS = 'CONGRATS',
  INSIGHTFUL = 'INSIGHTFUL',
  EMPATHY = 'EMPATHY',
  CURIOUS = 'CURIOUS',
}

export const REACTION_KINDS: readonly ReactionKind[] = [
  ReactionKind.LIKE,
  ReactionKind.CONGRATS,
  ReactionKind.INSIGHTFUL,
  ReactionKind.EMPATHY,
  ReactionKind.CURIOUS,
];

export const REACTION_EMOJI: Readonly<Record<ReactionKind, string>> = {
  [ReactionKind.LIKE]: '👍',
  [ReactionKind.CONGRATS]: '🎉',
  [ReactionKind.INSIGHTFUL]: '💡',
  [ReactionKind.EMPATHY]: '❤️',
  [ReactionKind.CURIOUS]: '👀',
};

export enum ReadProgress {
  OPENED = 'OPENED',
  READ = 'READ',
}
