/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { Role } from '@kakehashi/shared-contracts';
import type { Locale } from '@kakehashi/shared-contracts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Puts a person on a team. */
export type AddTeamMemberInput = {
  /** Percent of the person’s time on this team (0–100). */
  allocation: number;
  /** Last day on the team (YYYY-MM-DD); none while open-ended. */
  endsOn?: string | null | undefined;
  personId: string;
  role: TeamRole;
  /** First day on the team (YYYY-MM-DD); default the team’s start, or today when later. */
  startsOn?: string | null | undefined;
  teamId: string;
};

/** This customer’s voice on an existing open ticket (+1) instead of a new ticket. */
export type AddVoiceInput = {
  /** The customer account (company) name. */
  accountName: string;
  /** Annual contract value in whole yen (optional). */
  annualContractValue?: number | null | undefined;
  channel: VoiceChannel;
  /** The contact’s role, e.g. 情報システム部 課長. */
  contactRole?: string | null | undefined;
  /** A CRM opportunity or helpdesk ticket id, as text. */
  externalReference?: string | null | undefined;
  /** Made by the client once per intended filing: a retry returns the first result. */
  idempotencyKey: string;
  segment: CustomerSegment;
  ticketId: string;
  /** The customer’s own words, verbatim. */
  verbatim: string;
};

/** The same change to many tickets at once: all of them change, or none. */
export type BulkTriageInput = {
  /** true: no owner. */
  clearOwner?: boolean | null | undefined;
  /** Required when declining: the filers read it. */
  declineReason?: string | null | undefined;
  /** The product person who owns it. */
  ownerId?: string | null | undefined;
  productAreaId?: string | null | undefined;
  /** TRIAGED, PLANNED, IN_PROGRESS, SHIPPED or DECLINED (merge with mergeTicket). */
  status?: TicketStatus | null | undefined;
  /** テーマ; an empty string clears it. */
  theme?: string | null | undefined;
  ticketIds: Array<string>;
};

export type CommentOnCheckInInput = {
  body: string;
  checkInId: string;
  idempotencyKey: string;
};

export type CommentOnTicketInput = {
  body: string;
  idempotencyKey: string;
  kind: TicketCommentKind;
  ticketId: string;
};

export type CreateEditionInput = {
  audience: EditionAudienceInput;
  /** HTML from the editor; sanitized by the server (an allowlist). */
  bodyHtml?: string;
  /** An upload of the hub (/uploads/<key>). */
  coverImageUrl?: string | null | undefined;
  mustRead?: boolean;
  newsletterId: string;
  /** Pinned to the top of the feed until then. */
  pinnedUntil?: string | null | undefined;
  summary?: string;
  tags?: Array<string>;
  title: string;
};

export type CreateGoalInput = {
  baseline?: number | null | undefined;
  cadence?: GoalCadence | null | undefined;
  /** Short reference unique in its period, e.g. KGI-01. */
  code?: string | null | undefined;
  /** Contributing departments (empty: the whole company). */
  departmentIds?: Array<string> | null | undefined;
  description?: string | null | undefined;
  direction?: GoalDirection | null | undefined;
  /** The fiscal year, by the calendar year it starts in. */
  fiscalYear?: number | null | undefined;
  kind?: GoalKind | null | undefined;
  /** Seasonal KPIs: the target at each month’s end (3 or 12, the last equal to target); empty for a straight line. */
  monthlyTargets?: Array<number> | null | undefined;
  /** The person who owns it (an active person). */
  ownerId?: string | null | undefined;
  /** The goal it rolls up into (none: a top-level goal). */
  parentId?: string | null | undefined;
  periodKind?: GoalPeriodKind | null | undefined;
  /** 1–4 for a quarter. */
  quarter?: number | null | undefined;
  rangeHigh?: number | null | undefined;
  rangeLow?: number | null | undefined;
  /** Roll into the next period at period end. */
  recurring?: boolean | null | undefined;
  /** DRAFT (default) or ACTIVE. */
  status?: GoalStatus | null | undefined;
  /** Required to increase or decrease; none for a range. */
  target?: number | null | undefined;
  title?: string | null | undefined;
  titleEn?: string | null | undefined;
  unit?: GoalUnit | null | undefined;
  /** The unit’s name when unit is FREE, e.g. 時間. */
  unitLabel?: string | null | undefined;
  /** Its share (percent) of the parent's roll-up. */
  weight?: number | null | undefined;
};

export type CreateNewsletterInput = {
  cadence: NewsletterCadence;
  /** Only admins may make a newsletter company-wide. */
  companyWide?: boolean;
  departmentId: string;
  descriptionEn?: string;
  descriptionJa?: string;
  nameEn: string;
  nameJa: string;
};

export type CreateStoryInput = {
  /** 課題: HTML from the editor; sanitized by the server. */
  challengeHtml?: string | null | undefined;
  /** Co-authors edit the draft too. */
  coAuthorIds?: Array<string> | null | undefined;
  customer?: StoryCustomerInput | null | undefined;
  /** Departments involved. */
  departmentIds?: Array<string> | null | undefined;
  /** ja or en. */
  language?: string | null | undefined;
  outcomes?: Array<StoryOutcomeInput> | null | undefined;
  /** People involved (credited on the page). */
  peopleIds?: Array<string> | null | undefined;
  products?: Array<string> | null | undefined;
  /** Null removes the quote. */
  quote?: StoryQuoteInput | null | undefined;
  /** 成果: HTML from the editor; sanitized by the server. */
  resultHtml?: string | null | undefined;
  /** 解決策: HTML from the editor; sanitized by the server. */
  solutionHtml?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
  titleEn?: string | null | undefined;
  /** Days a verification holds (7–730, default 180). */
  verifyIntervalDays?: number | null | undefined;
};

/** A new team with its first roster and goals. */
export type CreateTeamInput = {
  /** A Microsoft Teams channel link (https://teams.microsoft.com/…). */
  channelUrl?: string | null | undefined;
  /** Last day (YYYY-MM-DD); none while open-ended. */
  endsOn?: string | null | undefined;
  goals?: Array<TeamGoalInput>;
  /** Made by the client once per intended creation: a retry returns the first team. */
  idempotencyKey: string;
  kind: TeamKind;
  members?: Array<TeamMemberInput>;
  mission?: string;
  name: string;
  nameEn?: string | null | undefined;
  /** First day (YYYY-MM-DD). */
  startsOn: string;
  status: TeamStatus;
};

/** エンタープライズ, 中堅 (mid-market), 中小 (SMB). */
export type CustomerSegment = 'ENTERPRISE' | 'MID_MARKET' | 'SMB';

/** CREATE a new row, UPDATE a stored one, or DEACTIVATE an active person (with any other changes of that row). */
export type DirectoryImportAction = 'CREATE' | 'DEACTIVATE' | 'UPDATE';

export type DirectoryImportChangeKind = 'DEPARTMENT' | 'PERSON';

/** What is wrong with a file or a row; stable, for the client to translate. */
export type DirectoryImportErrorCode =
  | 'DUPLICATE_COLUMN'
  | 'DUPLICATE_KEY'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'INVALID_BOOLEAN'
  | 'INVALID_CHARACTERS'
  | 'INVALID_CODE'
  | 'INVALID_EMAIL'
  | 'INVALID_LOCALE'
  | 'INVALID_NUMBER'
  | 'MANAGER_CYCLE'
  | 'MISSING_COLUMN'
  | 'OWN_MANAGER'
  | 'OWN_PARENT'
  | 'PARENT_CYCLE'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_MANY_ROWS'
  | 'UNKNOWN_COLUMN'
  | 'UNKNOWN_DEPARTMENT'
  | 'UNKNOWN_MANAGER'
  | 'UNTERMINATED_QUOTE'
  | 'VALUE_WITHOUT_HEADER';

/** Which of the two import files. */
export type DirectoryImportFile = 'DEPARTMENTS' | 'PEOPLE';

export type EditCommentInput = {
  body: string;
  id: string;
  mentionIds?: Array<string>;
  version: number;
};

export type EditionAudienceInput = {
  /** For DEPARTMENTS: the departments (their sub-departments are included). */
  departmentIds?: Array<string>;
  kind: EditionAudienceKind;
};

export type EditionAudienceKind = 'COMPANY' | 'DEPARTMENTS';

/** draft → scheduled → published → archived. */
export type EditionStatus = 'ARCHIVED' | 'DRAFT' | 'PUBLISHED' | 'SCHEDULED';

/** A new ticket with its first customer voice. */
export type FileTicketInput = {
  /** The customer account (company) name. */
  accountName: string;
  /** Annual contract value in whole yen (optional). */
  annualContractValue?: number | null | undefined;
  category: TicketCategory;
  channel: VoiceChannel;
  /** The contact’s role, e.g. 情報システム部 課長. */
  contactRole?: string | null | undefined;
  /** A CRM opportunity or helpdesk ticket id, as text. */
  externalReference?: string | null | undefined;
  /** Made by the client once per intended filing: a retry returns the first result. */
  idempotencyKey: string;
  impact: TicketImpact;
  productAreaId: string;
  segment: CustomerSegment;
  /** The filer’s summary: the ticket’s headline. */
  summary: string;
  /** The customer’s own words, verbatim. */
  verbatim: string;
};

/** How often the owner checks in. */
export type GoalCadence = 'MONTHLY' | 'WEEKLY';

/** 見込み: on track (順調), at risk (要注意), off track (未達見込み). */
export type GoalConfidence = 'AT_RISK' | 'OFF_TRACK' | 'ON_TRACK';

/** Up to the target, down to it, or stay within a range. */
export type GoalDirection = 'DECREASE' | 'INCREASE' | 'RANGE';

/** KGI: a business outcome; KPI: an indicator that rolls up into one. */
export type GoalKind = 'KGI' | 'KPI';

/** A quarter or a whole fiscal year. */
export type GoalPeriodKind = 'FISCAL_YEAR' | 'QUARTER';

/** draft → active → achieved, missed or cancelled. */
export type GoalStatus = 'ACHIEVED' | 'ACTIVE' | 'CANCELLED' | 'DRAFT' | 'MISSED';

/** PERCENT %, CASES 件, YEN 円, POINTS pt (may be negative), COUNT, FREE (the goal names its unit). */
export type GoalUnit = 'CASES' | 'COUNT' | 'FREE' | 'PERCENT' | 'POINTS' | 'YEN';

export type HideCommentInput = {
  id: string;
  reason: string;
};

export type ImportDirectoryInput = {
  /** departments.csv: code,name_ja,name_en,parent_code,sort_order (header required). */
  departmentsCsv?: string | null | undefined;
  /** true: check and list the changes, write nothing. false: write them, all or nothing. */
  dryRun: boolean;
  /** people.csv: email,display_name,display_name_en,display_name_kana,title,title_en,department_code,manager_email,preferred_locale,active (header required). */
  peopleCsv?: string | null | undefined;
};

/** Ties a team to a goal, or changes how. */
export type LinkTeamGoalInput = {
  goalId: string;
  relation: TeamGoalRelation;
  teamId: string;
};

export { Locale };

/** Merges a duplicate into another ticket: its voices, customers and revenue move over. */
export type MergeTicketInput = {
  /** The ticket that stays. */
  intoTicketId: string;
  /** The duplicate. */
  ticketId: string;
};

/** WRITING (my drafts and stories in review), REVIEWING (waiting for my review), OWNED (published, I own or verify), BOOKMARKED. */
export type MyStoriesScope = 'BOOKMARKED' | 'OWNED' | 'REVIEWING' | 'WRITING';

export type NewsletterCadence = 'BIWEEKLY' | 'IRREGULAR' | 'MONTHLY' | 'QUARTERLY' | 'WEEKLY';

export type PostCommentInput = {
  /** Plain text (no HTML). */
  body: string;
  editionId: string;
  /** Generated by the client per comment: a retry with it returns the first comment and creates nothing. */
  idempotencyKey: string;
  /** People @mentioned (notified). */
  mentionIds?: Array<string>;
  /** Replying to this top-level comment. */
  parentId?: string | null | undefined;
};

/** 👍 いいね, 🎉 おめでとう, 💡 参考になった, ❤️ 共感, 👀 気になる */
export type ReactionKind = 'CONGRATS' | 'CURIOUS' | 'EMPATHY' | 'INSIGHTFUL' | 'LIKE';

/** OPENED, or READ (to the end, or long enough). */
export type ReadProgress = 'OPENED' | 'READ';

export type RecordCheckInInput = {
  confidence: GoalConfidence;
  /** A day of the cadence slot to check in for (YYYY-MM-DD); default today. Never in the future. */
  date?: string | null | undefined;
  goalId: string;
  /** Made by the client once per intended check-in: a retry returns the first result. */
  idempotencyKey: string;
  note?: string | null | undefined;
  /** 実績: the value now. */
  value: number;
  /** When editing the slot's check-in: the version read (a stale one is a CONFLICT). */
  version?: number | null | undefined;
};

export type ReviewStoryInput = {
  /** Required when asking for changes. */
  comment?: string;
  /** APPROVED publishes it; CHANGES_REQUESTED sends it back to draft. */
  decision: StoryReviewDecision;
  id: string;
};

export { Role };

export type RollGoalForwardInput = {
  /** Default: the latest check-in’s value (or the baseline). */
  baseline?: number | null | undefined;
  id: string;
  rangeHigh?: number | null | undefined;
  rangeLow?: number | null | undefined;
  /** Default: the same target. */
  target?: number | null | undefined;
};

export type ScheduleEditionInput = {
  id: string;
  /** When to publish: in the future. */
  publishAt: string;
};

export type SetGoalStatusInput = {
  id: string;
  status: GoalStatus;
  version: number;
};

/** The customer's employees: SMALL 1–99, MEDIUM 100–999, LARGE 1,000–4,999, ENTERPRISE 5,000+. */
export type StoryCompanySize = 'ENTERPRISE' | 'LARGE' | 'MEDIUM' | 'SMALL';

export type StoryCustomerInput = {
  /** Required to submit. */
  accountName: string;
  companySize?: StoryCompanySize | null | undefined;
  industry?: StoryIndustry | null | undefined;
  region?: StoryRegion | null | undefined;
};

/** Filters: values of one facet widen (any of them), facets narrow (all of them). */
export type StoryFilterInput = {
  departmentIds?: Array<string> | null | undefined;
  industries?: Array<StoryIndustry> | null | undefined;
  products?: Array<string> | null | undefined;
  tags?: Array<string> | null | undefined;
  verification?: Array<StoryVerificationState> | null | undefined;
  /** true: only stories with a quantified outcome. */
  withOutcomes?: boolean | null | undefined;
};

/** The customer's industry. */
export type StoryIndustry =
  'CONSTRUCTION' | 'FINANCE' | 'HEALTHCARE' | 'IT_SERVICES' | 'LOGISTICS' | 'MANUFACTURING' | 'OTHER' | 'PUBLIC_SECTOR' | 'RETAIL';

export type StoryOutcomeInput = {
  /** A decimal number, e.g. 3 or 0.5. */
  after?: string | null | undefined;
  /** A decimal number, e.g. 8 or 12.5. */
  before?: string | null | undefined;
  label: string;
  /** e.g. 導入後6か月. */
  period?: string | null | undefined;
  unit?: string;
};

export type StoryQuoteInput = {
  attribution?: string;
  text: string;
};

/** The customer's region. */
export type StoryRegion = 'CHUBU' | 'CHUGOKU_SHIKOKU' | 'HOKKAIDO_TOHOKU' | 'KANTO' | 'KINKI' | 'KYUSHU_OKINAWA' | 'OVERSEAS';

export type StoryReviewDecision = 'APPROVED' | 'CHANGES_REQUESTED';

/** RELEVANCE (with search text; newest otherwise), NEWEST, MOST_HELPFUL. */
export type StorySort = 'MOST_HELPFUL' | 'NEWEST' | 'RELEVANCE';

/** draft → in review → published → archived. */
export type StoryStatus = 'ARCHIVED' | 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';

/** VERIFIED, DUE_SOON (within 14 days), or STALE (past its verify-by date: needs verification). */
export type StoryVerificationState = 'DUE_SOON' | 'STALE' | 'VERIFIED';

export type SubmitStoryInput = {
  id: string;
  /** Who approves it or asks for changes (not an author). */
  reviewerId: string;
  /** Who verifies it once published (default: the reviewer). */
  verifierId?: string | null | undefined;
};

export type TeamEventKind = 'CREATED' | 'GOAL_LINKED' | 'GOAL_UNLINKED' | 'MEMBER_ADDED' | 'MEMBER_REMOVED' | 'MEMBER_UPDATED' | 'UPDATED';

/** A goal the team owns or contributes to. */
export type TeamGoalInput = {
  goalId: string;
  relation: TeamGoalRelation;
};

/** The team owns the goal, or contributes to it. */
export type TeamGoalRelation = 'CONTRIBUTES' | 'OWNS';

/** Project, cross-functional team (混成チーム), committee or guild. */
export type TeamKind = 'COMMITTEE' | 'CROSS_FUNCTIONAL' | 'GUILD' | 'PROJECT';

/** A person to put on a team. */
export type TeamMemberInput = {
  /** Percent of the person’s time on this team (0–100). */
  allocation: number;
  /** Last day on the team (YYYY-MM-DD); none while open-ended. */
  endsOn?: string | null | undefined;
  personId: string;
  role: TeamRole;
  /** First day on the team (YYYY-MM-DD); default the team’s start, or today when later. */
  startsOn?: string | null | undefined;
};

/** A member's role in the team (役割). */
export type TeamRole = 'ADVISOR' | 'LEAD' | 'MEMBER' | 'SPONSOR';

/** forming → active → closed. */
export type TeamStatus = 'ACTIVE' | 'CLOSED' | 'FORMING';

export type TicketActivityKind =
  | 'ASSIGNED'
  | 'EDITED'
  | 'FILED'
  | 'INTERNAL_NOTE'
  | 'LINKS_CHANGED'
  | 'MERGED_FROM'
  | 'MERGED_INTO'
  | 'PRODUCT_AREA_CHANGED'
  | 'REPLY'
  | 'STATUS_CHANGED'
  | 'THEME_CHANGED'
  | 'VOICE_ADDED';

export type TicketCategory = 'BUG' | 'FEATURE_REQUEST' | 'OTHER' | 'PRICING' | 'USABILITY';

/** A reply reaches the filers; an internal note only product. */
export type TicketCommentKind = 'INTERNAL_NOTE' | 'REPLY';

/** Inbox filters: an empty or missing list does not filter. */
export type TicketFilterInput = {
  categories?: Array<TicketCategory> | null | undefined;
  /** Tickets linked to this goal. */
  goalId?: string | null | undefined;
  impacts?: Array<TicketImpact> | null | undefined;
  /** Age: filed at most this many days ago. */
  newerThanDays?: number | null | undefined;
  /** Age: filed at least this many days ago. */
  olderThanDays?: number | null | undefined;
  ownerId?: string | null | undefined;
  productAreaIds?: Array<string> | null | undefined;
  /** Words in the summary, theme, accounts or verbatims (Japanese or English), or a ticket code (VOC-123). */
  search?: string | null | undefined;
  /** Tickets with a voice from any of these segments. */
  segments?: Array<CustomerSegment> | null | undefined;
  /** Default: every status but MERGED. */
  statuses?: Array<TicketStatus> | null | undefined;
  /** Only new tickets past their triage target. */
  triageOverdue?: boolean | null | undefined;
  /** Only tickets with no owner. */
  unassigned?: boolean | null | undefined;
};

