import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NEWSLETTER_ANALYTICS_EDITIONS_MAX, NEWSLETTER_ANALYTICS_RANGE_MAX_DAYS } from '@kakehashi/shared-contracts';
import { BadUserInputError, ForbiddenError, NotFoundError, type Viewer } from '@kakehashi/server-platform';
import { NewsletterAccess } from '../common/newsletter-access';
import { EditionService } from '../editions/edition.service';
import type { DepartmentEngagement, EditionAnalytics, NewsletterAnalytics } from './analytics.model';
import { engagement, type EngagementCounts, sumCounts, weekly } from './engagement';

const DAY_MS = 24 * 60 * 60 * 1000;

interface CountRow {
  audience_size: number;
  openers: number;
  readers: number;
  reactors: number;
  comments: number;
  acknowledgements: number;
}

const toCounts = (row: CountRow): EngagementCounts => ({
  audienceSize: row.audience_size,
  openers: row.openers,
  readers: row.readers,
  reactors: row.reactors,
  comments: row.comments,
  acknowledgements: row.acknowledgements,
});

@Injectable()
export class AnalyticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly editions: EditionService,
    private readonly access: NewsletterAccess,
  ) {}

  /**
   * One edition, by addressed department (the audience snapshot at publication) and in
   * total: the edition (for access) and one aggregate statement, each part served by the
   * primary keys that start with the edition id.
   */
  async edition(viewer: Viewer, editionId: string): Promise<EditionAnalytics> {
    const edition = await this.editions.forEditor(viewer, editionId);
    const rows = await this.dataSource.query<(CountRow & { department_id: string })[]>(
      `WITH snap AS (SELECT department_id, member_count FROM edition_audience_snapshots WHERE edition_id = $1),
       rd AS (SELECT department_id, count(*)::int AS openers, count(read_at)::int AS readers FROM edition_reads WHERE edition_id = $1 GROUP BY department_id),
       rx AS (SELECT department_id, count(DISTINCT person_id)::int AS reactors FROM edition_reactions WHERE edition_id = $1 GROUP BY department_id),
       cm AS (SELECT author_department_id AS department_id, count(*)::int AS comments FROM edition_comments
              WHERE edition_id = $1 AND deleted_at IS NULL GROUP BY author_department_id),
       ak AS (SELECT department_id, count(*)::int AS acknowledgements FROM edition_acknowledgements WHERE edition_id = $1 GROUP BY department_id)
       SELECT s.department_id, s.member_count AS audience_size, coalesce(rd.openers, 0) AS openers, coalesce(rd.readers, 0) AS readers,
              coalesce(rx.reactors, 0) AS reactors, coalesce(cm.comments, 0) AS comments, coalesce(ak.acknowledgements, 0) AS acknowledgements
       FROM snap s
       LEFT JOIN rd ON rd.department_id = s.department_id
       LEFT JOIN rx ON rx.department_id = s.department_id
       LEFT JOIN cm ON cm.department_id = s.department_id
       LEFT JOIN ak ON ak.department_id = s.department_id
       ORDER BY s.member_count DESC, s.department_id`,
      [edition.id],
    );
    const departments = new Map((await this.access.departments()).map((department) => [department.id, department]));
    const byDepartment: DepartmentEngagement[] = rows.map((row) => ({
      ...engagement(toCounts(row), edition.mustRead),
      departmentId: row.department_id,
      department: departments.get(row.department_id) ?? null,
    }));
    const total = sumCounts(rows.map(toCounts));
    // The audience size of record is the one frozen at publication (it equals the sum of the snapshot).
    total.audienceSize = edition.audienceSize ?? total.audienceSize;
    return { ...engagement(total, edition.mustRead), editionId: edition.id, mustRead: edition.mustRead, byDepartment };
  }

  /** A newsletter's editions over time (per edition and per week) for charts: two statements. */
  async newsletter(viewer: Viewer, newsletterId: string, from: Date, to: Date): Promise<NewsletterAnalytics> {
    if (to.getTime() <= from.getTime()) throw BadUserInputError.field('to', 'must be after from');
    if (to.getTime() - from.getTime() > NEWSLETTER_ANALYTICS_RANGE_MAX_DAYS * DAY_MS) {
      throw BadUserInputError.field('to', `must be within ${NEWSLETTER_ANALYTICS_RANGE_MAX_DAYS} days of from`);
    }
    const [newsletter] = await this.dataSource.query<{ department_id: string }[]>('SELECT department_id FROM newsletters WHERE id = $1', [
      newsletterId,
    ]);
    if (!newsletter) throw new NotFoundError('Newsletter', newsletterId);
    if (!(await this.access.canEdit(viewer, newsletter.department_id)))
      throw new ForbiddenError('Only editors of this newsletter see its analytics.');
    // The engagement counters (kept with every read, reaction, comment and acknowledgement):
    // one row per edition, however many people read it. Reactors and comments are the audience's.
    const rows = await this.dataSource.query<(CountRow & { id: string; title: string; published_at: Date; must_read: boolean })[]>(
      `SELECT e.id, e.title, e.published_at, e.must_read, coalesce(e.audience_size, 0) AS audience_size,
         coalesce(g.openers, 0) AS openers, coalesce(g.readers, 0) AS readers, coalesce(g.reactors, 0) AS reactors,
         coalesce(g.comments, 0) AS comments, coalesce(g.acknowledgements, 0) AS acknowledgements
       FROM editions e LEFT JOIN edition_engagement g ON g.edition_id = e.id
       WHERE e.newsletter_id = $1 AND e.status IN ('PUBLISHED', 'ARCHIVED') AND e.listed_at >= $2 AND e.listed_at < $3
       ORDER BY e.listed_at, e.id LIMIT ${NEWSLETTER_ANALYTICS_EDITIONS_MAX}`,
      [newsletterId, from, to],
    );
    const points = rows.map((row) => ({ ...toCounts(row), publishedAt: row.published_at, mustRead: row.must_read }));
    return {
      newsletterId,
      editions: rows.map((row) => ({
        ...engagement(toCounts(row), row.must_read),
        editionId: row.id,
        title: row.title,
        publishedAt: row.published_at,
        mustRead: row.must_read,
      })),
      weeks: weekly(points),
    };
  }
}
