import type { EditionAudienceKind, EditionStatus } from '../common/enums';
import { type NewsletterRow, toNewsletter } from '../newsletters/newsletter.model';
import type { Edition } from './edition.model';

export const EDITION_COLUMNS = `e.id, e.newsletter_id, e.author_id, e.status, e.title, e.summary, e.cover_image_url, e.body_html, e.tags,
  e.audience_kind, e.audience_department_ids, e.audience_expanded_ids, e.audience_size, e.must_read, e.pinned_until,
  e.scheduled_at, e.published_at, e.content_updated_at, e.archived_at, e.last_reminder_at, e.schedule_job_id, e.created_at, e.version`;

/**
 * An edition with its newsletter (and the viewer's follow choice), what the viewer has done
 * with it and its reaction counts (kept as counters) with mine, in one statement: `$1` is the
 * viewer's person id. A list of editions (the feed) needs no second statement for reactions.
 */
export const EDITION_SELECT = `SELECT ${EDITION_COLUMNS},
    n.department_id AS n_department_id, n.name_ja AS n_name_ja, n.name_en AS n_name_en, n.description_ja AS n_description_ja,
    n.description_en AS n_description_en, n.cadence AS n_cadence, n.company_wide AS n_company_wide, n.version AS n_version,
    n.created_at AS n_created_at, nf.following AS n_following,
    r.opened_at AS my_opened_at, r.read_at AS my_read_at, a.acknowledged_at AS my_acknowledged_at,
    (SELECT count(*)::int FROM edition_comments c WHERE c.edition_id = e.id AND c.deleted_at IS NULL AND c.hidden_at IS NULL) AS comment_count,
    (SELECT json_object_agg(rc.kind, rc.count) FROM edition_reaction_counts rc WHERE rc.edition_id = e.id AND rc.count > 0) AS reaction_counts,
    ARRAY(SELECT mr.kind FROM edition_reactions mr WHERE mr.edition_id = e.id AND mr.person_id = $1) AS my_reactions
  FROM editions e
  JOIN newsletters n ON n.id = e.newsletter_id
  LEFT JOIN newsletter_follows nf ON nf.newsletter_id = n.id AND nf.person_id = $1
  LEFT JOIN edition_reads r ON r.edition_id = e.id AND r.person_id = $1
  LEFT JOIN edition_acknowledgements a ON a.edition_id = e.id AND a.person_id = $1`;

export interface EditionRow {
  id: string;
  newsletter_id: string;
  author_id: string;
  status: string;
  title: string;
  summary: string;
  cover_image_url: string | null;
  body_html: string;
  tags: string[];
  audience_kind: string;
  audience_department_ids: string[];
  audience_expanded_ids: string[];
  audience_size: number | null;
  must_read: boolean;
  pinned_until: Date | null;
  scheduled_at: Date | null;
  published_at: Date | null;
  content_updated_at: Date | null;
  archived_at: Date | null;
  last_reminder_at: Date | null;
  schedule_job_id: string | null;
  created_at: Date;
  version: number;
  n_department_id?: string;
  n_name_ja?: string;
  n_name_en?: string;
  n_description_ja?: string;
  n_description_en?: string;
  n_cadence?: string;
  n_company_wide?: boolean;
  n_version?: number;
  n_created_at?: Date;
  n_following?: boolean | null;
  my_opened_at?: Date | null;
  my_read_at?: Date | null;
  my_acknowledged_at?: Date | null;
  comment_count?: number;
  reaction_counts?: Record<string, number> | null;
  my_reactions?: string[];
}

export function toEdition(row: EditionRow, now = new Date()): Edition {
  const edition: Edition = {
    id: row.id,
    newsletterId: row.newsletter_id,
    authorId: row.author_id,
    status: row.status as EditionStatus,
    title: row.title,
    summary: row.summary,
    coverImageUrl: row.cover_image_url,
    bodyHtml: row.body_html,
    tags: row.tags,
    audienceKind: row.audience_kind as EditionAudienceKind,
    audienceDepartmentIds: row.audience_department_ids,
    audienceExpandedIds: row.audience_expanded_ids,
    audienceSize: row.audience_size,
    mustRead: row.must_read,
    pinnedUntil: row.pinned_until,
    pinned: row.pinned_until !== null && row.pinned_until.getTime() > now.getTime(),
    scheduledAt: row.scheduled_at,
    publishedAt: row.published_at,
    updatedAt: row.content_updated_at,
    archivedAt: row.archived_at,
    lastReminderAt: row.last_reminder_at,
    scheduleJobId: row.schedule_job_id,
    createdAt: row.created_at,
    version: row.version,
    newsletterDepartmentId: row.n_department_id ?? '',
  };
  if (row.n_department_id !== undefined) {
    const newsletter: NewsletterRow = {
      id: row.newsletter_id,
      department_id: row.n_department_id,
      name_ja: row.n_name_ja ?? '',
      name_en: row.n_name_en ?? '',
      description_ja: row.n_description_ja ?? '',
      description_en: row.n_description_en ?? '',
      cadence: row.n_cadence ?? '',
      company_wide: row.n_company_wide ?? false,
      version: row.n_version ?? 1,
      created_at: row.n_created_at ?? row.created_at,
      following: row.n_following ?? null,
    };
    edition.newsletter = toNewsletter(newsletter);
  }
  if (row.comment_count !== undefined) {
    edition.viewerState = {
      openedAt: row.my_opened_at ?? null,
      readAt: row.my_read_at ?? null,
      acknowledgedAt: row.my_acknowledged_at ?? null,
      commentCount: row.comment_count,
    };
  }
  if (row.my_reactions !== undefined) edition.reactionTally = { counts: row.reaction_counts ?? {}, mine: row.my_reactions };
  return edition;
}