/** Worst first: blocks a deal, churn risk, pain, nice to have. */
export type TicketImpact = 'BLOCKS_DEAL' | 'CHURN_RISK' | 'NICE_TO_HAVE' | 'PAIN';

export type TicketSort = 'MOST_CUSTOMERS' | 'MOST_REVENUE' | 'NEWEST' | 'OLDEST_UNTRIAGED';

/** new → triaged → planned → in progress → shipped; or declined (with a reason), or merged into another ticket. */
export type TicketStatus = 'DECLINED' | 'IN_PROGRESS' | 'MERGED' | 'NEW' | 'PLANNED' | 'SHIPPED' | 'TRIAGED';

export type TriageTicketInput = {
  /** true: no owner. */
  clearOwner?: boolean | null | undefined;
  /** Required when declining: the filers read it. */
  declineReason?: string | null | undefined;
  /** The goals it serves (replaces the list). */
  goalIds?: Array<string> | null | undefined;
  /** The product person who owns it. */
  ownerId?: string | null | undefined;
  productAreaId?: string | null | undefined;
  /** TRIAGED, PLANNED, IN_PROGRESS, SHIPPED or DECLINED (merge with mergeTicket). */
  status?: TicketStatus | null | undefined;
  /** Success stories about it (replaces the list). */
  storyIds?: Array<string> | null | undefined;
  /** テーマ; an empty string clears it. */
  theme?: string | null | undefined;
  ticketId: string;
  /** The version read: a stale one is a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdateEditionInput = {
  /** Fixed once published. */
  audience?: EditionAudienceInput | null | undefined;
  bodyHtml?: string | null | undefined;
  coverImageUrl?: string | null | undefined;
  id: string;
  /** Fixed once published. */
  mustRead?: boolean | null | undefined;
  pinnedUntil?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  /** The version you edited; a newer one on the server means a CONFLICT. */
  version: number;
};

export type UpdateGoalInput = {
  baseline?: number | null | undefined;
  cadence?: GoalCadence | null | undefined;
  /** Short reference unique in its period, e.g. KGI-01. */
  code?: string | null | undefined;
  /** Contributing departments (empty: the whole company). */
  departmentIds?: Array<string> | null | undefined;
  description?: string | null | undefined;
  direction?: GoalDirection | null | undefined;
  /** The fiscal year, by the calendar year it starts in. */
  fiscalYear?: number | null | undefined;
  id: string;
  kind?: GoalKind | null | undefined;
  /** Seasonal KPIs: the target at each month’s end (3 or 12, the last equal to target); empty for a straight line. */
  monthlyTargets?: Array<number> | null | undefined;
  /** The person who owns it (an active person). */
  ownerId?: string | null | undefined;
  /** The goal it rolls up into (none: a top-level goal). */
  parentId?: string | null | undefined;
  periodKind?: GoalPeriodKind | null | undefined;
  /** 1–4 for a quarter. */
  quarter?: number | null | undefined;
  rangeHigh?: number | null | undefined;
  rangeLow?: number | null | undefined;
  /** Roll into the next period at period end. */
  recurring?: boolean | null | undefined;
  /** Required to increase or decrease; none for a range. */
  target?: number | null | undefined;
  title?: string | null | undefined;
  titleEn?: string | null | undefined;
  unit?: GoalUnit | null | undefined;
  /** The unit’s name when unit is FREE, e.g. 時間. */
  unitLabel?: string | null | undefined;
  /** The version read; a stale one is a CONFLICT. */
  version: number;
  /** Its share (percent) of the parent's roll-up. */
  weight?: number | null | undefined;
};

export type UpdateMyProfileInput = {
  bio?: string | null | undefined;
  location?: string | null | undefined;
  preferredLocale?: Locale | null | undefined;
  /** The version you edited; a newer one on the server means a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdateStoryInput = {
  /** 課題: HTML from the editor; sanitized by the server. */
  challengeHtml?: string | null | undefined;
  /** Co-authors edit the draft too. */
  coAuthorIds?: Array<string> | null | undefined;
  customer?: StoryCustomerInput | null | undefined;
  /** Departments involved. */
  departmentIds?: Array<string> | null | undefined;
  id: string;
  /** ja or en. */
  language?: string | null | undefined;
  outcomes?: Array<StoryOutcomeInput> | null | undefined;
  /** Hand the published story to another owner (owner, editors, admins). */
  ownerId?: string | null | undefined;
  /** People involved (credited on the page). */
  peopleIds?: Array<string> | null | undefined;
  products?: Array<string> | null | undefined;
  /** Null removes the quote. */
  quote?: StoryQuoteInput | null | undefined;
  /** 成果: HTML from the editor; sanitized by the server. */
  resultHtml?: string | null | undefined;
  /** 解決策: HTML from the editor; sanitized by the server. */
  solutionHtml?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  titleEn?: string | null | undefined;
  /** Who verifies it from now on. */
  verifierId?: string | null | undefined;
  /** Days a verification holds (7–730, default 180). */
  verifyIntervalDays?: number | null | undefined;
  /** The version you edited (a stale one is a CONFLICT). */
  version: number;
};

/** Changes a team's own fields (not its roster). */
export type UpdateTeamInput = {
  /** A Microsoft Teams channel link (https://teams.microsoft.com/…). */
  channelUrl?: string | null | undefined;
  /** Last day (YYYY-MM-DD); none while open-ended. */
  endsOn?: string | null | undefined;
  id: string;
  kind: TeamKind;
  mission?: string;
  name: string;
  nameEn?: string | null | undefined;
  /** First day (YYYY-MM-DD). */
  startsOn: string;
  status: TeamStatus;
  /** The version you edited; a stale one is a CONFLICT. */
  version: number;
};

/** Changes a member's role, allocation or dates. */
export type UpdateTeamMemberInput = {
  /** Percent of the person’s time on this team (0–100). */
  allocation: number;
  /** Last day on the team (YYYY-MM-DD); none while open-ended. */
  endsOn?: string | null | undefined;
  memberId: string;
  role: TeamRole;
  /** First day on the team (YYYY-MM-DD); default the team’s start, or today when later. */
  startsOn?: string | null | undefined;
};

/** The filer’s own edit, while the ticket is still new. */
export type UpdateTicketInput = {
  category?: TicketCategory | null | undefined;
  impact?: TicketImpact | null | undefined;
  productAreaId?: string | null | undefined;
  summary?: string | null | undefined;
  ticketId: string;
  /** The first voice’s words, corrected. */
  verbatim?: string | null | undefined;
  /** The version read: a stale one is a CONFLICT. */
  version: number;
};

/** Where the customer said it: 商談, サポート問い合わせ, アンケート, イベント, その他. */
export type VoiceChannel = 'EVENT' | 'OTHER' | 'SALES_MEETING' | 'SUPPORT_INQUIRY' | 'SURVEY';

export type ImportDirectoryMutationVariables = Exact<{
  input: ImportDirectoryInput;
}>;

export type ImportDirectoryMutation = {
  importDirectory: {
    __typename: 'DirectoryImportResult';
    applied: boolean;
    dryRun: boolean;
    changeCount: number;
    errorCount: number;
    summary: {
      __typename: 'DirectoryImportSummary';
      departmentsCreated: number;
      departmentsUpdated: number;
      departmentsUnchanged: number;
      peopleCreated: number;
      peopleUpdated: number;
      peopleDeactivated: number;
      peopleUnchanged: number;
    };
    changes: Array<{
      __typename: 'DirectoryImportChange';
      kind: DirectoryImportChangeKind;
      action: DirectoryImportAction;
      key: string;
      line: number;
      fields: Array<{ __typename: 'DirectoryImportFieldChange'; field: string; before: string | null; after: string | null }>;
    }>;
    errors: Array<{
      __typename: 'DirectoryImportError';
      file: DirectoryImportFile;
      line: number | null;
      column: string | null;
      code: DirectoryImportErrorCode;
      message: string;
      value: string | null;
      limit: number | null;
      firstLine: number | null;
    }>;
  };
};

export type OrgChartPersonFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  title: string | null;
  titleEn: string | null;
  directReportCount: number;
  department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
};

export type OrgChartRootsQueryVariables = Exact<{ [key: string]: never }>;

export type OrgChartRootsQuery = {
  orgChartRoots: Array<{
    __typename: 'Person';
    id: string;
    displayName: string;
    displayNameEn: string;
    title: string | null;
    titleEn: string | null;
    directReportCount: number;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  }>;
};

export type OrgChartReportsQueryVariables = Exact<{
  id: string;
}>;

export type OrgChartReportsQuery = {
  person: {
    __typename: 'Person';
    id: string;
    directReports: Array<{
      __typename: 'Person';
      id: string;
      displayName: string;
      displayNameEn: string;
      title: string | null;
      titleEn: string | null;
      directReportCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  } | null;
};

export type OrgChartPathQueryVariables = Exact<{
  personId: string;
}>;

export type OrgChartPathQuery = {
  orgChartPath: Array<{
    __typename: 'Person';
    id: string;
    displayName: string;
    displayNameEn: string;
    title: string | null;
    titleEn: string | null;
    directReportCount: number;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  }>;
};

export type OrgChartSearchQueryVariables = Exact<{
  search: string;
  first: number;
}>;

export type OrgChartSearchQuery = {
  people: {
    __typename: 'PersonConnection';
    edges: Array<{
      __typename: 'PersonEdge';
      node: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
  };
};

export type PersonCardFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
  title: string | null;
  titleEn: string | null;
  department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
};

export type PeopleQueryVariables = Exact<{
  search?: string | null | undefined;
  departmentId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type PeopleQuery = {
  people: {
    __typename: 'PersonConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'PersonEdge';
      cursor: string;
      node: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        displayNameKana: string | null;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type PersonProfileQueryVariables = Exact<{
  id: string;
}>;

export type PersonProfileQuery = {
  person: {
    __typename: 'Person';
    email: string;
    location: string | null;
    bio: string | null;
    roles: Array<Role>;
    active: boolean;
    version: number;
    id: string;
    displayName: string;
    displayNameEn: string;
    displayNameKana: string | null;
    title: string | null;
    titleEn: string | null;
    manager: {
      __typename: 'Person';
      id: string;
      displayName: string;
      displayNameEn: string;
      displayNameKana: string | null;
      title: string | null;
      titleEn: string | null;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    } | null;
    directReports: Array<{
      __typename: 'Person';
      id: string;
      displayName: string;
      displayNameEn: string;
      displayNameKana: string | null;
      title: string | null;
      titleEn: string | null;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  } | null;
};

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;

export type UpdateMyProfileMutation = {
  updateMyProfile: {
    __typename: 'Person';
    id: string;
    bio: string | null;
    location: string | null;
    preferredLocale: Locale;
    version: number;
  };
};

export type DepartmentNodeFragment = {
  __typename: 'Department';
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  memberCount: number;
};

export type DepartmentTreeQueryVariables = Exact<{ [key: string]: never }>;

export type DepartmentTreeQuery = {
  departments: Array<{
    __typename: 'Department';
    id: string;
    code: string;
    nameJa: string;
    nameEn: string;
    memberCount: number;
    children: Array<{
      __typename: 'Department';
      id: string;
      code: string;
      nameJa: string;
      nameEn: string;
      memberCount: number;
      children: Array<{
        __typename: 'Department';
        id: string;
        code: string;
        nameJa: string;
        nameEn: string;
        memberCount: number;
        children: Array<{ __typename: 'Department'; id: string; code: string; nameJa: string; nameEn: string; memberCount: number }>;
      }>;
    }>;
  }>;
};

export type DepartmentDetailQueryVariables = Exact<{
  id: string;
}>;

export type DepartmentDetailQuery = {
  department: {
    __typename: 'Department';
    id: string;
    code: string;
    nameJa: string;
    nameEn: string;
    memberCount: number;
    parent: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    children: Array<{ __typename: 'Department'; id: string; code: string; nameJa: string; nameEn: string; memberCount: number }>;
  } | null;
};

export type TeamSummaryFragment = {
  __typename: 'Team';
  id: string;
  name: string;
  nameEn: string | null;
  kind: TeamKind;
  status: TeamStatus;
  startsOn: string;
  endsOn: string | null;
  memberCount: number;
  departmentMix: Array<{
    __typename: 'TeamDepartmentShare';
    memberCount: number;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  }>;
};

export type TeamMemberFieldsFragment = {
  __typename: 'TeamMember';
  id: string;
  role: TeamRole;
  allocation: number;
  startsOn: string;
  endsOn: string | null;
  current: boolean;
  person: {
    __typename: 'Person';
    id: string;
    displayName: string;
    displayNameEn: string;
    title: string | null;
    titleEn: string | null;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  };
};

export type TeamEventFieldsFragment = {
  __typename: 'TeamEvent';
  id: string;
  kind: TeamEventKind;
  createdAt: string;
  actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
  person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
  changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
};

export type TeamDetailsFragment = {
  __typename: 'Team';
  mission: string;
  channelUrl: string | null;
  version: number;
  viewerCanEdit: boolean;
  id: string;
  name: string;
  nameEn: string | null;
  kind: TeamKind;
  status: TeamStatus;
  startsOn: string;
  endsOn: string | null;
  memberCount: number;
  members: Array<{
    __typename: 'TeamMember';
    id: string;
    role: TeamRole;
    allocation: number;
    startsOn: string;
    endsOn: string | null;
    current: boolean;
    person: {
      __typename: 'Person';
      id: string;
      displayName: string;
      displayNameEn: string;
      title: string | null;
      titleEn: string | null;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    };
  }>;
  goals: Array<{
    __typename: 'TeamGoalLink';
    relation: TeamGoalRelation;
    goal: {
      __typename: 'TeamLinkedGoal';
      id: string;
      code: string;
      title: string;
      titleEn: string | null;
      status: string;
      confidence: string | null;
      progress: number | null;
      pace: number;
      periodStart: string;
      periodEnd: string;
    };
  }>;
  history: {
    __typename: 'TeamEventConnection';
    edges: Array<{
      __typename: 'TeamEventEdge';
      cursor: string;
      node: {
        __typename: 'TeamEvent';
        id: string;
        kind: TeamEventKind;
        createdAt: string;
        actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
        person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
        changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
  departmentMix: Array<{
    __typename: 'TeamDepartmentShare';
    memberCount: number;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  }>;
};

export type TeamDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  departmentId?: string | null | undefined;
  kind?: TeamKind | null | undefined;
  status?: TeamStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type TeamDirectoryQuery = {
  teams: {
    __typename: 'TeamConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'TeamEdge';
      cursor: string;
      node: {
        __typename: 'Team';
        id: string;
        name: string;
        nameEn: string | null;
        kind: TeamKind;
        status: TeamStatus;
        startsOn: string;
        endsOn: string | null;
        memberCount: number;
        leads: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
        departmentMix: Array<{
          __typename: 'TeamDepartmentShare';
          memberCount: number;
          department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
        }>;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type TeamPageQueryVariables = Exact<{
  id: string;
}>;

export type TeamPageQuery = {
  team: {
    __typename: 'Team';
    mission: string;
    channelUrl: string | null;
    version: number;
    viewerCanEdit: boolean;
    id: string;
    name: string;
    nameEn: string | null;
    kind: TeamKind;
    status: TeamStatus;
    startsOn: string;
    endsOn: string | null;
    memberCount: number;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    goals: Array<{
      __typename: 'TeamGoalLink';
      relation: TeamGoalRelation;
      goal: {
        __typename: 'TeamLinkedGoal';
        id: string;
        code: string;
        title: string;
        titleEn: string | null;
        status: string;
        confidence: string | null;
        progress: number | null;
        pace: number;
        periodStart: string;
        periodEnd: string;
      };
    }>;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
    departmentMix: Array<{
      __typename: 'TeamDepartmentShare';
      memberCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  } | null;
};

export type TeamPastMembersQueryVariables = Exact<{
  id: string;
}>;

export type TeamPastMembersQuery = {
  team: {
    __typename: 'Team';
    id: string;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
  } | null;
};

export type TeamHistoryPageQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;

export type TeamHistoryPageQuery = {
  team: {
    __typename: 'Team';
    id: string;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
  } | null;
};

export type TeamGoalOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type TeamGoalOptionsQuery = {
  goalBoard: {
    __typename: 'GoalBoard';
    groups: Array<{
      __typename: 'GoalBoardGroup';
      rows: Array<{
        __typename: 'GoalBoardRow';
        goal: { __typename: 'Goal'; id: string; code: string; title: string; titleEn: string | null; status: GoalStatus };
      }>;
    }>;
  };
};

export type PersonTeamsQueryVariables = Exact<{
  id: string;
}>;

export type PersonTeamsQuery = {
  person: {
    __typename: 'Person';
    id: string;
    totalAllocation: number;
    teams: Array<{
      __typename: 'PersonTeam';
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      team: { __typename: 'Team'; id: string; name: string; nameEn: string | null; kind: TeamKind; status: TeamStatus };
    }>;
  } | null;
};

export type DepartmentTeamsQueryVariables = Exact<{
  id: string;
}>;

export type DepartmentTeamsQuery = {
  department: {
    __typename: 'Department';
    id: string;
    teams: Array<{
      __typename: 'Team';
      id: string;
      name: string;
      nameEn: string | null;
      kind: TeamKind;
      status: TeamStatus;
      startsOn: string;
      endsOn: string | null;
      memberCount: number;
      members: Array<{
        __typename: 'TeamMember';
        id: string;
        role: TeamRole;
        person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string };
      }>;
      departmentMix: Array<{
        __typename: 'TeamDepartmentShare';
        memberCount: number;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      }>;
    }>;
  } | null;
};

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;

export type CreateTeamMutation = {
  createTeam: {
    __typename: 'Team';
    mission: string;
    channelUrl: string | null;
    version: number;
    viewerCanEdit: boolean;
    id: string;
    name: string;
    nameEn: string | null;
    kind: TeamKind;
    status: TeamStatus;
    startsOn: string;
    endsOn: string | null;
    memberCount: number;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    goals: Array<{
      __typename: 'TeamGoalLink';
      relation: TeamGoalRelation;
      goal: {
        __typename: 'TeamLinkedGoal';
        id: string;
        code: string;
        title: string;
        titleEn: string | null;
        status: string;
        confidence: string | null;
        progress: number | null;
        pace: number;
        periodStart: string;
        periodEnd: string;
      };
    }>;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
    departmentMix: Array<{
      __typename: 'TeamDepartmentShare';
      memberCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type UpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;

export type UpdateTeamMutation = {
  updateTeam: {
    __typename: 'Team';
    mission: string;
    channelUrl: string | null;
    version: number;
    viewerCanEdit: boolean;
    id: string;
    name: string;
    nameEn: string | null;
    kind: TeamKind;
    status: TeamStatus;
    startsOn: string;
    endsOn: string | null;
    memberCount: number;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    goals: Array<{
      __typename: 'TeamGoalLink';
      relation: TeamGoalRelation;
      goal: {
        __typename: 'TeamLinkedGoal';
        id: string;
        code: string;
        title: string;
        titleEn: string | null;
        status: string;
        confidence: string | null;
        progress: number | null;
        pace: number;
        periodStart: string;
        periodEnd: string;
      };
    }>;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
    departmentMix: Array<{
      __typename: 'TeamDepartmentShare';
      memberCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;

export type AddTeamMemberMutation = {
  addTeamMember: {
    __typename: 'Team';
    mission: string;
    channelUrl: string | null;
    version: number;
    viewerCanEdit: boolean;
    id: string;
    name: string;
    nameEn: string | null;
    kind: TeamKind;
    status: TeamStatus;
    startsOn: string;
    endsOn: string | null;
    memberCount: number;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    goals: Array<{
      __typename: 'TeamGoalLink';
      relation: TeamGoalRelation;
      goal: {
        __typename: 'TeamLinkedGoal';
        id: string;
        code: string;
        title: string;
        titleEn: string | null;
        status: string;
        confidence: string | null;
        progress: number | null;
        pace: number;
        periodStart: string;
        periodEnd: string;
      };
    }>;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
    departmentMix: Array<{
      __typename: 'TeamDepartmentShare';
      memberCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type UpdateTeamMemberMutationVariables = Exact<{
  input: UpdateTeamMemberInput;
}>;

export type UpdateTeamMemberMutation = {
  updateTeamMember: {
    __typename: 'Team';
    mission: string;
    channelUrl: string | null;
    version: number;
    viewerCanEdit: boolean;
    id: string;
    name: string;
    nameEn: string | null;
    kind: TeamKind;
    status: TeamStatus;
    startsOn: string;
    endsOn: string | null;
    memberCount: number;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    goals: Array<{
      __typename: 'TeamGoalLink';
      relation: TeamGoalRelation;
      goal: {
        __typename: 'TeamLinkedGoal';
        id: string;
        code: string;
        title: string;
        titleEn: string | null;
        status: string;
        confidence: string | null;
        progress: number | null;
        pace: number;
        periodStart: string;
        periodEnd: string;
      };
    }>;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
    departmentMix: Array<{
      __typename: 'TeamDepartmentShare';
      memberCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type RemoveTeamMemberMutationVariables = Exact<{
  memberId: string;
}>;

export type RemoveTeamMemberMutation = {
  removeTeamMember: {
    __typename: 'Team';
    mission: string;
    channelUrl: string | null;
    version: number;
    viewerCanEdit: boolean;
    id: string;
    name: string;
    nameEn: string | null;
    kind: TeamKind;
    status: TeamStatus;
    startsOn: string;
    endsOn: string | null;
    memberCount: number;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    goals: Array<{
      __typename: 'TeamGoalLink';
      relation: TeamGoalRelation;
      goal: {
        __typename: 'TeamLinkedGoal';
        id: string;
        code: string;
        title: string;
        titleEn: string | null;
        status: string;
        confidence: string | null;
        progress: number | null;
        pace: number;
        periodStart: string;
        periodEnd: string;
      };
    }>;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
    departmentMix: Array<{
      __typename: 'TeamDepartmentShare';
      memberCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type LinkTeamGoalMutationVariables = Exact<{
  input: LinkTeamGoalInput;
}>;

export type LinkTeamGoalMutation = {
  linkTeamGoal: {
    __typename: 'Team';
    mission: string;
    channelUrl: string | null;
    version: number;
    viewerCanEdit: boolean;
    id: string;
    name: string;
    nameEn: string | null;
    kind: TeamKind;
    status: TeamStatus;
    startsOn: string;
    endsOn: string | null;
    memberCount: number;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    goals: Array<{
      __typename: 'TeamGoalLink';
      relation: TeamGoalRelation;
      goal: {
        __typename: 'TeamLinkedGoal';
        id: string;
        code: string;
        title: string;
        titleEn: string | null;
        status: string;
        confidence: string | null;
        progress: number | null;
        pace: number;
        periodStart: string;
        periodEnd: string;
      };
    }>;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
    departmentMix: Array<{
      __typename: 'TeamDepartmentShare';
      memberCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type UnlinkTeamGoalMutationVariables = Exact<{
  teamId: string;
  goalId: string;
}>;

export type UnlinkTeamGoalMutation = {
  unlinkTeamGoal: {
    __typename: 'Team';
    mission: string;
    channelUrl: string | null;
    version: number;
    viewerCanEdit: boolean;
    id: string;
    name: string;
    nameEn: string | null;
    kind: TeamKind;
    status: TeamStatus;
    startsOn: string;
    endsOn: string | null;
    memberCount: number;
    members: Array<{
      __typename: 'TeamMember';
      id: string;
      role: TeamRole;
      allocation: number;
      startsOn: string;
      endsOn: string | null;
      current: boolean;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
    goals: Array<{
      __typename: 'TeamGoalLink';
      relation: TeamGoalRelation;
      goal: {
        __typename: 'TeamLinkedGoal';
        id: string;
        code: string;
        title: string;
        titleEn: string | null;
        status: string;
        confidence: string | null;
        progress: number | null;
        pace: number;
        periodStart: string;
        periodEnd: string;
      };
    }>;
    history: {
      __typename: 'TeamEventConnection';
      edges: Array<{
        __typename: 'TeamEventEdge';
        cursor: string;
        node: {
          __typename: 'TeamEvent';
          id: string;
          kind: TeamEventKind;
          createdAt: string;
          actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          person: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
          changes: Array<{ __typename: 'TeamFieldChange'; field: string; before: string | null; after: string | null }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
    departmentMix: Array<{
      __typename: 'TeamDepartmentShare';
      memberCount: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type GoalPersonFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
};

export type GoalPeriodFieldsFragment = {
  __typename: 'GoalPeriodModel';
  key: string;
  kind: GoalPeriodKind;
  fiscalYear: number;
  quarter: number | null;
  start: string;
  end: string;
};

export type GoalProgressFieldsFragment = {
  __typename: 'GoalProgress';
  actual: number | null;
  pace: number;
  paceValue: number | null;
  rolledUp: number | null;
  suggestedConfidence: GoalConfidence | null;
  checkInDue: boolean;
  checkInOverdue: boolean;
};

export type GoalFactsFragment = {
  __typename: 'Goal';
  id: string;
  code: string;
  kind: GoalKind;
  title: string;
  titleEn: string | null;
  status: GoalStatus;
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection;
  baseline: number;
  target: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  currentValue: number | null;
  confidence: GoalConfidence | null;
  lastCheckInAt: string | null;
  trend: Array<number>;
  weight: number;
  cadence: GoalCadence;
  period: {
    __typename: 'GoalPeriodModel';
    key: string;
    kind: GoalPeriodKind;
    fiscalYear: number;
    quarter: number | null;
    start: string;
    end: string;
  };
  progress: {
    __typename: 'GoalProgress';
    actual: number | null;
    pace: number;
    paceValue: number | null;
    rolledUp: number | null;
    suggestedConfidence: GoalConfidence | null;
    checkInDue: boolean;
    checkInOverdue: boolean;
  };
  owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
};

export type GoalSummaryFragment = {
  __typename: 'Goal';
  canCheckIn: boolean;
  id: string;
  code: string;
  kind: GoalKind;
  title: string;
  titleEn: string | null;
  status: GoalStatus;
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection;
  baseline: number;
  target: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  currentValue: number | null;
  confidence: GoalConfidence | null;
  lastCheckInAt: string | null;
  trend: Array<number>;
  weight: number;
  cadence: GoalCadence;
  period: {
    __typename: 'GoalPeriodModel';
    key: string;
    kind: GoalPeriodKind;
    fiscalYear: number;
    quarter: number | null;
    start: string;
    end: string;
  };
  progress: {
    __typename: 'GoalProgress';
    actual: number | null;
    pace: number;
    paceValue: number | null;
    rolledUp: number | null;
    suggestedConfidence: GoalConfidence | null;
    checkInDue: boolean;
    checkInOverdue: boolean;
  };
  owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
};

export type GoalBoardQueryVariables = Exact<{
  fiscalYear?: number | null | undefined;
  quarter?: number | null | undefined;
  departmentId?: string | null | undefined;
  teamId?: string | null | undefined;
}>;

export type GoalBoardQuery = {
  goalBoard: {
    __typename: 'GoalBoard';
    fiscalYears: Array<number>;
    truncated: boolean;
    fiscalYear: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
    quarter: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
    summary: {
      __typename: 'GoalBoardSummary';
      total: number;
      onTrack: number;
      atRisk: number;
      offTrack: number;
      noCheckIn: number;
      overdue: number;
    };
    groups: Array<{
      __typename: 'GoalBoardGroup';
      rows: Array<{
        __typename: 'GoalBoardRow';
        depth: number;
        matches: boolean;
        goal: {
          __typename: 'Goal';
          id: string;
          code: string;
          kind: GoalKind;
          title: string;
          titleEn: string | null;
          status: GoalStatus;
          unit: GoalUnit;
          unitLabel: string | null;
          direction: GoalDirection;
          baseline: number;
          target: number | null;
          rangeLow: number | null;
          rangeHigh: number | null;
          currentValue: number | null;
          confidence: GoalConfidence | null;
          lastCheckInAt: string | null;
          trend: Array<number>;
          weight: number;
          cadence: GoalCadence;
          period: {
            __typename: 'GoalPeriodModel';
            key: string;
            kind: GoalPeriodKind;
            fiscalYear: number;
            quarter: number | null;
            start: string;
            end: string;
          };
          progress: {
            __typename: 'GoalProgress';
            actual: number | null;
            pace: number;
            paceValue: number | null;
            rolledUp: number | null;
            suggestedConfidence: GoalConfidence | null;
            checkInDue: boolean;
            checkInOverdue: boolean;
          };
          owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
          departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
        };
      }>;
    }>;
  };
};

export type GoalBoardCsvQueryVariables = Exact<{
  fiscalYear?: number | null | undefined;
  quarter?: number | null | undefined;
  departmentId?: string | null | undefined;
  teamId?: string | null | undefined;
  locale: Locale;
}>;

export type GoalBoardCsvQuery = { goalBoardCsv: string };

export type GoalBoardTeamOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type GoalBoardTeamOptionsQuery = {
  teams: {
    __typename: 'TeamConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'TeamEdge';
      node: { __typename: 'Team'; id: string; name: string; nameEn: string | null; status: TeamStatus };
    }>;
  };
};

export type GoalBoardTeamQueryVariables = Exact<{
  id: string;
}>;

export type GoalBoardTeamQuery = {
  team: { __typename: 'Team'; id: string; name: string; nameEn: string | null; status: TeamStatus } | null;
};

export type GoalBoardSnapshotsQueryVariables = Exact<{ [key: string]: never }>;

export type GoalBoardSnapshotsQuery = {
  goalBoardSnapshots: Array<{
    __typename: 'GoalBoardSnapshot';
    id: string;
    takenAt: string;
    period: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
  }>;
};

export type GoalBoardLineFieldsFragment = {
  __typename: 'GoalBoardLine';
  goalId: string;
  code: string;
  kind: GoalKind;
  depth: number;
  title: string;
  titleEn: string | null;
  periodKey: string;
  status: GoalStatus;
  ownerName: string;
  departments: Array<string>;
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection;
  baseline: number;
  target: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  currentValue: number | null;
  progress: number | null;
  pace: number;
  confidence: GoalConfidence | null;
  suggestedConfidence: GoalConfidence | null;
  lastCheckInAt: string | null;
  trend: Array<number>;
};

export type GoalBoardSnapshotQueryVariables = Exact<{
  id: string;
}>;

export type GoalBoardSnapshotQuery = {
  goalBoardSnapshot: {
    __typename: 'GoalBoardSnapshot';
    id: string;
    takenAt: string;
    period: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
    lines: Array<{
      __typename: 'GoalBoardLine';
      goalId: string;
      code: string;
      kind: GoalKind;
      depth: number;
      title: string;
      titleEn: string | null;
      periodKey: string;
      status: GoalStatus;
      ownerName: string;
      departments: Array<string>;
      unit: GoalUnit;
      unitLabel: string | null;
      direction: GoalDirection;
      baseline: number;
      target: number | null;
      rangeLow: number | null;
      rangeHigh: number | null;
      currentValue: number | null;
      progress: number | null;
      pace: number;
      confidence: GoalConfidence | null;
      suggestedConfidence: GoalConfidence | null;
      lastCheckInAt: string | null;
      trend: Array<number>;
    }>;
  };
};

export type GoalCheckInCommentFieldsFragment = {
  __typename: 'GoalCheckInComment';
  id: string;
  checkInId: string;
  body: string;
  createdAt: string;
  author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
};

export type GoalCheckInFieldsFragment = {
  __typename: 'GoalCheckIn';
  id: string;
  goalId: string;
  slotStart: string;
  value: number;
  confidence: GoalConfidence;
  note: string;
  edited: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  commentCount: number;
  author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  comments: Array<{
    __typename: 'GoalCheckInComment';
    id: string;
    checkInId: string;
    body: string;
    createdAt: string;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  }>;
  entries: Array<{
    __typename: 'GoalCheckInEntry';
    id: string;
    value: number;
    confidence: GoalConfidence;
    note: string;
    createdAt: string;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  }>;
};

export type GoalQueryVariables = Exact<{
  id: string;
}>;

export type GoalQuery = {
  goal: {
    __typename: 'Goal';
    description: string;
    version: number;
    recurring: boolean;
    parentId: string | null;
    previousId: string | null;
    seriesId: string;
    monthlyTargets: Array<number>;
    childWeightTotal: number;
    createdAt: string;
    updatedAt: string;
    id: string;
    code: string;
    kind: GoalKind;
    title: string;
    titleEn: string | null;
    status: GoalStatus;
    unit: GoalUnit;
    unitLabel: string | null;
    direction: GoalDirection;
    baseline: number;
    target: number | null;
    rangeLow: number | null;
    rangeHigh: number | null;
    currentValue: number | null;
    confidence: GoalConfidence | null;
    lastCheckInAt: string | null;
    trend: Array<number>;
    weight: number;
    cadence: GoalCadence;
    parent: { __typename: 'Goal'; id: string; code: string; kind: GoalKind; title: string; titleEn: string | null } | null;
    children: Array<{
      __typename: 'Goal';
      id: string;
      code: string;
      kind: GoalKind;
      title: string;
      titleEn: string | null;
      status: GoalStatus;
      unit: GoalUnit;
      unitLabel: string | null;
      direction: GoalDirection;
      baseline: number;
      target: number | null;
      rangeLow: number | null;
      rangeHigh: number | null;
      currentValue: number | null;
      confidence: GoalConfidence | null;
      lastCheckInAt: string | null;
      trend: Array<number>;
      weight: number;
      cadence: GoalCadence;
      period: {
        __typename: 'GoalPeriodModel';
        key: string;
        kind: GoalPeriodKind;
        fiscalYear: number;
        quarter: number | null;
        start: string;
        end: string;
      };
      progress: {
        __typename: 'GoalProgress';
        actual: number | null;
        pace: number;
        paceValue: number | null;
        rolledUp: number | null;
        suggestedConfidence: GoalConfidence | null;
        checkInDue: boolean;
        checkInOverdue: boolean;
      };
      owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    }>;
    series: Array<{
      __typename: 'Goal';
      id: string;
      code: string;
      status: GoalStatus;
      period: {
        __typename: 'GoalPeriodModel';
        key: string;
        kind: GoalPeriodKind;
        fiscalYear: number;
        quarter: number | null;
        start: string;
        end: string;
      };
    }>;
    checkIns: Array<{
      __typename: 'GoalCheckIn';
      id: string;
      goalId: string;
      slotStart: string;
      value: number;
      confidence: GoalConfidence;
      note: string;
      edited: boolean;
      createdAt: string;
      updatedAt: string;
      version: number;
      commentCount: number;
      author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      comments: Array<{
        __typename: 'GoalCheckInComment';
        id: string;
        checkInId: string;
        body: string;
        createdAt: string;
        author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      }>;
      entries: Array<{
        __typename: 'GoalCheckInEntry';
        id: string;
        value: number;
        confidence: GoalConfidence;
        note: string;
        createdAt: string;
        author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      }>;
    }>;
    teams: Array<{ __typename: 'GoalTeam'; name: string; nameEn: string | null; status: string; relation: string; teamId: string }>;
    period: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
    progress: {
      __typename: 'GoalProgress';
      actual: number | null;
      pace: number;
      paceValue: number | null;
      rolledUp: number | null;
      suggestedConfidence: GoalConfidence | null;
      checkInDue: boolean;
      checkInOverdue: boolean;
    };
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
  };
  goalSettings: { __typename: 'GoalSettings'; today: string; fiscalYearStartMonth: number };
};

export type GoalAccessQueryVariables = Exact<{
  id: string;
}>;

export type GoalAccessQuery = { goal: { __typename: 'Goal'; id: string; canEdit: boolean; canCheckIn: boolean } };

export type MyGoalsQueryVariables = Exact<{ [key: string]: never }>;

export type MyGoalsQuery = {
  myGoals: {
    __typename: 'MyGoals';
    checkInsDue: number;
    owned: Array<{
      __typename: 'Goal';
      canCheckIn: boolean;
      id: string;
      code: string;
      kind: GoalKind;
      title: string;
      titleEn: string | null;
      status: GoalStatus;
      unit: GoalUnit;
      unitLabel: string | null;
      direction: GoalDirection;
      baseline: number;
      target: number | null;
      rangeLow: number | null;
      rangeHigh: number | null;
      currentValue: number | null;
      confidence: GoalConfidence | null;
      lastCheckInAt: string | null;
      trend: Array<number>;
      weight: number;
      cadence: GoalCadence;
      period: {
        __typename: 'GoalPeriodModel';
        key: string;
        kind: GoalPeriodKind;
        fiscalYear: number;
        quarter: number | null;
        start: string;
        end: string;
      };
      progress: {
        __typename: 'GoalProgress';
        actual: number | null;
        pace: number;
        paceValue: number | null;
        rolledUp: number | null;
        suggestedConfidence: GoalConfidence | null;
        checkInDue: boolean;
        checkInOverdue: boolean;
      };
      owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    }>;
    contributing: Array<{
      __typename: 'Goal';
      canCheckIn: boolean;
      id: string;
      code: string;
      kind: GoalKind;
      title: string;
      titleEn: string | null;
      status: GoalStatus;
      unit: GoalUnit;
      unitLabel: string | null;
      direction: GoalDirection;
      baseline: number;
      target: number | null;
      rangeLow: number | null;
      rangeHigh: number | null;
      currentValue: number | null;
      confidence: GoalConfidence | null;
      lastCheckInAt: string | null;
      trend: Array<number>;
      weight: number;
      cadence: GoalCadence;
      period: {
        __typename: 'GoalPeriodModel';
        key: string;
        kind: GoalPeriodKind;
        fiscalYear: number;
        quarter: number | null;
        start: string;
        end: string;
      };
      progress: {
        __typename: 'GoalProgress';
        actual: number | null;
        pace: number;
        paceValue: number | null;
        rolledUp: number | null;
        suggestedConfidence: GoalConfidence | null;
        checkInDue: boolean;
        checkInOverdue: boolean;
      };
      owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    }>;
  };
  goalSettings: { __typename: 'GoalSettings'; today: string };
};

export type GoalCheckInContextQueryVariables = Exact<{
  id: string;
}>;

export type GoalCheckInContextQuery = {
  goal: {
    __typename: 'Goal';
    id: string;
    checkIns: Array<{
      __typename: 'GoalCheckIn';
      id: string;
      slotStart: string;
      value: number;
      confidence: GoalConfidence;
      note: string;
      version: number;
    }>;
  };
};

export type RecordCheckInMutationVariables = Exact<{
  input: RecordCheckInInput;
}>;

export type RecordCheckInMutation = {
  recordCheckIn: {
    __typename: 'GoalCheckIn';
    id: string;
    goalId: string;
    slotStart: string;
    value: number;
    confidence: GoalConfidence;
    note: string;
    edited: boolean;
    createdAt: string;
    updatedAt: string;
    version: number;
    commentCount: number;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    comments: Array<{
      __typename: 'GoalCheckInComment';
      id: string;
      checkInId: string;
      body: string;
      createdAt: string;
      author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    }>;
    entries: Array<{
      __typename: 'GoalCheckInEntry';
      id: string;
      value: number;
      confidence: GoalConfidence;
      note: string;
      createdAt: string;
      author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    }>;
  };
};

export type CommentOnCheckInMutationVariables = Exact<{
  input: CommentOnCheckInInput;
}>;

export type CommentOnCheckInMutation = {
  commentOnCheckIn: {
    __typename: 'GoalCheckInComment';
    id: string;
    checkInId: string;
    body: string;
    createdAt: string;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export type SetGoalStatusMutationVariables = Exact<{
  input: SetGoalStatusInput;
}>;

export type SetGoalStatusMutation = {
  setGoalStatus: {
    __typename: 'Goal';
    id: string;
    status: GoalStatus;
    version: number;
    canCheckIn: boolean;
    canEdit: boolean;
    progress: {
      __typename: 'GoalProgress';
      actual: number | null;
      pace: number;
      paceValue: number | null;
      rolledUp: number | null;
      suggestedConfidence: GoalConfidence | null;
      checkInDue: boolean;
      checkInOverdue: boolean;
    };
  };
};

export type RollGoalForwardMutationVariables = Exact<{
  input: RollGoalForwardInput;
}>;

export type RollGoalForwardMutation = {
  rollGoalForward: {
    __typename: 'Goal';
    id: string;
    period: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
  };
};

export type GoalFormFieldsFragment = {
  __typename: 'Goal';
  id: string;
  version: number;
  canEdit: boolean;
  status: GoalStatus;
  code: string;
  kind: GoalKind;
  title: string;
  titleEn: string | null;
  description: string;
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection;
  baseline: number;
  target: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  monthlyTargets: Array<number>;
  cadence: GoalCadence;
  parentId: string | null;
  weight: number;
  recurring: boolean;
  owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
  period: {
    __typename: 'GoalPeriodModel';
    key: string;
    kind: GoalPeriodKind;
    fiscalYear: number;
    quarter: number | null;
    start: string;
    end: string;
  };
};

export type GoalFormQueryVariables = Exact<{
  id: string;
}>;

export type GoalFormQuery = {
  goal: {
    __typename: 'Goal';
    id: string;
    version: number;
    canEdit: boolean;
    status: GoalStatus;
    code: string;
    kind: GoalKind;
    title: string;
    titleEn: string | null;
    description: string;
    unit: GoalUnit;
    unitLabel: string | null;
    direction: GoalDirection;
    baseline: number;
    target: number | null;
    rangeLow: number | null;
    rangeHigh: number | null;
    monthlyTargets: Array<number>;
    cadence: GoalCadence;
    parentId: string | null;
    weight: number;
    recurring: boolean;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    period: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
  };
};

export type GoalFormSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type GoalFormSettingsQuery = {
  goalSettings: {
    __typename: 'GoalSettings';
    fiscalYearStartMonth: number;
    currentFiscalYear: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
    currentQuarter: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
  };
};

export type GoalParentOptionsQueryVariables = Exact<{
  fiscalYear?: number | null | undefined;
  quarter?: number | null | undefined;
}>;

export type GoalParentOptionsQuery = {
  goalBoard: {
    __typename: 'GoalBoard';
    groups: Array<{
      __typename: 'GoalBoardGroup';
      rows: Array<{
        __typename: 'GoalBoardRow';
        depth: number;
        goal: {
          __typename: 'Goal';
          id: string;
          code: string;
          kind: GoalKind;
          title: string;
          titleEn: string | null;
          period: { __typename: 'GoalPeriodModel'; key: string; kind: GoalPeriodKind; fiscalYear: number; quarter: number | null };
        };
      }>;
    }>;
  };
};

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;

export type CreateGoalMutation = {
  createGoal: {
    __typename: 'Goal';
    id: string;
    version: number;
    canEdit: boolean;
    status: GoalStatus;
    code: string;
    kind: GoalKind;
    title: string;
    titleEn: string | null;
    description: string;
    unit: GoalUnit;
    unitLabel: string | null;
    direction: GoalDirection;
    baseline: number;
    target: number | null;
    rangeLow: number | null;
    rangeHigh: number | null;
    monthlyTargets: Array<number>;
    cadence: GoalCadence;
    parentId: string | null;
    weight: number;
    recurring: boolean;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    period: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
  };
};

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;

export type UpdateGoalMutation = {
  updateGoal: {
    __typename: 'Goal';
    id: string;
    version: number;
    canEdit: boolean;
    status: GoalStatus;
    code: string;
    kind: GoalKind;
    title: string;
    titleEn: string | null;
    description: string;
    unit: GoalUnit;
    unitLabel: string | null;
    direction: GoalDirection;
    baseline: number;
    target: number | null;
    rangeLow: number | null;
    rangeHigh: number | null;
    monthlyTargets: Array<number>;
    cadence: GoalCadence;
    parentId: string | null;
    weight: number;
    recurring: boolean;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    period: {
      __typename: 'GoalPeriodModel';
      key: string;
      kind: GoalPeriodKind;
      fiscalYear: number;
      quarter: number | null;
      start: string;
      end: string;
    };
  };
};

export type GoalTicketsQueryVariables = Exact<{
  goalId: string;
}>;

export type GoalTicketsQuery = {
  goalTickets: Array<{
    __typename: 'Ticket';
    id: string;
    code: string;
    summary: string;
    status: TicketStatus;
    customerCount: number;
    revenueAtStake: number;
  }>;
};

export type NewsletterNameFragment = { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };

export type EditionAuthorFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
};

export type EditionReactionsFragment = {
  __typename: 'Edition';
  id: string;
  reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
};

export type EditionCardFragment = {
  __typename: 'Edition';
  id: string;
  title: string;
  summary: string;
  coverImageUrl: string | null;
  status: EditionStatus;
  mustRead: boolean;
  pinned: boolean;
  unread: boolean;
  acknowledgedByMe: boolean;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string | null;
  createdAt: string;
  commentCount: number;
  tags: Array<string>;
  author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
  reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
};

export type FeedQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly: boolean;
}>;

export type FeedQuery = {
  feed: {
    __typename: 'EditionConnection';
    edges: Array<{
      __typename: 'EditionEdge';
      cursor: string;
      node: {
        __typename: 'Edition';
        id: string;
        title: string;
        summary: string;
        coverImageUrl: string | null;
        status: EditionStatus;
        mustRead: boolean;
        pinned: boolean;
        unread: boolean;
        acknowledgedByMe: boolean;
        publishedAt: string | null;
        scheduledAt: string | null;
        updatedAt: string | null;
        createdAt: string;
        commentCount: number;
        tags: Array<string>;
        author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
        newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
        reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type EditionDetailFragment = {
  __typename: 'Edition';
  bodyHtml: string;
  version: number;
  canEdit: boolean;
  pinnedUntil: string | null;
  archivedAt: string | null;
  acknowledgedAt: string | null;
  readProgress: ReadProgress | null;
  id: string;
  title: string;
  summary: string;
  coverImageUrl: string | null;
  status: EditionStatus;
  mustRead: boolean;
  pinned: boolean;
  unread: boolean;
  acknowledgedByMe: boolean;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string | null;
  createdAt: string;
  commentCount: number;
  tags: Array<string>;
  audience: {
    __typename: 'EditionAudience';
    kind: EditionAudienceKind;
    size: number | null;
    departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
  };
  author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
  reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
};

export type EditionQueryVariables = Exact<{
  id: string;
}>;

export type EditionQuery = {
  edition: {
    __typename: 'Edition';
    bodyHtml: string;
    version: number;
    canEdit: boolean;
    pinnedUntil: string | null;
    archivedAt: string | null;
    acknowledgedAt: string | null;
    readProgress: ReadProgress | null;
    id: string;
    title: string;
    summary: string;
    coverImageUrl: string | null;
    status: EditionStatus;
    mustRead: boolean;
    pinned: boolean;
    unread: boolean;
    acknowledgedByMe: boolean;
    publishedAt: string | null;
    scheduledAt: string | null;
    updatedAt: string | null;
    createdAt: string;
    commentCount: number;
    tags: Array<string>;
    audience: {
      __typename: 'EditionAudience';
      kind: EditionAudienceKind;
      size: number | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    };
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
    reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
  };
};

export type CommentFieldsFragment = {
  __typename: 'EditionComment';
  id: string;
  body: string | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  mine: boolean;
  parentId: string | null;
  version: number;
  author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  mentions: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
};

export type EditionCommentsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;

export type EditionCommentsQuery = {
  edition: {
    __typename: 'Edition';
    id: string;
    commentCount: number;
    comments: {
      __typename: 'EditionCommentConnection';
      edges: Array<{
        __typename: 'EditionCommentEdge';
        cursor: string;
        node: {
          __typename: 'EditionComment';
          replyCount: number;
          id: string;
          body: string | null;
          createdAt: string;
          editedAt: string | null;
          deleted: boolean;
          hidden: boolean;
          hiddenReason: string | null;
          mine: boolean;
          parentId: string | null;
          version: number;
          replies: Array<{
            __typename: 'EditionComment';
            id: string;
            body: string | null;
            createdAt: string;
            editedAt: string | null;
            deleted: boolean;
            hidden: boolean;
            hiddenReason: string | null;
            mine: boolean;
            parentId: string | null;
            version: number;
            author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
            mentions: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
          }>;
          author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
          mentions: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
  };
};

export type SetReactionMutationVariables = Exact<{
  editionId: string;
  kind: ReactionKind;
  on: boolean;
}>;

export type SetReactionMutation = {
  setReaction: {
    __typename: 'Edition';
    id: string;
    reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
  };
};

export type EditionReactionsChangedSubscriptionVariables = Exact<{
  editionId: string;
}>;

export type EditionReactionsChangedSubscription = {
  editionReactionsChanged: {
    __typename: 'EditionReactionsChanged';
    editionId: string;
    counts: Array<{ __typename: 'ReactionTally'; kind: ReactionKind; count: number }>;
  };
};

export type RecordEditionReadMutationVariables = Exact<{
  editionId: string;
  progress: ReadProgress;
  dwellSeconds: number;
}>;

export type RecordEditionReadMutation = {
  recordEditionRead: { __typename: 'EditionReadReceipt'; editionId: string; recorded: boolean; progress: ReadProgress | null };
};

export type AcknowledgeEditionMutationVariables = Exact<{
  editionId: string;
}>;

export type AcknowledgeEditionMutation = {
  acknowledgeEdition: { __typename: 'Edition'; id: string; acknowledgedByMe: boolean; acknowledgedAt: string | null };
};

export type PostCommentMutationVariables = Exact<{
  input: PostCommentInput;
}>;

export type PostCommentMutation = {
  postComment: {
    __typename: 'EditionComment';
    replyCount: number;
    id: string;
    body: string | null;
    createdAt: string;
    editedAt: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    parentId: string | null;
    version: number;
    replies: Array<{
      __typename: 'EditionComment';
      id: string;
      body: string | null;
      createdAt: string;
      editedAt: string | null;
      deleted: boolean;
      hidden: boolean;
      hiddenReason: string | null;
      mine: boolean;
      parentId: string | null;
      version: number;
      author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      mentions: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
    }>;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mentions: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
  };
};

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;

export type EditCommentMutation = {
  editComment: {
    __typename: 'EditionComment';
    id: string;
    body: string | null;
    createdAt: string;
    editedAt: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    parentId: string | null;
    version: number;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mentions: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
  };
};

export type DeleteCommentMutationVariables = Exact<{
  id: string;
}>;

export type DeleteCommentMutation = {
  deleteComment: {
    __typename: 'EditionComment';
    id: string;
    body: string | null;
    createdAt: string;
    editedAt: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    parentId: string | null;
    version: number;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mentions: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
  };
};

export type HideCommentMutationVariables = Exact<{
  input: HideCommentInput;
}>;

export type HideCommentMutation = {
  hideComment: {
    __typename: 'EditionComment';
    id: string;
    body: string | null;
    createdAt: string;
    editedAt: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    mine: boolean;
    parentId: string | null;
    version: number;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mentions: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string }>;
  };
};

export type MentionCandidatesQueryVariables = Exact<{
  search: string;
}>;

export type MentionCandidatesQuery = {
  people: {
    __typename: 'PersonConnection';
    edges: Array<{
      __typename: 'PersonEdge';
      node: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        displayNameKana: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
  };
};

export type NewsletterSummaryFragment = {
  __typename: 'Newsletter';
  descriptionJa: string;
  descriptionEn: string;
  cadence: NewsletterCadence;
  companyWide: boolean;
  followed: boolean;
  id: string;
  nameJa: string;
  nameEn: string;
  canEdit: boolean;
  department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string };
};

export type NewslettersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type NewslettersQuery = {
  newsletters: {
    __typename: 'NewsletterConnection';
    edges: Array<{
      __typename: 'NewsletterEdge';
      cursor: string;
      node: {
        __typename: 'Newsletter';
        descriptionJa: string;
        descriptionEn: string;
        cadence: NewsletterCadence;
        companyWide: boolean;
        followed: boolean;
        id: string;
        nameJa: string;
        nameEn: string;
        canEdit: boolean;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string };
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type NewsletterQueryVariables = Exact<{
  id: string;
}>;

export type NewsletterQuery = {
  newsletter: {
    __typename: 'Newsletter';
    descriptionJa: string;
    descriptionEn: string;
    cadence: NewsletterCadence;
    companyWide: boolean;
    followed: boolean;
    id: string;
    nameJa: string;
    nameEn: string;
    canEdit: boolean;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string };
  };
};

export type NewsletterEditionsQueryVariables = Exact<{
  id: string;
  status: EditionStatus;
  first: number;
  after?: string | null | undefined;
}>;

export type NewsletterEditionsQuery = {
  newsletter: {
    __typename: 'Newsletter';
    id: string;
    editions: {
      __typename: 'EditionConnection';
      edges: Array<{
        __typename: 'EditionEdge';
        cursor: string;
        node: {
          __typename: 'Edition';
          id: string;
          title: string;
          summary: string;
          coverImageUrl: string | null;
          status: EditionStatus;
          mustRead: boolean;
          pinned: boolean;
          unread: boolean;
          acknowledgedByMe: boolean;
          publishedAt: string | null;
          scheduledAt: string | null;
          updatedAt: string | null;
          createdAt: string;
          commentCount: number;
          tags: Array<string>;
          author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
          newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
          reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
  };
};

export type FollowNewsletterMutationVariables = Exact<{
  newsletterId: string;
  follow: boolean;
}>;

export type FollowNewsletterMutation = { followNewsletter: { __typename: 'Newsletter'; id: string; followed: boolean } };

export type CreateNewsletterMutationVariables = Exact<{
  input: CreateNewsletterInput;
}>;

export type CreateNewsletterMutation = {
  createNewsletter: {
    __typename: 'Newsletter';
    descriptionJa: string;
    descriptionEn: string;
    cadence: NewsletterCadence;
    companyWide: boolean;
    followed: boolean;
    id: string;
    nameJa: string;
    nameEn: string;
    canEdit: boolean;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string };
  };
};

export type NewsletterPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type NewsletterPreferencesQuery = { newsletterPreferences: { __typename: 'NewsletterPreferences'; weeklyDigest: boolean } };

export type UpdateNewsletterPreferencesMutationVariables = Exact<{
  weeklyDigest: boolean;
}>;

export type UpdateNewsletterPreferencesMutation = {
  updateNewsletterPreferences: { __typename: 'NewsletterPreferences'; weeklyDigest: boolean };
};

export type CreateEditionMutationVariables = Exact<{
  input: CreateEditionInput;
}>;

export type CreateEditionMutation = {
  createEdition: {
    __typename: 'Edition';
    bodyHtml: string;
    version: number;
    canEdit: boolean;
    pinnedUntil: string | null;
    archivedAt: string | null;
    acknowledgedAt: string | null;
    readProgress: ReadProgress | null;
    id: string;
    title: string;
    summary: string;
    coverImageUrl: string | null;
    status: EditionStatus;
    mustRead: boolean;
    pinned: boolean;
    unread: boolean;
    acknowledgedByMe: boolean;
    publishedAt: string | null;
    scheduledAt: string | null;
    updatedAt: string | null;
    createdAt: string;
    commentCount: number;
    tags: Array<string>;
    audience: {
      __typename: 'EditionAudience';
      kind: EditionAudienceKind;
      size: number | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    };
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
    reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
  };
};

export type UpdateEditionMutationVariables = Exact<{
  input: UpdateEditionInput;
}>;

export type UpdateEditionMutation = {
  updateEdition: {
    __typename: 'Edition';
    bodyHtml: string;
    version: number;
    canEdit: boolean;
    pinnedUntil: string | null;
    archivedAt: string | null;
    acknowledgedAt: string | null;
    readProgress: ReadProgress | null;
    id: string;
    title: string;
    summary: string;
    coverImageUrl: string | null;
    status: EditionStatus;
    mustRead: boolean;
    pinned: boolean;
    unread: boolean;
    acknowledgedByMe: boolean;
    publishedAt: string | null;
    scheduledAt: string | null;
    updatedAt: string | null;
    createdAt: string;
    commentCount: number;
    tags: Array<string>;
    audience: {
      __typename: 'EditionAudience';
      kind: EditionAudienceKind;
      size: number | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    };
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
    reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
  };
};

export type ScheduleEditionMutationVariables = Exact<{
  input: ScheduleEditionInput;
}>;

export type ScheduleEditionMutation = {
  scheduleEdition: {
    __typename: 'Edition';
    bodyHtml: string;
    version: number;
    canEdit: boolean;
    pinnedUntil: string | null;
    archivedAt: string | null;
    acknowledgedAt: string | null;
    readProgress: ReadProgress | null;
    id: string;
    title: string;
    summary: string;
    coverImageUrl: string | null;
    status: EditionStatus;
    mustRead: boolean;
    pinned: boolean;
    unread: boolean;
    acknowledgedByMe: boolean;
    publishedAt: string | null;
    scheduledAt: string | null;
    updatedAt: string | null;
    createdAt: string;
    commentCount: number;
    tags: Array<string>;
    audience: {
      __typename: 'EditionAudience';
      kind: EditionAudienceKind;
      size: number | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    };
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
    reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
  };
};

export type UnscheduleEditionMutationVariables = Exact<{
  id: string;
}>;

export type UnscheduleEditionMutation = {
  unscheduleEdition: {
    __typename: 'Edition';
    bodyHtml: string;
    version: number;
    canEdit: boolean;
    pinnedUntil: string | null;
    archivedAt: string | null;
    acknowledgedAt: string | null;
    readProgress: ReadProgress | null;
    id: string;
    title: string;
    summary: string;
    coverImageUrl: string | null;
    status: EditionStatus;
    mustRead: boolean;
    pinned: boolean;
    unread: boolean;
    acknowledgedByMe: boolean;
    publishedAt: string | null;
    scheduledAt: string | null;
    updatedAt: string | null;
    createdAt: string;
    commentCount: number;
    tags: Array<string>;
    audience: {
      __typename: 'EditionAudience';
      kind: EditionAudienceKind;
      size: number | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    };
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
    reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
  };
};

export type PublishEditionMutationVariables = Exact<{
  id: string;
}>;

export type PublishEditionMutation = {
  publishEdition: {
    __typename: 'Edition';
    bodyHtml: string;
    version: number;
    canEdit: boolean;
    pinnedUntil: string | null;
    archivedAt: string | null;
    acknowledgedAt: string | null;
    readProgress: ReadProgress | null;
    id: string;
    title: string;
    summary: string;
    coverImageUrl: string | null;
    status: EditionStatus;
    mustRead: boolean;
    pinned: boolean;
    unread: boolean;
    acknowledgedByMe: boolean;
    publishedAt: string | null;
    scheduledAt: string | null;
    updatedAt: string | null;
    createdAt: string;
    commentCount: number;
    tags: Array<string>;
    audience: {
      __typename: 'EditionAudience';
      kind: EditionAudienceKind;
      size: number | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    };
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
    reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
  };
};

export type ArchiveEditionMutationVariables = Exact<{
  id: string;
}>;

export type ArchiveEditionMutation = {
  archiveEdition: {
    __typename: 'Edition';
    bodyHtml: string;
    version: number;
    canEdit: boolean;
    pinnedUntil: string | null;
    archivedAt: string | null;
    acknowledgedAt: string | null;
    readProgress: ReadProgress | null;
    id: string;
    title: string;
    summary: string;
    coverImageUrl: string | null;
    status: EditionStatus;
    mustRead: boolean;
    pinned: boolean;
    unread: boolean;
    acknowledgedByMe: boolean;
    publishedAt: string | null;
    scheduledAt: string | null;
    updatedAt: string | null;
    createdAt: string;
    commentCount: number;
    tags: Array<string>;
    audience: {
      __typename: 'EditionAudience';
      kind: EditionAudienceKind;
      size: number | null;
      departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    };
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    newsletter: { __typename: 'Newsletter'; id: string; nameJa: string; nameEn: string; canEdit: boolean };
    reactions: Array<{ __typename: 'EditionReaction'; kind: ReactionKind; emoji: string; count: number; reactedByMe: boolean }>;
  };
};

export type DepartmentEngagementRowFragment = {
  __typename: 'DepartmentEngagement';
  audienceSize: number;
  openers: number;
  readers: number;
  reach: number;
  readRate: number;
  department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
};

export type EditionEngagementFragment = {
  __typename: 'EditionAnalytics';
  editionId: string;
  mustRead: boolean;
  audienceSize: number;
  openers: number;
  readers: number;
  reactors: number;
  comments: number;
  acknowledgements: number;
  reach: number;
  readRate: number;
  reactionRate: number;
  acknowledgementRate: number | null;
  byDepartment: Array<{
    __typename: 'DepartmentEngagement';
    audienceSize: number;
    openers: number;
    readers: number;
    reach: number;
    readRate: number;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  }>;
};

export type EditionAnalyticsQueryVariables = Exact<{
  editionId: string;
}>;

export type EditionAnalyticsQuery = {
  editionAnalytics: {
    __typename: 'EditionAnalytics';
    editionId: string;
    mustRead: boolean;
    audienceSize: number;
    openers: number;
    readers: number;
    reactors: number;
    comments: number;
    acknowledgements: number;
    reach: number;
    readRate: number;
    reactionRate: number;
    acknowledgementRate: number | null;
    byDepartment: Array<{
      __typename: 'DepartmentEngagement';
      audienceSize: number;
      openers: number;
      readers: number;
      reach: number;
      readRate: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type EditionAcknowledgementsQueryVariables = Exact<{
  editionId: string;
  acknowledged: boolean;
  first: number;
  after?: string | null | undefined;
}>;

export type EditionAcknowledgementsQuery = {
  editionAcknowledgements: {
    __typename: 'AcknowledgementConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'AcknowledgementEdge';
      cursor: string;
      acknowledgedAt: string | null;
      node: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string };
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type SendMustReadReminderMutationVariables = Exact<{
  editionId: string;
}>;

export type SendMustReadReminderMutation = {
  sendMustReadReminder: { __typename: 'MustReadReminderResult'; notified: number; nextAllowedAt: string };
};

export type NewsletterAnalyticsQueryVariables = Exact<{
  newsletterId: string;
  from: string;
  to: string;
}>;

export type NewsletterAnalyticsQuery = {
  newsletterAnalytics: {
    __typename: 'NewsletterAnalytics';
    newsletterId: string;
    editions: Array<{
      __typename: 'EditionEngagementPoint';
      editionId: string;
      title: string;
      publishedAt: string;
      mustRead: boolean;
      audienceSize: number;
      openers: number;
      readers: number;
      reactors: number;
      comments: number;
      acknowledgements: number;
      reach: number;
      readRate: number;
      reactionRate: number;
      acknowledgementRate: number | null;
    }>;
    weeks: Array<{
      __typename: 'WeeklyEngagement';
      weekStart: string;
      editions: number;
      audienceSize: number;
      openers: number;
      readers: number;
      reactors: number;
      comments: number;
      acknowledgements: number;
      reach: number;
      readRate: number;
      reactionRate: number;
    }>;
    byDepartment: Array<{
      __typename: 'DepartmentEngagement';
      audienceSize: number;
      openers: number;
      readers: number;
      reach: number;
      readRate: number;
      department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
    }>;
  };
};

export type EditionReactorsQueryVariables = Exact<{
  id: string;
  kind: ReactionKind;
  first: number;
  after?: string | null | undefined;
}>;

export type EditionReactorsQuery = {
  edition: {
    __typename: 'Edition';
    id: string;
    reactors: {
      __typename: 'ReactorConnection';
      edges: Array<{
        __typename: 'ReactorEdge';
        cursor: string;
        reactedAt: string;
        node: {
          __typename: 'Person';
          id: string;
          displayName: string;
          displayNameEn: string;
          displayNameKana: string | null;
          department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
        };
      }>;
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
  };
};

export type EditionVersionsQueryVariables = Exact<{
  id: string;
}>;

export type EditionVersionsQuery = {
  edition: {
    __typename: 'Edition';
    id: string;
    versions: Array<{
      __typename: 'EditionVersion';
      version: number;
      title: string;
      summary: string;
      coverImageUrl: string | null;
      bodyHtml: string;
      tags: Array<string>;
      replacedAt: string;
      replacedBy: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string } | null;
    }>;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    __typename: 'Person';
    id: string;
    displayName: string;
    displayNameEn: string;
    displayNameKana: string | null;
    preferredLocale: Locale;
    roles: Array<Role>;
  };
};

export type UpdateMyLocaleMutationVariables = Exact<{
  preferredLocale: Locale;
}>;

export type UpdateMyLocaleMutation = { updateMyProfile: { __typename: 'Person'; id: string; preferredLocale: Locale } };

export type AuthOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type AuthOptionsQuery = {
  authOptions: {
    __typename: 'AuthOptions';
    entraEnabled: boolean;
    devSignInEnabled: boolean;
    personas: Array<{
      __typename: 'Persona';
      key: string;
      person: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        displayNameKana: string | null;
        title: string | null;
        titleEn: string | null;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
  };
};

export type DevSignInCandidatesQueryVariables = Exact<{
  search: string;
}>;

export type DevSignInCandidatesQuery = {
  devSignInCandidates: Array<{
    __typename: 'Person';
    id: string;
    displayName: string;
    displayNameEn: string;
    displayNameKana: string | null;
    title: string | null;
    titleEn: string | null;
    department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
  }>;
};

export type SignInCandidateFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
  title: string | null;
  titleEn: string | null;
  department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
};

export type NotificationItemFragment = {
  __typename: 'Notification';
  id: string;
  kind: string;
  link: string;
  createdAt: string;
  readAt: string | null;
  title: { __typename: 'LocalizedText'; ja: string; en: string };
  body: { __typename: 'LocalizedText'; ja: string; en: string } | null;
  actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly: boolean;
}>;

export type MyNotificationsQuery = {
  unreadNotificationCount: number;
  myNotifications: {
    __typename: 'NotificationConnection';
    edges: Array<{
      __typename: 'NotificationEdge';
      cursor: string;
      node: {
        __typename: 'Notification';
        id: string;
        kind: string;
        link: string;
        createdAt: string;
        readAt: string | null;
        title: { __typename: 'LocalizedText'; ja: string; en: string };
        body: { __typename: 'LocalizedText'; ja: string; en: string } | null;
        actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type MarkNotificationReadMutationVariables = Exact<{
  id: string;
}>;

export type MarkNotificationReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NotificationAddedSubscription = {
  notificationAdded: {
    __typename: 'Notification';
    id: string;
    kind: string;
    link: string;
    createdAt: string;
    readAt: string | null;
    title: { __typename: 'LocalizedText'; ja: string; en: string };
    body: { __typename: 'LocalizedText'; ja: string; en: string } | null;
    actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export type DepartmentOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type DepartmentOptionsQuery = {
  departments: Array<{
    __typename: 'Department';
    id: string;
    nameJa: string;
    nameEn: string;
    children: Array<{
      __typename: 'Department';
      id: string;
      nameJa: string;
      nameEn: string;
      children: Array<{
        __typename: 'Department';
        id: string;
        nameJa: string;
        nameEn: string;
        children: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
      }>;
    }>;
  }>;
};

export type PeopleCandidatesQueryVariables = Exact<{
  search: string;
}>;

export type PeopleCandidatesQuery = {
  people: {
    __typename: 'PersonConnection';
    edges: Array<{
      __typename: 'PersonEdge';
      node: {
        __typename: 'Person';
        id: string;
        displayName: string;
        displayNameEn: string;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string } | null;
      };
    }>;
  };
};

export type StoryPersonFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
};

export type StoryOutcomeFieldsFragment = {
  __typename: 'StoryOutcome';
  label: string;
  before: string | null;
  after: string | null;
  unit: string;
  period: string | null;
};

export type StoryCardFragment = {
  __typename: 'Story';
  id: string;
  title: string;
  titleEn: string | null;
  status: StoryStatus;
  publishedAt: string | null;
  updatedAt: string;
  helpfulCount: number;
  customer: { __typename: 'StoryCustomer'; accountName: string; industry: StoryIndustry | null };
  outcomes: Array<{
    __typename: 'StoryOutcome';
    label: string;
    before: string | null;
    after: string | null;
    unit: string;
    period: string | null;
  }>;
  verification: { __typename: 'StoryVerification'; state: StoryVerificationState } | null;
};

export type StoryMarksFragment = {
  __typename: 'Story';
  id: string;
  helpfulCount: number;
  helpfulByMe: boolean;
  bookmarkCount: number;
  bookmarkedByMe: boolean;
};

export type StoriesSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: StoryFilterInput | null | undefined;
  sort?: StorySort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type StoriesSearchQuery = {
  stories: {
    __typename: 'StorySearchResult';
    totalCount: number;
    corrections: Array<{ __typename: 'StorySearchCorrection'; word: string; similar: Array<string> }>;
    facets: {
      __typename: 'StoryFacets';
      withOutcomes: number;
      industries: Array<{ __typename: 'IndustryFacetCount'; value: StoryIndustry; count: number }>;
      departments: Array<{
        __typename: 'DepartmentFacetCount';
        count: number;
        department: { __typename: 'Department'; id: string; nameJa: string; nameEn: string };
      }>;
      products: Array<{ __typename: 'TextFacetCount'; value: string; count: number }>;
      tags: Array<{ __typename: 'TextFacetCount'; value: string; count: number }>;
      verification: Array<{ __typename: 'VerificationFacetCount'; value: StoryVerificationState; count: number }>;
    };
    hits: Array<{
      __typename: 'StorySearchHit';
      cursor: string;
      titleHighlight: Array<{ __typename: 'TextSegment'; text: string; match: boolean }>;
      snippet: Array<{ __typename: 'TextSegment'; text: string; match: boolean }>;
      story: {
        __typename: 'Story';
        id: string;
        title: string;
        titleEn: string | null;
        status: StoryStatus;
        publishedAt: string | null;
        updatedAt: string;
        helpfulCount: number;
        customer: { __typename: 'StoryCustomer'; accountName: string; industry: StoryIndustry | null };
        outcomes: Array<{
          __typename: 'StoryOutcome';
          label: string;
          before: string | null;
          after: string | null;
          unit: string;
          period: string | null;
        }>;
        verification: { __typename: 'StoryVerification'; state: StoryVerificationState } | null;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type MyStoriesQueryVariables = Exact<{
  scope: MyStoriesScope;
  first: number;
  after?: string | null | undefined;
}>;

export type MyStoriesQuery = {
  myStories: {
    __typename: 'StoryConnection';
    edges: Array<{
      __typename: 'StoryEdge';
      cursor: string;
      node: {
        __typename: 'Story';
        id: string;
        title: string;
        titleEn: string | null;
        status: StoryStatus;
        publishedAt: string | null;
        updatedAt: string;
        helpfulCount: number;
        customer: { __typename: 'StoryCustomer'; accountName: string; industry: StoryIndustry | null };
        outcomes: Array<{
          __typename: 'StoryOutcome';
          label: string;
          before: string | null;
          after: string | null;
          unit: string;
          period: string | null;
        }>;
        verification: { __typename: 'StoryVerification'; state: StoryVerificationState } | null;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type StoryQueryVariables = Exact<{
  id: string;
}>;

export type StoryQuery = {
  story: {
    __typename: 'Story';
    language: string;
    version: number;
    contentUpdatedAt: string | null;
    viewCount: number;
    canEdit: boolean;
    canManage: boolean;
    canReview: boolean;
    canVerify: boolean;
    challengeHtml: string;
    solutionHtml: string;
    resultHtml: string;
    products: Array<string>;
    tags: Array<string>;
    verifyIntervalDays: number;
    id: string;
    title: string;
    titleEn: string | null;
    status: StoryStatus;
    publishedAt: string | null;
    updatedAt: string;
    helpfulCount: number;
    helpfulByMe: boolean;
    bookmarkCount: number;
    bookmarkedByMe: boolean;
    customer: {
      __typename: 'StoryCustomer';
      accountName: string;
      industry: StoryIndustry | null;
      companySize: StoryCompanySize | null;
      region: StoryRegion | null;
    };
    quote: { __typename: 'StoryQuote'; text: string; attribution: string } | null;
    verification: {
      __typename: 'StoryVerification';
      state: StoryVerificationState;
      intervalDays: number;
      verifiedAt: string | null;
      dueAt: string | null;
      verifiedBy: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    } | null;
    departments: Array<{ __typename: 'Department'; id: string; nameJa: string; nameEn: string }>;
    people: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null }>;
    coAuthors: Array<{ __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null }>;
    author: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    verifier: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    reviewer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    reviews: Array<{
      __typename: 'StoryReview';
      id: string;
      decision: StoryReviewDecision;
      comment: string;
      createdAt: string;
      reviewer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    }>;
    outcomes: Array<{
      __typename: 'StoryOutcome';
      label: string;
      before: string | null;
      after: string | null;
      unit: string;
      period: string | null;
    }>;
  };
};

export type SimilarStoriesQueryVariables = Exact<{
  id: string;
}>;

export type SimilarStoriesQuery = {
  story: {
    __typename: 'Story';
    id: string;
    similar: Array<{
      __typename: 'Story';
      id: string;
      title: string;
      titleEn: string | null;
      status: StoryStatus;
      publishedAt: string | null;
      updatedAt: string;
      helpfulCount: number;
      customer: { __typename: 'StoryCustomer'; accountName: string; industry: StoryIndustry | null };
      outcomes: Array<{
        __typename: 'StoryOutcome';
        label: string;
        before: string | null;
        after: string | null;
        unit: string;
        period: string | null;
      }>;
      verification: { __typename: 'StoryVerification'; state: StoryVerificationState } | null;
    }>;
  };
};

export type StoryVersionsQueryVariables = Exact<{
  id: string;
}>;

export type StoryVersionsQuery = {
  story: {
    __typename: 'Story';
    id: string;
    versions: Array<{
      __typename: 'StoryVersion';
      version: number;
      title: string;
      challengeHtml: string;
      solutionHtml: string;
      resultHtml: string;
      replacedAt: string;
      outcomes: Array<{
        __typename: 'StoryOutcome';
        label: string;
        before: string | null;
        after: string | null;
        unit: string;
        period: string | null;
      }>;
      replacedBy: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    }>;
  };
};

export type StorySavedFragment = {
  __typename: 'Story';
  id: string;
  version: number;
  status: StoryStatus;
  canEdit: boolean;
  updatedAt: string;
};

export type CreateStoryMutationVariables = Exact<{
  input: CreateStoryInput;
}>;

export type CreateStoryMutation = {
  createStory: { __typename: 'Story'; id: string; version: number; status: StoryStatus; canEdit: boolean; updatedAt: string };
};

export type UpdateStoryMutationVariables = Exact<{
  input: UpdateStoryInput;
}>;

export type UpdateStoryMutation = {
  updateStory: { __typename: 'Story'; id: string; version: number; status: StoryStatus; canEdit: boolean; updatedAt: string };
};

export type SubmitStoryMutationVariables = Exact<{
  input: SubmitStoryInput;
}>;

export type SubmitStoryMutation = {
  submitStory: { __typename: 'Story'; id: string; version: number; status: StoryStatus; canEdit: boolean; updatedAt: string };
};

export type ReviewStoryMutationVariables = Exact<{
  input: ReviewStoryInput;
}>;

export type ReviewStoryMutation = {
  reviewStory: { __typename: 'Story'; id: string; version: number; status: StoryStatus; canEdit: boolean; updatedAt: string };
};

export type VerifyStoryMutationVariables = Exact<{
  id: string;
}>;

export type VerifyStoryMutation = {
  verifyStory: { __typename: 'Story'; id: string; version: number; status: StoryStatus; canEdit: boolean; updatedAt: string };
};

export type ArchiveStoryMutationVariables = Exact<{
  id: string;
}>;

export type ArchiveStoryMutation = {
  archiveStory: { __typename: 'Story'; id: string; version: number; status: StoryStatus; canEdit: boolean; updatedAt: string };
};

export type RestoreStoryMutationVariables = Exact<{
  id: string;
}>;

export type RestoreStoryMutation = {
  restoreStory: { __typename: 'Story'; id: string; version: number; status: StoryStatus; canEdit: boolean; updatedAt: string };
};

export type SetStoryHelpfulMutationVariables = Exact<{
  id: string;
  helpful: boolean;
}>;

export type SetStoryHelpfulMutation = {
  setStoryHelpful: {
    __typename: 'Story';
    id: string;
    helpfulCount: number;
    helpfulByMe: boolean;
    bookmarkCount: number;
    bookmarkedByMe: boolean;
  };
};

export type SetStoryBookmarkedMutationVariables = Exact<{
  id: string;
  bookmarked: boolean;
}>;

export type SetStoryBookmarkedMutation = {
  setStoryBookmarked: {
    __typename: 'Story';
    id: string;
    helpfulCount: number;
    helpfulByMe: boolean;
    bookmarkCount: number;
    bookmarkedByMe: boolean;
  };
};

export type RecordStoryViewMutationVariables = Exact<{
  id: string;
}>;

export type RecordStoryViewMutation = { recordStoryView: boolean };

export type VoicePersonFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
};

export type VoiceProductAreaFragment = {
  __typename: 'ProductArea';
  id: string;
  key: string;
  nameJa: string;
  nameEn: string;
  active: boolean;
  sortOrder: number;
};

export type TicketRowFragment = {
  __typename: 'Ticket';
  id: string;
  code: string;
  number: number;
  status: TicketStatus;
  summary: string;
  category: TicketCategory;
  impact: TicketImpact;
  theme: string | null;
  customerCount: number;
  revenueAtStake: number;
  voiceCount: number;
  segments: Array<CustomerSegment>;
  filedAt: string;
  statusChangedAt: string;
  updatedAt: string;
  triageDueAt: string;
  triageOverdue: boolean;
  productArea: {
    __typename: 'ProductArea';
    id: string;
    key: string;
    nameJa: string;
    nameEn: string;
    active: boolean;
    sortOrder: number;
  } | null;
  owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
};

export type TicketRefFieldsFragment = {
  __typename: 'TicketRef';
  id: string;
  code: string;
  number: number;
  status: TicketStatus;
  summary: string;
};

export type TicketActivityFieldsFragment = {
  __typename: 'TicketActivity';
  id: string;
  kind: TicketActivityKind;
  createdAt: string;
  body: string | null;
  internal: boolean;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  otherTicket: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
};

export type TicketDetailFragment = {
  __typename: 'Ticket';
  version: number;
  canEdit: boolean;
  canTriage: boolean;
  following: boolean;
  declineReason: string | null;
  firstTriagedAt: string | null;
  id: string;
  code: string;
  number: number;
  status: TicketStatus;
  summary: string;
  category: TicketCategory;
  impact: TicketImpact;
  theme: string | null;
  customerCount: number;
  revenueAtStake: number;
  voiceCount: number;
  segments: Array<CustomerSegment>;
  filedAt: string;
  statusChangedAt: string;
  updatedAt: string;
  triageDueAt: string;
  triageOverdue: boolean;
  filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  mergedInto: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
  mergedFrom: Array<{ __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string }>;
  linkedGoals: Array<{ __typename: 'TicketLinkedGoal'; id: string; code: string; title: string; titleEn: string | null; status: string }>;
  linkedStories: Array<{ __typename: 'TicketLinkedStory'; id: string; title: string; titleEn: string | null; accountName: string }>;
  voices: Array<{
    __typename: 'CustomerVoice';
    id: string;
    accountName: string;
    segment: CustomerSegment;
    annualContractValue: number | null;
    contactRole: string | null;
    channel: VoiceChannel;
    externalReference: string | null;
    verbatim: string;
    createdAt: string;
    filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mergedFrom: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
  }>;
  timeline: Array<{
    __typename: 'TicketActivity';
    id: string;
    kind: TicketActivityKind;
    createdAt: string;
    body: string | null;
    internal: boolean;
    fromStatus: TicketStatus | null;
    toStatus: TicketStatus | null;
    actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    otherTicket: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
  }>;
  productArea: {
    __typename: 'ProductArea';
    id: string;
    key: string;
    nameJa: string;
    nameEn: string;
    active: boolean;
    sortOrder: number;
  } | null;
  owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
};

export type VoiceSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type VoiceSettingsQuery = { voiceSettings: { __typename: 'VoiceSettings'; canTriage: boolean; triageTargetDays: number } };

export type VoiceProductAreasQueryVariables = Exact<{ [key: string]: never }>;

export type VoiceProductAreasQuery = {
  productAreas: Array<{
    __typename: 'ProductArea';
    id: string;
    key: string;
    nameJa: string;
    nameEn: string;
    active: boolean;
    sortOrder: number;
  }>;
};

export type SimilarTicketsQueryVariables = Exact<{
  text: string;
  first: number;
}>;

export type SimilarTicketsQuery = {
  similarTickets: Array<{
    __typename: 'TicketSuggestion';
    summaryHighlight: Array<{ __typename: 'TextSegment'; text: string; match: boolean }>;
    ticket: {
      __typename: 'Ticket';
      id: string;
      code: string;
      status: TicketStatus;
      summary: string;
      customerCount: number;
      voiceCount: number;
      productArea: {
        __typename: 'ProductArea';
        id: string;
        key: string;
        nameJa: string;
        nameEn: string;
        active: boolean;
        sortOrder: number;
      } | null;
    };
  }>;
};

export type MyTicketsQueryVariables = Exact<{
  after?: string | null | undefined;
  first: number;
}>;

export type MyTicketsQuery = {
  myTickets: {
    __typename: 'TicketConnection';
    nodes: Array<{
      __typename: 'Ticket';
      id: string;
      code: string;
      number: number;
      status: TicketStatus;
      summary: string;
      category: TicketCategory;
      impact: TicketImpact;
      theme: string | null;
      customerCount: number;
      revenueAtStake: number;
      voiceCount: number;
      segments: Array<CustomerSegment>;
      filedAt: string;
      statusChangedAt: string;
      updatedAt: string;
      triageDueAt: string;
      triageOverdue: boolean;
      productArea: {
        __typename: 'ProductArea';
        id: string;
        key: string;
        nameJa: string;
        nameEn: string;
        active: boolean;
        sortOrder: number;
      } | null;
      owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type InboxTicketsQueryVariables = Exact<{
  filter?: TicketFilterInput | null | undefined;
  sort: TicketSort;
  after?: string | null | undefined;
  first: number;
}>;

export type InboxTicketsQuery = {
  tickets: {
    __typename: 'TicketConnection';
    nodes: Array<{
      __typename: 'Ticket';
      id: string;
      code: string;
      number: number;
      status: TicketStatus;
      summary: string;
      category: TicketCategory;
      impact: TicketImpact;
      theme: string | null;
      customerCount: number;
      revenueAtStake: number;
      voiceCount: number;
      segments: Array<CustomerSegment>;
      filedAt: string;
      statusChangedAt: string;
      updatedAt: string;
      triageDueAt: string;
      triageOverdue: boolean;
      productArea: {
        __typename: 'ProductArea';
        id: string;
        key: string;
        nameJa: string;
        nameEn: string;
        active: boolean;
        sortOrder: number;
      } | null;
      owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type TicketStatusCountsQueryVariables = Exact<{
  filter?: TicketFilterInput | null | undefined;
}>;

export type TicketStatusCountsQuery = {
  ticketStatusCounts: Array<{ __typename: 'TicketStatusCount'; status: TicketStatus; count: number }>;
};

export type TicketQueryVariables = Exact<{
  id: string;
}>;

export type TicketQuery = {
  ticket: {
    __typename: 'Ticket';
    version: number;
    canEdit: boolean;
    canTriage: boolean;
    following: boolean;
    declineReason: string | null;
    firstTriagedAt: string | null;
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mergedInto: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    mergedFrom: Array<{ __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string }>;
    linkedGoals: Array<{ __typename: 'TicketLinkedGoal'; id: string; code: string; title: string; titleEn: string | null; status: string }>;
    linkedStories: Array<{ __typename: 'TicketLinkedStory'; id: string; title: string; titleEn: string | null; accountName: string }>;
    voices: Array<{
      __typename: 'CustomerVoice';
      id: string;
      accountName: string;
      segment: CustomerSegment;
      annualContractValue: number | null;
      contactRole: string | null;
      channel: VoiceChannel;
      externalReference: string | null;
      verbatim: string;
      createdAt: string;
      filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      mergedFrom: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    timeline: Array<{
      __typename: 'TicketActivity';
      id: string;
      kind: TicketActivityKind;
      createdAt: string;
      body: string | null;
      internal: boolean;
      fromStatus: TicketStatus | null;
      toStatus: TicketStatus | null;
      actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      otherTicket: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
  voiceSettings: { __typename: 'VoiceSettings'; canTriage: boolean; triageTargetDays: number };
};

export type MergeCandidateQueryVariables = Exact<{
  id: string;
}>;

export type MergeCandidateQuery = {
  ticket: {
    __typename: 'Ticket';
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export type VoiceInsightsQueryVariables = Exact<{
  months: number;
  productAreaId?: string | null | undefined;
}>;

export type VoiceInsightsQuery = {
  voiceInsights: {
    __typename: 'VoiceInsights';
    months: Array<string>;
    volume: Array<{
      __typename: 'VoiceVolumePoint';
      month: string;
      tickets: number;
      voices: number;
      productArea: {
        __typename: 'ProductArea';
        id: string;
        key: string;
        nameJa: string;
        nameEn: string;
        active: boolean;
        sortOrder: number;
      } | null;
    }>;
    themes: Array<{
      __typename: 'VoiceThemeRow';
      theme: string;
      tickets: number;
      voices: number;
      customers: number;
      revenueAtStake: number;
      productArea: {
        __typename: 'ProductArea';
        id: string;
        key: string;
        nameJa: string;
        nameEn: string;
        active: boolean;
        sortOrder: number;
      } | null;
    }>;
    areas: Array<{
      __typename: 'VoiceAreaRow';
      openTickets: number;
      customers: number;
      revenueAtStake: number;
      productArea: {
        __typename: 'ProductArea';
        id: string;
        key: string;
        nameJa: string;
        nameEn: string;
        active: boolean;
        sortOrder: number;
      } | null;
    }>;
    triageTimes: {
      __typename: 'TriageTimes';
      targetDays: number;
      triaged: number;
      withinTarget: number;
      overdue: number;
      waiting: number;
      medianDays: number | null;
      buckets: Array<{ __typename: 'TriageTimeBucket'; fromDays: number; toDays: number | null; tickets: number }>;
    };
    topRequested: Array<{
      __typename: 'Ticket';
      id: string;
      code: string;
      number: number;
      status: TicketStatus;
      summary: string;
      category: TicketCategory;
      impact: TicketImpact;
      theme: string | null;
      customerCount: number;
      revenueAtStake: number;
      voiceCount: number;
      segments: Array<CustomerSegment>;
      filedAt: string;
      statusChangedAt: string;
      updatedAt: string;
      triageDueAt: string;
      triageOverdue: boolean;
      productArea: {
        __typename: 'ProductArea';
        id: string;
        key: string;
        nameJa: string;
        nameEn: string;
        active: boolean;
        sortOrder: number;
      } | null;
      owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    }>;
  };
};

export type FileTicketMutationVariables = Exact<{
  input: FileTicketInput;
}>;

export type FileTicketMutation = {
  fileTicket: {
    __typename: 'Ticket';
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export type AddVoiceToTicketMutationVariables = Exact<{
  input: AddVoiceInput;
}>;

export type AddVoiceToTicketMutation = {
  addVoiceToTicket: {
    __typename: 'Ticket';
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export type UpdateTicketMutationVariables = Exact<{
  input: UpdateTicketInput;
}>;

export type UpdateTicketMutation = {
  updateTicket: {
    __typename: 'Ticket';
    version: number;
    canEdit: boolean;
    canTriage: boolean;
    following: boolean;
    declineReason: string | null;
    firstTriagedAt: string | null;
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mergedInto: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    mergedFrom: Array<{ __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string }>;
    linkedGoals: Array<{ __typename: 'TicketLinkedGoal'; id: string; code: string; title: string; titleEn: string | null; status: string }>;
    linkedStories: Array<{ __typename: 'TicketLinkedStory'; id: string; title: string; titleEn: string | null; accountName: string }>;
    voices: Array<{
      __typename: 'CustomerVoice';
      id: string;
      accountName: string;
      segment: CustomerSegment;
      annualContractValue: number | null;
      contactRole: string | null;
      channel: VoiceChannel;
      externalReference: string | null;
      verbatim: string;
      createdAt: string;
      filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      mergedFrom: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    timeline: Array<{
      __typename: 'TicketActivity';
      id: string;
      kind: TicketActivityKind;
      createdAt: string;
      body: string | null;
      internal: boolean;
      fromStatus: TicketStatus | null;
      toStatus: TicketStatus | null;
      actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      otherTicket: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export type TriageTicketMutationVariables = Exact<{
  input: TriageTicketInput;
}>;

export type TriageTicketMutation = {
  triageTicket: {
    __typename: 'Ticket';
    version: number;
    canEdit: boolean;
    canTriage: boolean;
    following: boolean;
    declineReason: string | null;
    firstTriagedAt: string | null;
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mergedInto: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    mergedFrom: Array<{ __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string }>;
    linkedGoals: Array<{ __typename: 'TicketLinkedGoal'; id: string; code: string; title: string; titleEn: string | null; status: string }>;
    linkedStories: Array<{ __typename: 'TicketLinkedStory'; id: string; title: string; titleEn: string | null; accountName: string }>;
    voices: Array<{
      __typename: 'CustomerVoice';
      id: string;
      accountName: string;
      segment: CustomerSegment;
      annualContractValue: number | null;
      contactRole: string | null;
      channel: VoiceChannel;
      externalReference: string | null;
      verbatim: string;
      createdAt: string;
      filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      mergedFrom: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    timeline: Array<{
      __typename: 'TicketActivity';
      id: string;
      kind: TicketActivityKind;
      createdAt: string;
      body: string | null;
      internal: boolean;
      fromStatus: TicketStatus | null;
      toStatus: TicketStatus | null;
      actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      otherTicket: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export type BulkTriageTicketsMutationVariables = Exact<{
  input: BulkTriageInput;
}>;

export type BulkTriageTicketsMutation = {
  bulkTriageTickets: Array<{
    __typename: 'Ticket';
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  }>;
};

export type MergeTicketMutationVariables = Exact<{
  input: MergeTicketInput;
}>;

export type MergeTicketMutation = {
  mergeTicket: {
    __typename: 'Ticket';
    version: number;
    canEdit: boolean;
    canTriage: boolean;
    following: boolean;
    declineReason: string | null;
    firstTriagedAt: string | null;
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mergedInto: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    mergedFrom: Array<{ __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string }>;
    linkedGoals: Array<{ __typename: 'TicketLinkedGoal'; id: string; code: string; title: string; titleEn: string | null; status: string }>;
    linkedStories: Array<{ __typename: 'TicketLinkedStory'; id: string; title: string; titleEn: string | null; accountName: string }>;
    voices: Array<{
      __typename: 'CustomerVoice';
      id: string;
      accountName: string;
      segment: CustomerSegment;
      annualContractValue: number | null;
      contactRole: string | null;
      channel: VoiceChannel;
      externalReference: string | null;
      verbatim: string;
      createdAt: string;
      filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      mergedFrom: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    timeline: Array<{
      __typename: 'TicketActivity';
      id: string;
      kind: TicketActivityKind;
      createdAt: string;
      body: string | null;
      internal: boolean;
      fromStatus: TicketStatus | null;
      toStatus: TicketStatus | null;
      actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      otherTicket: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export type CommentOnTicketMutationVariables = Exact<{
  input: CommentOnTicketInput;
}>;

export type CommentOnTicketMutation = {
  commentOnTicket: {
    __typename: 'TicketActivity';
    id: string;
    kind: TicketActivityKind;
    createdAt: string;
    body: string | null;
    internal: boolean;
    fromStatus: TicketStatus | null;
    toStatus: TicketStatus | null;
    actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    otherTicket: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
  };
};

export type LinkableGoalsQueryVariables = Exact<{ [key: string]: never }>;

export type LinkableGoalsQuery = {
  goalBoard: {
    __typename: 'GoalBoard';
    groups: Array<{
      __typename: 'GoalBoardGroup';
      rows: Array<{
        __typename: 'GoalBoardRow';
        goal: { __typename: 'Goal'; id: string; code: string; title: string; titleEn: string | null; status: GoalStatus };
      }>;
    }>;
  };
};

export type LinkableStoriesQueryVariables = Exact<{
  search: string;
}>;

export type LinkableStoriesQuery = {
  stories: {
    __typename: 'StorySearchResult';
    hits: Array<{
      __typename: 'StorySearchHit';
      story: {
        __typename: 'Story';
        id: string;
        title: string;
        titleEn: string | null;
        customer: { __typename: 'StoryCustomer'; accountName: string };
      };
    }>;
  };
};

export type LinkTicketMutationVariables = Exact<{
  input: TriageTicketInput;
}>;

export type LinkTicketMutation = {
  triageTicket: {
    __typename: 'Ticket';
    version: number;
    canEdit: boolean;
    canTriage: boolean;
    following: boolean;
    declineReason: string | null;
    firstTriagedAt: string | null;
    id: string;
    code: string;
    number: number;
    status: TicketStatus;
    summary: string;
    category: TicketCategory;
    impact: TicketImpact;
    theme: string | null;
    customerCount: number;
    revenueAtStake: number;
    voiceCount: number;
    segments: Array<CustomerSegment>;
    filedAt: string;
    statusChangedAt: string;
    updatedAt: string;
    triageDueAt: string;
    triageOverdue: boolean;
    filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
    mergedInto: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    mergedFrom: Array<{ __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string }>;
    linkedGoals: Array<{ __typename: 'TicketLinkedGoal'; id: string; code: string; title: string; titleEn: string | null; status: string }>;
    linkedStories: Array<{ __typename: 'TicketLinkedStory'; id: string; title: string; titleEn: string | null; accountName: string }>;
    voices: Array<{
      __typename: 'CustomerVoice';
      id: string;
      accountName: string;
      segment: CustomerSegment;
      annualContractValue: number | null;
      contactRole: string | null;
      channel: VoiceChannel;
      externalReference: string | null;
      verbatim: string;
      createdAt: string;
      filer: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      mergedFrom: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    timeline: Array<{
      __typename: 'TicketActivity';
      id: string;
      kind: TicketActivityKind;
      createdAt: string;
      body: string | null;
      internal: boolean;
      fromStatus: TicketStatus | null;
      toStatus: TicketStatus | null;
      actor: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
      otherTicket: { __typename: 'TicketRef'; id: string; code: string; number: number; status: TicketStatus; summary: string } | null;
    }>;
    productArea: {
      __typename: 'ProductArea';
      id: string;
      key: string;
      nameJa: string;
      nameEn: string;
      active: boolean;
      sortOrder: number;
    } | null;
    owner: { __typename: 'Person'; id: string; displayName: string; displayNameEn: string; displayNameKana: string | null } | null;
  };
};

export const OrgChartPersonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrgChartPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'directReportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgChartPersonFragment, unknown>;
export const PersonCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonCardFragment, unknown>;
export const DepartmentNodeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentNodeFragment, unknown>;
export const TeamEventFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamEventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamEventFieldsFragment, unknown>;
export const TeamSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamSummaryFragment, unknown>;
export const TeamMemberFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamMemberFieldsFragment, unknown>;
export const TeamDetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamDetailsFragment, unknown>;
export const GoalPeriodFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPeriodFieldsFragment, unknown>;
export const GoalProgressFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paceValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalProgressFieldsFragment, unknown>;
export const GoalPersonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPersonFragment, unknown>;
export const GoalFactsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastCheckInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalProgressFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paceValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalFactsFragment, unknown>;
export const GoalSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCheckIn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paceValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastCheckInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalProgressFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalSummaryFragment, unknown>;
export const GoalBoardLineFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalBoardLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalBoardLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'goalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastCheckInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalBoardLineFieldsFragment, unknown>;
export const GoalCheckInCommentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalCheckInCommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalCheckInComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalCheckInCommentFieldsFragment, unknown>;
export const GoalCheckInFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalCheckInFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalCheckIn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkInId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalCheckInFieldsFragment, unknown>;
export const GoalFormFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyTargets' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recurring' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalFormFieldsFragment, unknown>;
export const EditionAuthorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionAuthorFragment, unknown>;
export const NewsletterNameFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewsletterNameFragment, unknown>;
export const EditionReactionsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionReactionsFragment, unknown>;
export const EditionCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionCardFragment, unknown>;
export const EditionDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinnedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readProgress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionDetailFragment, unknown>;
export const CommentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const NewsletterSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyWide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewsletterSummaryFragment, unknown>;
export const DepartmentEngagementRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentEngagementRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DepartmentEngagement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentEngagementRowFragment, unknown>;
export const EditionEngagementFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionEngagement' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionAnalytics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reactionRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byDepartment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentEngagementRow' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentEngagementRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DepartmentEngagement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionEngagementFragment, unknown>;
export const SignInCandidateFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInCandidate' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInCandidateFragment, unknown>;
export const NotificationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const StoryPersonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryPersonFragment, unknown>;
export const StoryOutcomeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryOutcomeFieldsFragment, unknown>;
export const StoryCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryOutcomeFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verification' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryCardFragment, unknown>;
export const StoryMarksFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryMarks' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookmarkCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookmarkedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryMarksFragment, unknown>;
export const StorySavedFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StorySaved' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StorySavedFragment, unknown>;
export const VoiceProductAreaFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoiceProductAreaFragment, unknown>;
export const VoicePersonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoicePersonFragment, unknown>;
export const TicketRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TicketRowFragment, unknown>;
export const TicketRefFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TicketRefFieldsFragment, unknown>;
export const TicketActivityFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'otherTicket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TicketActivityFieldsFragment, unknown>;
export const TicketDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canTriage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'following' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstTriagedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedGoals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedStories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'segment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualContractValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verbatim' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mergedFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketActivityFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'otherTicket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TicketDetailFragment, unknown>;
export const ImportDirectoryDocument = {
  __meta__: { hash: 'sha256:cebc109cf97a6ab4fab705c311bf535fc0f6a314b53209edd969fdf849879a1b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportDirectory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportDirectoryInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importDirectory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'departmentsCreated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departmentsUpdated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departmentsUnchanged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'peopleCreated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'peopleUpdated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'peopleDeactivated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'peopleUnchanged' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstLine' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportDirectoryMutation, ImportDirectoryMutationVariables>;
export const OrgChartRootsDocument = {
  __meta__: { hash: 'sha256:aceeefdcc08be8ed49142bf798c3486915f97c3f31f44b9047b421a8428cb8f0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrgChartRoots' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgChartRoots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrgChartPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrgChartPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'directReportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgChartRootsQuery, OrgChartRootsQueryVariables>;
export const OrgChartReportsDocument = {
  __meta__: { hash: 'sha256:cee8073efeb778155252d41330b518026697d57a786e425d5a8958e0b86a2508' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrgChartReports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'directReports' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrgChartPerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrgChartPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'directReportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgChartReportsQuery, OrgChartReportsQueryVariables>;
export const OrgChartPathDocument = {
  __meta__: { hash: 'sha256:0b465b159f411ab99089396900e8725e759124bf5a043cff2df4ed14875ec957' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrgChartPath' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgChartPath' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrgChartPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrgChartPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'directReportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgChartPathQuery, OrgChartPathQueryVariables>;
export const OrgChartSearchDocument = {
  __meta__: { hash: 'sha256:dcc225bc879bd7f1dad1bf4d822595cff4791a6f68d31dc9591c81b3fe0cffb2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrgChartSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'department' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgChartSearchQuery, OrgChartSearchQueryVariables>;
export const PeopleDocument = {
  __meta__: { hash: 'sha256:386170b26633eeeed60cf482c861c7d0f183d102b2042ad9cdd612a3e3173563' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'People' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonCard' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonProfileDocument = {
  __meta__: { hash: 'sha256:fd3093eed860f9070cf96fcf6804c690968f124328e0744104b74ea987367909' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonCard' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'manager' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonCard' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'directReports' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonCard' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const UpdateMyProfileDocument = {
  __meta__: { hash: 'sha256:08e5e8da7cf62531b8bd0b704f43e7cb518f5b750e32bcaec3b82f0b1ea1b201' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMyProfileInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const DepartmentTreeDocument = {
  __meta__: { hash: 'sha256:89fd355898879a275be5b38b309b4c7c405e553c6ff5cc8b773c61354ea17adb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartmentTree' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentTreeQuery, DepartmentTreeQueryVariables>;
export const DepartmentDetailDocument = {
  __meta__: { hash: 'sha256:914d1a454c826b8120ee97bb89f231942bb7a0d62f68bb9d89bde7d9c3f3c351' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartmentDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentNode' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentNode' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentDetailQuery, DepartmentDetailQueryVariables>;
export const TeamDirectoryDocument = {
  __meta__: { hash: 'sha256:e35f8caa7c412635fccd0d1b886d71551cde66629b1f50cc3b0b817763ee9c02' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamDirectory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'leads' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamDirectoryQuery, TeamDirectoryQueryVariables>;
export const TeamPageDocument = {
  __meta__: { hash: 'sha256:3ce4fdd66fc194d406d218b63401acd0e720f0fa5c63aa2d8b161229491449ea' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamPageQuery, TeamPageQueryVariables>;
export const TeamPastMembersDocument = {
  __meta__: { hash: 'sha256:5f0670639518ce2ad39c9f84621c2aabc2dbc2ab37c9da84af10b7b7e61e81ad' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamPastMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  arguments: [
                    { kind: 'Argument', name: { kind: 'Name', value: 'includePast' }, value: { kind: 'BooleanValue', value: true } },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamPastMembersQuery, TeamPastMembersQueryVariables>;
export const TeamHistoryPageDocument = {
  __meta__: { hash: 'sha256:cbdc5746b8d2d8e1ef321b4954db0059d6a9d16a1488310e63ba949d83d429ce' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamHistoryPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  arguments: [
                    { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamEventFields' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamEventFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamHistoryPageQuery, TeamHistoryPageQueryVariables>;
export const TeamGoalOptionsDocument = {
  __meta__: { hash: 'sha256:2cd45d49c1f59d6b543a091e983bc812e40b3b3c72a0d8e320d87e6db2fda416' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamGoalOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalBoard' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamGoalOptionsQuery, TeamGoalOptionsQueryVariables>;
export const PersonTeamsDocument = {
  __meta__: { hash: 'sha256:d14ee7bb8f520807d9c8ded41b78a7eefcd87da40e3f6b9b16235246be941719' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonTeams' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalAllocation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonTeamsQuery, PersonTeamsQueryVariables>;
export const DepartmentTeamsDocument = {
  __meta__: { hash: 'sha256:b830d4e0ddee6c5badabcc718ae836d4e1f6ded5ae6f758027a9f995c2b7f219' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartmentTeams' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentTeamsQuery, DepartmentTeamsQueryVariables>;
export const CreateTeamDocument = {
  __meta__: { hash: 'sha256:b8a40ed29eb98e24033559e85502e3d996d4f05ee139b426f2be8c7ed7df525e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTeamInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const UpdateTeamDocument = {
  __meta__: { hash: 'sha256:dc669863ce7c8343e51ad4db2d96cb3f7d025b501cce599b47e3a7752150f3ef' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTeamInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const AddTeamMemberDocument = {
  __meta__: { hash: 'sha256:044bb966d51816a6aae1ffc87bb7c94baddca22bee73b94736df3f9b9adc181d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddTeamMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddTeamMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addTeamMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const UpdateTeamMemberDocument = {
  __meta__: { hash: 'sha256:45cf60a0088d2559653d1e61deecfbee930cc1d5974d23f60b72d3cab95927e8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTeamMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTeamMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTeamMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTeamMemberMutation, UpdateTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = {
  __meta__: { hash: 'sha256:64ec0ab80c9cf2f352d9702dbc1e4093df7553484a77b50430c0f354b4c5479a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveTeamMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeTeamMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'memberId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'memberId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const LinkTeamGoalDocument = {
  __meta__: { hash: 'sha256:9dc3352b128a07df16012fdeca3eeafa441fd3fa9538a6a040913512c4402371' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkTeamGoal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LinkTeamGoalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkTeamGoal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkTeamGoalMutation, LinkTeamGoalMutationVariables>;
export const UnlinkTeamGoalDocument = {
  __meta__: { hash: 'sha256:fb248511ebb3effe07e436f9c75503eca21f1c1e186bd71046b4c92988ab966f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnlinkTeamGoal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'goalId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlinkTeamGoal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'goalId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'goalId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departmentMix' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'department' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mission' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamMemberFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnlinkTeamGoalMutation, UnlinkTeamGoalMutationVariables>;
export const GoalBoardDocument = {
  __meta__: { hash: 'sha256:61cf4e55c4318c9e762dcf65ff4ba79b9fd53cfef3426075ce027fa1960b715a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalBoard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalBoard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fiscalYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fiscalYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quarter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onTrack' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'atRisk' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'offTrack' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noCheckIn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'matches' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalFacts' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paceValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastCheckInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalProgressFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalBoardQuery, GoalBoardQueryVariables>;
export const GoalBoardCsvDocument = {
  __meta__: { hash: 'sha256:dbd60622b71d55c7e1af2552be3effe2f5e79894231abfe991e1a27a14f40cf6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalBoardCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Locale' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalBoardCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fiscalYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalBoardCsvQuery, GoalBoardCsvQueryVariables>;
export const GoalBoardTeamOptionsDocument = {
  __meta__: { hash: 'sha256:7299ef8a4e373017b7b1a5f0ac79a9a4f7dfaad9cf98ba3425eeb0c133cdb34e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalBoardTeamOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalBoardTeamOptionsQuery, GoalBoardTeamOptionsQueryVariables>;
export const GoalBoardTeamDocument = {
  __meta__: { hash: 'sha256:60412c7028cd914fc529b8d58aaea02de5ac97071e43c8cf04660e3be2e95116' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalBoardTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalBoardTeamQuery, GoalBoardTeamQueryVariables>;
export const GoalBoardSnapshotsDocument = {
  __meta__: { hash: 'sha256:ea7c8889a5cbbe7df1d87fdcc3049b4cdf1608ae8b3f3745a2f71bac90283213' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalBoardSnapshots' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalBoardSnapshots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalBoardSnapshotsQuery, GoalBoardSnapshotsQueryVariables>;
export const GoalBoardSnapshotDocument = {
  __meta__: { hash: 'sha256:89db1b52e273e62e917b8a88d948924d686bb67c445449eaed0c5fa3a8867054' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalBoardSnapshot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalBoardSnapshot' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalBoardLineFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalBoardLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalBoardLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'goalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastCheckInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalBoardSnapshotQuery, GoalBoardSnapshotQueryVariables>;
export const GoalDocument = {
  __meta__: { hash: 'sha256:9a808af2167b2467d162c9c65e66a7363741d6908cd84d792862065378cf35c1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Goal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goal' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalFacts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recurring' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seriesId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyTargets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'childWeightTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalFacts' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'series' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkIns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalCheckInFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', alias: { kind: 'Name', value: 'teamId' }, name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'today' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearStartMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paceValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastCheckInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalProgressFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalCheckInFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalCheckIn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkInId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalQuery, GoalQueryVariables>;
export const GoalAccessDocument = {
  __meta__: { hash: 'sha256:f1a2d314d09043bb9a29b6df96056ac43bb08a37d64ff690d84bf9940ba32ba4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goal' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canCheckIn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalAccessQuery, GoalAccessQueryVariables>;
export const MyGoalsDocument = {
  __meta__: { hash: 'sha256:f1d2c8df2a2e71736774f3104817ae3abfe672588fb23779a57e941a5b829664' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyGoals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myGoals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'checkInsDue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owned' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalSummary' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contributing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalSummary' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'today' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paceValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastCheckInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalProgressFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCheckIn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyGoalsQuery, MyGoalsQueryVariables>;
export const GoalCheckInContextDocument = {
  __meta__: { hash: 'sha256:9232675a1cc2873db48e44a9fa72d1bf8132000436c29ae29f2a410a942d7ce4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalCheckInContext' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goal' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkIns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalCheckInContextQuery, GoalCheckInContextQueryVariables>;
export const RecordCheckInDocument = {
  __meta__: { hash: 'sha256:dce73a95da7c1c76f2f5f183d81d8339fbd42380accababbbe47e5fcd8d14924' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCheckIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordCheckInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCheckIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalCheckInFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalCheckInFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalCheckIn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkInId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordCheckInMutation, RecordCheckInMutationVariables>;
export const CommentOnCheckInDocument = {
  __meta__: { hash: 'sha256:4d18c90ec09d4b083091a22aa97008367410310b57e18033d681bc7cd8a0b8b5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentOnCheckIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommentOnCheckInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentOnCheckIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalCheckInCommentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalCheckInCommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalCheckInComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentOnCheckInMutation, CommentOnCheckInMutationVariables>;
export const SetGoalStatusDocument = {
  __meta__: { hash: 'sha256:db7849711ffbb6504041045d0cd4e8858da5d46795b15cfd18ece0a629744355' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetGoalStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetGoalStatusInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGoalStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canCheckIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalProgressFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pace' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paceValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestedConfidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetGoalStatusMutation, SetGoalStatusMutationVariables>;
export const RollGoalForwardDocument = {
  __meta__: { hash: 'sha256:c10053aac48f42b6cb42d81e7e10c36fd8bee091bccdca51066abeec7c374427' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RollGoalForward' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RollGoalForwardInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollGoalForward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RollGoalForwardMutation, RollGoalForwardMutationVariables>;
export const GoalFormDocument = {
  __meta__: { hash: 'sha256:91168e220e9fa25451d589e5e987cb04cb1e0491422a539e05e58611adb99854' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalForm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goal' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalFormFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyTargets' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recurring' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalFormQuery, GoalFormQueryVariables>;
export const GoalFormSettingsDocument = {
  __meta__: { hash: 'sha256:42e6730da53b83db81118a5c898d6f26579615c710928422b405f16bbeae5f18' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalFormSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentFiscalYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentQuarter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearStartMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalFormSettingsQuery, GoalFormSettingsQueryVariables>;
export const GoalParentOptionsDocument = {
  __meta__: { hash: 'sha256:085ca62a4fc2aac64a8bc779ee262ce5251f6298a2ad7bd26ffb0472f8bd7b4a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalParentOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalBoard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fiscalYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quarter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quarter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'period' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalParentOptionsQuery, GoalParentOptionsQueryVariables>;
export const CreateGoalDocument = {
  __meta__: { hash: 'sha256:80245b67d22a96e124a98fe3962557f58301ac512f2ad29ded91243ee57b6058' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateGoal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateGoalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createGoal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalFormFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyTargets' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recurring' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = {
  __meta__: { hash: 'sha256:0b96f23c35967aaa61ddc844ca29c907335d0856548c02d4a90e3f8ff71197f8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateGoal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateGoalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateGoal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalFormFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalPeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalPeriodModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeLow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rangeHigh' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyTargets' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalPeriodFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recurring' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const GoalTicketsDocument = {
  __meta__: { hash: 'sha256:7b488562b95a1d5302f8a590883f8b4eb15a53f80367ad27eb4d2f0c9f306764' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalTickets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'goalId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalTickets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'goalId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'goalId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalTicketsQuery, GoalTicketsQueryVariables>;
export const FeedDocument = {
  __meta__: { hash: 'sha256:c5cde0e22001176bab1c790fdfc9d9a2be7018ae7ae8ce72aefff0e6e509669d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Feed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const EditionDocument = {
  __meta__: { hash: 'sha256:22b7c630941a170f54584d81a72ce050432aef07082fa36469d1d8e713b29890' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Edition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edition' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinnedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readProgress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionQuery, EditionQueryVariables>;
export const EditionCommentsDocument = {
  __meta__: { hash: 'sha256:6a4c8e0ae8d91694b3245dbd5c77df025e2b445a2e14d2a90dcf4e659f1d60bd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditionComments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edition' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comments' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'replies' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionCommentsQuery, EditionCommentsQueryVariables>;
export const SetReactionDocument = {
  __meta__: { hash: 'sha256:59a450c33f6c96b99490b7b30e8f6fcba43d5f6ad9965e3b9bafb716ebac0629' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetReaction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReactionKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'on' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setReaction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'on' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'on' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetReactionMutation, SetReactionMutationVariables>;
export const EditionReactionsChangedDocument = {
  __meta__: { hash: 'sha256:1b5214b81f8c1e6544a0c835a31e6a411b753585ad761dda5b44b85dac9ca8ca' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'EditionReactionsChanged' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editionReactionsChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionReactionsChangedSubscription, EditionReactionsChangedSubscriptionVariables>;
export const RecordEditionReadDocument = {
  __meta__: { hash: 'sha256:00a15ebf323382baf50add96a198889f74b271bd975411c8d1726ba32a8e9715' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordEditionRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'progress' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReadProgress' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dwellSeconds' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordEditionRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'progress' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'progress' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dwellSeconds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dwellSeconds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recorded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordEditionReadMutation, RecordEditionReadMutationVariables>;
export const AcknowledgeEditionDocument = {
  __meta__: { hash: 'sha256:21b7acc3070c0da3539f88824fa7a31469a6ecf426016f1045c8e3617a27985e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeEdition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeEdition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeEditionMutation, AcknowledgeEditionMutationVariables>;
export const PostCommentDocument = {
  __meta__: { hash: 'sha256:a24478f5ac013e10643bd6e64c1e5ddcc5b7741a22689cb4b6464c9af28f28b5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PostCommentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostCommentMutation, PostCommentMutationVariables>;
export const EditCommentDocument = {
  __meta__: { hash: 'sha256:3d14dac23b8c5cf5bd9405d25429481dab50b2852f905e162d461e1ec3465626' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditCommentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = {
  __meta__: { hash: 'sha256:de3b542a3fa40c74327caecbd2fc435f7ccc549c8f23f069807056defd9d17d7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteComment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const HideCommentDocument = {
  __meta__: { hash: 'sha256:4b4bd9a2309b8726d91ace0f69167c1c67268742ce1b643dbc76019f607a300b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HideComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'HideCommentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hideComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HideCommentMutation, HideCommentMutationVariables>;
export const MentionCandidatesDocument = {
  __meta__: { hash: 'sha256:bdceed3632ed0d2735b000e36ce51fc480665fb14f23a244de704be07982ee0e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MentionCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '8' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'department' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const NewslettersDocument = {
  __meta__: { hash: 'sha256:ea17fc9d5d4b2e7cb08f098ac9ebedad84d64c0fd329639171920414dc4aad86' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Newsletters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletters' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterSummary' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyWide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewslettersQuery, NewslettersQueryVariables>;
export const NewsletterDocument = {
  __meta__: { hash: 'sha256:74b4fd4d487a9df607b5d3be4494c093458b342b528eb95246338560c16ba364' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Newsletter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyWide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewsletterQuery, NewsletterQueryVariables>;
export const NewsletterEditionsDocument = {
  __meta__: { hash: 'sha256:9d243a0118d58d88375e68b8425f528ae13517fb517adb6841905df18daa0089' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewsletterEditions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionStatus' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewsletterEditionsQuery, NewsletterEditionsQueryVariables>;
export const FollowNewsletterDocument = {
  __meta__: { hash: 'sha256:f683836ac5f143eabba2378c9994091951c7bd542065b93e85e144d6f9b7b6ce' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FollowNewsletter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newsletterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'follow' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followNewsletter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newsletterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newsletterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'follow' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'follow' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followed' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowNewsletterMutation, FollowNewsletterMutationVariables>;
export const CreateNewsletterDocument = {
  __meta__: { hash: 'sha256:1c08b04ffbcf56b5cb542dddd1b68bfcba80d8a6f254d872afe5d696bbb0e639' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateNewsletter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateNewsletterInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createNewsletter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyWide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateNewsletterMutation, CreateNewsletterMutationVariables>;
export const NewsletterPreferencesDocument = {
  __meta__: { hash: 'sha256:19c8280ef0eae9d45f4bef71d3fe209a8bcbfaf310065e6fd824b3820144a645' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewsletterPreferences' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletterPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'weeklyDigest' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewsletterPreferencesQuery, NewsletterPreferencesQueryVariables>;
export const UpdateNewsletterPreferencesDocument = {
  __meta__: { hash: 'sha256:deb7fb6b2e56a7e7bb764567e9b083c9381458652fe412873f2defac3d5c4ec1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNewsletterPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'weeklyDigest' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNewsletterPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'weeklyDigest' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'weeklyDigest' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'weeklyDigest' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateNewsletterPreferencesMutation, UpdateNewsletterPreferencesMutationVariables>;
export const CreateEditionDocument = {
  __meta__: { hash: 'sha256:30cf8486e77d32f6d936168be98e0dc33b6f9733baa5d0b5b71ecbbd5a4e7848' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateEdition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateEditionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createEdition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinnedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readProgress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateEditionMutation, CreateEditionMutationVariables>;
export const UpdateEditionDocument = {
  __meta__: { hash: 'sha256:e2b9d1665abacd5bf04ebd59ec1c9d8814c3127f5a5a33132b3f9455a03ca378' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEdition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateEditionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEdition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinnedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readProgress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateEditionMutation, UpdateEditionMutationVariables>;
export const ScheduleEditionDocument = {
  __meta__: { hash: 'sha256:11098e3ad63e0a98b0e377c0fb23006d9772111127b3722cf1352bbe5784ec79' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleEdition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleEditionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleEdition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinnedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readProgress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleEditionMutation, ScheduleEditionMutationVariables>;
export const UnscheduleEditionDocument = {
  __meta__: { hash: 'sha256:d5fc1f517cc0e82531b7a24dc1761e3f28774be5b63f611d6522480164bfefba' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnscheduleEdition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unscheduleEdition' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinnedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readProgress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnscheduleEditionMutation, UnscheduleEditionMutationVariables>;
export const PublishEditionDocument = {
  __meta__: { hash: 'sha256:a648ed930951551d63cca44d2016ef4c940cc910866d862bdc8bd132623a2a5c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishEdition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishEdition' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinnedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readProgress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishEditionMutation, PublishEditionMutationVariables>;
export const ArchiveEditionDocument = {
  __meta__: { hash: 'sha256:56a3b42cd2d2b452d60963f012f3bbcbbaa8cf2093b8d7dfd1867b25cd45acf8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveEdition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveEdition' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionAuthor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewsletterName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Newsletter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionReactions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emoji' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reactedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionAuthor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NewsletterName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionReactions' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinnedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readProgress' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audience' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveEditionMutation, ArchiveEditionMutationVariables>;
export const EditionAnalyticsDocument = {
  __meta__: { hash: 'sha256:cb700664dee0029445d9eb8da4901bd9e506c1383ac197b0e8b0a0d43e0cbffc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditionAnalytics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editionAnalytics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionEngagement' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentEngagementRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DepartmentEngagement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionEngagement' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EditionAnalytics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reactionRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byDepartment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentEngagementRow' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionAnalyticsQuery, EditionAnalyticsQueryVariables>;
export const EditionAcknowledgementsDocument = {
  __meta__: { hash: 'sha256:a91e4cb13f008ce9cbefa09a367d785bb3bb964884402191880142842ca622ee' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditionAcknowledgements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'acknowledged' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editionAcknowledgements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'acknowledged' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'acknowledged' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'department' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionAcknowledgementsQuery, EditionAcknowledgementsQueryVariables>;
export const SendMustReadReminderDocument = {
  __meta__: { hash: 'sha256:b2d41317434868d4145941fb709710b43a24e3935f2038cb5e098abe649297de' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendMustReadReminder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendMustReadReminder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'notified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextAllowedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendMustReadReminderMutation, SendMustReadReminderMutationVariables>;
export const NewsletterAnalyticsDocument = {
  __meta__: { hash: 'sha256:06b8a0b2da9d7d6ee60c840eb03fa1833568b73901140ec7504fda8a0ccaa329' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewsletterAnalytics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newsletterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newsletterAnalytics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newsletterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newsletterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'newsletterId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mustRead' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reactors' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comments' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgements' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reactionRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgementRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weeks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'editions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reactors' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comments' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acknowledgements' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reactionRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byDepartment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentEngagementRow' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentEngagementRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DepartmentEngagement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'audienceSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewsletterAnalyticsQuery, NewsletterAnalyticsQueryVariables>;
export const EditionReactorsDocument = {
  __meta__: { hash: 'sha256:8512e9696d99f85c6c72746442bb4e2de392839a2dbc8c6e3508be5ce3a8cc0a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditionReactors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReactionKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edition' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reactors' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reactedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'department' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionReactorsQuery, EditionReactorsQueryVariables>;
export const EditionVersionsDocument = {
  __meta__: { hash: 'sha256:7ad891a538b701862d265e86e9b1d233b89483cc7be93c60a33f77c2143bbaaa' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditionVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edition' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'coverImageUrl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'replacedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionVersionsQuery, EditionVersionsQueryVariables>;
export const MeDocument = {
  __meta__: { hash: 'sha256:8e3f3afd698678e77bfa19e85651b602879877d8596206cd7cc880da346dc2f7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UpdateMyLocaleDocument = {
  __meta__: { hash: 'sha256:961396b5d59206a585b658038178fbe7083bc503c1ca45476130e887d84c0088' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyLocale' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'preferredLocale' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Locale' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'preferredLocale' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'preferredLocale' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const AuthOptionsDocument = {
  __meta__: { hash: 'sha256:ff83e4c88e3d6a22b6b57dc8118564cbee04fc548b15e6f8f457e0841da06a56' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuthOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'entraEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'devSignInEnabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'personas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignInCandidate' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInCandidate' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthOptionsQuery, AuthOptionsQueryVariables>;
export const DevSignInCandidatesDocument = {
  __meta__: { hash: 'sha256:1b81365fb1033d9f5e15af193c1ddfd9e8716d60957bacb6f246fc44611d56df' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DevSignInCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'devSignInCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SignInCandidate' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInCandidate' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DevSignInCandidatesQuery, DevSignInCandidatesQueryVariables>;
export const UnreadNotificationCountDocument = {
  __meta__: { hash: 'sha256:dcaff2ad9c68794a7528d4ec7ed97809a40f2fbb54acd15c6586b339adef7bac' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }] },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = {
  __meta__: { hash: 'sha256:4aecbdb08fb9f07376531a7ade0bb15e6ba0deaebbb97c37a99cf2f3c63e4967' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationItem' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {
  __meta__: { hash: 'sha256:d9668195421a9da1ea4cb7f0a871a989c8f3fad4dec46f5ed4a6992be2bfcd9b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'ListValue', values: [{ kind: 'Variable', name: { kind: 'Name', value: 'id' } }] },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {
  __meta__: { hash: 'sha256:a1aa1d5e17994a224e42ba2caaa982a462dc1289be70c4e9576919f116dd863c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAllNotificationsRead' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markNotificationsRead' } }] },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {
  __meta__: { hash: 'sha256:8291f3ce8723e7c722631cd75d5dd8ad86679fa4f1a42aa36293217305736eaf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NotificationAdded' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationAdded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationItem' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const DepartmentOptionsDocument = {
  __meta__: { hash: 'sha256:2acb5f8340d89f66436b5b2e19cbf288c755943608da2727d0c2bbf56fb4f8e1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartmentOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentOptionsQuery, DepartmentOptionsQueryVariables>;
export const PeopleCandidatesDocument = {
  __meta__: { hash: 'sha256:a2f2452144e73f7cc16cb1644fd9215975d61cb9751e2b4a7922062a21cf66dc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeopleCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '8' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'department' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleCandidatesQuery, PeopleCandidatesQueryVariables>;
export const StoriesSearchDocument = {
  __meta__: { hash: 'sha256:c4865d8f5e3bcdc4c7d74ad57278086398b1a88650e31839e264d3dd7679de19' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StoriesSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryFilterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StorySort' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'corrections' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'word' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'similar' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'facets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'withOutcomes' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'industries' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'departments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'department' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'products' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tags' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'verification' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'titleHighlight' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'snippet' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'story' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryCard' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryOutcomeFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verification' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoriesSearchQuery, StoriesSearchQueryVariables>;
export const MyStoriesDocument = {
  __meta__: { hash: 'sha256:d7ed33a240b9df25f2b6b05ea7957a95ae509a4435ab12a8382415b95ee015e5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyStories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MyStoriesScope' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myStories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryCard' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryOutcomeFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verification' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyStoriesQuery, MyStoriesQueryVariables>;
export const StoryDocument = {
  __meta__: { hash: 'sha256:c22a2c779d0efbf473fb3497bae6cb385bb800b49079be2f61a09599a4681036' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Story' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'story' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryCard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryMarks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentUpdatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canVerify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'challengeHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'solutionHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resultHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'products' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifyIntervalDays' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'companySize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quote' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attribution' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'verification' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'intervalDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'verifiedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryPerson' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryPerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coAuthors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryPerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryPerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'verifier' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryPerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryPerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviews' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reviewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryPerson' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryOutcomeFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verification' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryMarks' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookmarkCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookmarkedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryQuery, StoryQueryVariables>;
export const SimilarStoriesDocument = {
  __meta__: { hash: 'sha256:926cdd4c06918456360120781eddfe421ca659c9b3a520c8801f2ab093a67317' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SimilarStories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'story' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'similar' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryCard' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryOutcomeFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verification' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimilarStoriesQuery, SimilarStoriesQueryVariables>;
export const StoryVersionsDocument = {
  __meta__: { hash: 'sha256:0d32751f5df7ca1c02ed21d570cca5b4fd6d5a4ecdaf2912c257de05dc751853' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StoryVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'story' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'challengeHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'solutionHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resultHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'outcomes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryOutcomeFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'replacedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryPerson' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryVersionsQuery, StoryVersionsQueryVariables>;
export const CreateStoryDocument = {
  __meta__: { hash: 'sha256:d478b0c842adf5f8362368040e36c7ed0041ecd134e83ed1eb2495bc52d162db' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateStoryInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StorySaved' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StorySaved' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStoryMutation, CreateStoryMutationVariables>;
export const UpdateStoryDocument = {
  __meta__: { hash: 'sha256:12f904493fef35c044bc9d8319e4c4b9e15c6d4368d6c90e88593bfd4b701c18' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateStoryInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StorySaved' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StorySaved' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStoryMutation, UpdateStoryMutationVariables>;
export const SubmitStoryDocument = {
  __meta__: { hash: 'sha256:6fc71dc1b60eab7b97519fb51f557f88e11d7ff6bf3693b7741e3af183596ae3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitStoryInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitStory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StorySaved' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StorySaved' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitStoryMutation, SubmitStoryMutationVariables>;
export const ReviewStoryDocument = {
  __meta__: { hash: 'sha256:088ac05b23b63ceebb1e3a8c08da32f63d6232c52eaf30be2fc348a4917de9af' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewStoryInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewStory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StorySaved' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StorySaved' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewStoryMutation, ReviewStoryMutationVariables>;
export const VerifyStoryDocument = {
  __meta__: { hash: 'sha256:d1bbb80552400d38102d4180a482d0c53828bfb2f8738b3b0203d05872128e01' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyStory' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StorySaved' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StorySaved' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyStoryMutation, VerifyStoryMutationVariables>;
export const ArchiveStoryDocument = {
  __meta__: { hash: 'sha256:4823f0de1baf440edba34f4bfb195aed1f2ce28c6a3fe95b890421f083c64755' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveStory' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StorySaved' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StorySaved' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveStoryMutation, ArchiveStoryMutationVariables>;
export const RestoreStoryDocument = {
  __meta__: { hash: 'sha256:89b32e15318250c59a003e99c9cacd9d7a4f0bd5168353c98f1a033989588dee' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreStory' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StorySaved' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StorySaved' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestoreStoryMutation, RestoreStoryMutationVariables>;
export const SetStoryHelpfulDocument = {
  __meta__: { hash: 'sha256:5e2db0860eced7a340d8e138270ee2f0a47c96755a7c2de2c9a278a8b8173171' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetStoryHelpful' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'helpful' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setStoryHelpful' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'helpful' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'helpful' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryMarks' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryMarks' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookmarkCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookmarkedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetStoryHelpfulMutation, SetStoryHelpfulMutationVariables>;
export const SetStoryBookmarkedDocument = {
  __meta__: { hash: 'sha256:40a5dbc79e2eea9f2057513d9a9a6cc324d8df7ebcae657369a44bffd5fa3ba8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetStoryBookmarked' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bookmarked' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setStoryBookmarked' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bookmarked' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bookmarked' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryMarks' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryMarks' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'helpfulByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookmarkCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookmarkedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetStoryBookmarkedMutation, SetStoryBookmarkedMutationVariables>;
export const RecordStoryViewDocument = {
  __meta__: { hash: 'sha256:72bcb65ac09ab1fdc854598c5c7cefc6ae768df8996343647cea76f77f9b30d5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordStoryView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordStoryView' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordStoryViewMutation, RecordStoryViewMutationVariables>;
export const VoiceSettingsDocument = {
  __meta__: { hash: 'sha256:d792d80d90c8e8fa2ef0e37ff3588c1bb15eca3c4453703400920548cfd66ef5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VoiceSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voiceSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'canTriage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triageTargetDays' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoiceSettingsQuery, VoiceSettingsQueryVariables>;
export const VoiceProductAreasDocument = {
  __meta__: { hash: 'sha256:2a1652bb16fb4eef8d9e78e7f386125b4bc02ca64fd36f80cbe50348c55cc59f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VoiceProductAreas' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productAreas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoiceProductAreasQuery, VoiceProductAreasQueryVariables>;
export const SimilarTicketsDocument = {
  __meta__: { hash: 'sha256:b307ab3a33b92f7319e23256e75597e1d3de24af2bd03677cbaeb24a73862c7e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SimilarTickets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'similarTickets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summaryHighlight' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ticket' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productArea' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimilarTicketsQuery, SimilarTicketsQueryVariables>;
export const MyTicketsDocument = {
  __meta__: { hash: 'sha256:92e83b3cc4753457571aee69191a5001273d8e2bcd322637d0249e6f7bd78719' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTickets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myTickets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTicketsQuery, MyTicketsQueryVariables>;
export const InboxTicketsDocument = {
  __meta__: { hash: 'sha256:9d125f69566d5c0b74e46f458cfbd96549cc717921376900bdd425e37a6cf49d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxTickets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketFilterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketSort' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tickets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxTicketsQuery, InboxTicketsQueryVariables>;
export const TicketStatusCountsDocument = {
  __meta__: { hash: 'sha256:08d5ea8a12d45ece71bbf6d28b3d94b618298d4e1458d09bcb429adb50d3b89f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TicketStatusCounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketFilterInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ticketStatusCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TicketStatusCountsQuery, TicketStatusCountsQueryVariables>;
export const TicketDocument = {
  __meta__: { hash: 'sha256:bc4cd74e653b8d6d6c9195ec7ea92aaaa7d527759146e89d78595b44fe6e821d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Ticket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ticket' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voiceSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'canTriage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'triageTargetDays' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'otherTicket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canTriage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'following' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstTriagedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedGoals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedStories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'segment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualContractValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verbatim' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mergedFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketActivityFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const MergeCandidateDocument = {
  __meta__: { hash: 'sha256:bcd5b45b5d8cbef80dcae3648717d0b99e1299a658f1ef75fb1c928ed640e51f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MergeCandidate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ticket' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeCandidateQuery, MergeCandidateQueryVariables>;
export const VoiceInsightsDocument = {
  __meta__: { hash: 'sha256:95b70fd033483cf77dd2d76b607d708461116f3c5bb8a9e6cc8d52c7db6df8f7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VoiceInsights' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'months' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'productAreaId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voiceInsights' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'months' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'months' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'productAreaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'productAreaId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'months' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'volume' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tickets' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voices' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productArea' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'themes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tickets' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voices' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productArea' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'openTickets' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'productArea' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'triageTimes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'targetDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'triaged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withinTarget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianDays' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'buckets' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'fromDays' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toDays' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tickets' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'topRequested' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoiceInsightsQuery, VoiceInsightsQueryVariables>;
export const FileTicketDocument = {
  __meta__: { hash: 'sha256:9f6bfc1315864d0db6f24c2bcd28a1b4c1105be82bb05007fa3aa9d297cee1bb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FileTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FileTicketInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fileTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FileTicketMutation, FileTicketMutationVariables>;
export const AddVoiceToTicketDocument = {
  __meta__: { hash: 'sha256:12e6a1a053f92c1222db2c4f135ed32acf5b2af5996de82b6011f98785fe54fe' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddVoiceToTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddVoiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addVoiceToTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddVoiceToTicketMutation, AddVoiceToTicketMutationVariables>;
export const UpdateTicketDocument = {
  __meta__: { hash: 'sha256:440509de870766c4c943451932c47815d9f3e2a92928a339624197950c295966' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTicketInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'otherTicket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canTriage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'following' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstTriagedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedGoals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedStories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'segment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualContractValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verbatim' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mergedFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketActivityFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTicketMutation, UpdateTicketMutationVariables>;
export const TriageTicketDocument = {
  __meta__: { hash: 'sha256:6da832b715f48cb17b6f08d53e4ea94f50ee94aa953aadec7d2d3d368eacc851' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TriageTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TriageTicketInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'triageTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'otherTicket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canTriage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'following' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstTriagedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedGoals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedStories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'segment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualContractValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verbatim' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mergedFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketActivityFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TriageTicketMutation, TriageTicketMutationVariables>;
export const BulkTriageTicketsDocument = {
  __meta__: { hash: 'sha256:7ae5f8cfd69241946441dca065019b59f1008f95ecf71646d1cc25f23e23e07a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkTriageTickets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkTriageInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkTriageTickets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkTriageTicketsMutation, BulkTriageTicketsMutationVariables>;
export const MergeTicketDocument = {
  __meta__: { hash: 'sha256:c87f0698136e62df3e02912fbcdabef07e699ecb22bda693eba9a6d6da621fd4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MergeTicketInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'otherTicket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canTriage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'following' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstTriagedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedGoals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedStories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'segment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualContractValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verbatim' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mergedFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketActivityFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeTicketMutation, MergeTicketMutationVariables>;
export const CommentOnTicketDocument = {
  __meta__: { hash: 'sha256:a96ec61d6133373c3a10f6b6f3e2038e8c9e9fb64c5d7c304d4342e0c156199e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentOnTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommentOnTicketInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentOnTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketActivityFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'otherTicket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentOnTicketMutation, CommentOnTicketMutationVariables>;
export const LinkableGoalsDocument = {
  __meta__: { hash: 'sha256:9358cf3d1b5ed9a774672e18a86f2a5036fa925d3608b037b486abe07612009e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LinkableGoals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goalBoard' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkableGoalsQuery, LinkableGoalsQueryVariables>;
export const LinkableStoriesDocument = {
  __meta__: { hash: 'sha256:da4052b0a5b478002203005bfecf499fd17baddd1f726cd03f948e4bf93f465a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LinkableStories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'story' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'customer' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkableStoriesQuery, LinkableStoriesQueryVariables>;
export const LinkTicketDocument = {
  __meta__: { hash: 'sha256:6244c317c3826f60b13c055861dbc7ad10a19ba2e84a097031164d2e93d38553' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TriageTicketInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'triageTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketDetail' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoiceProductArea' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProductArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VoicePerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenueAtStake' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voiceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'segments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triageOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'productArea' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoiceProductArea' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TicketActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'otherTicket' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TicketDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canTriage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'following' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstTriagedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'filer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedGoals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkedStories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'segment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualContractValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verbatim' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'filer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VoicePerson' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mergedFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketRefFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TicketActivityFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkTicketMutation, LinkTicketMutationVariables>;
