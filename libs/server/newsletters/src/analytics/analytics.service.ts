import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NEWSLETTER_ANALYTICS_EDITIONS_MAX, NEWSLETTER_ANALYTICS_RANGE_MAX_DAYS } from '@kakehashi/shared-contracts';
import { BadUserInputError, type Department, ForbiddenError, NotFoundError, type Viewer } from '@kakehashi/server-platform';
import { NewsletterAccess } from '../common/newsletter-access';
import { EditionService } from '../editions/edition.service';
import type { DepartmentEngagement, EditionAnalytics, NewsletterAnalytics } from './analytics.model';
import { engagement, type EngagementCounts, sumCounts, weekly } from './engagement';
import { NewsletterAnalyticsCache } from './newsletter-analytics-cache';

const DAY_MS = 24 * 60 * 60 * 1000;

interface CountRow {
  audience_size: number;
  openers: number;
  readers: number;
  reactors: number;
  comments: number;
  acknowledgements: number;
}

/** A department's counters for one edition: the audience snapshot (`s`) joined with edition_engagement (`g`). */
const COUNTERS = `coalesce(g.openers, 0) AS openers, coalesce(g.readers, 0) AS readers, coalesce(g.reactors, 0) AS reactors,
  coalesce(g.comments, 0) AS comments, coalesce(g.acknowledgements, 0) AS acknowledgements`;
const COUNTERS_JOIN = 'LEFT JOIN edition_engagement g ON g.edition_id = s.edition_id AND g.department_id = s.department_id';
const SUMS = `coalesce(sum(c.openers), 0)::int AS openers, coalesce(sum(c.readers), 0)::int AS readers,
  coalesce(sum(c.reactors), 0)::int AS reactors, coalesce(sum(c.comments), 0)::int AS comments,
  coalesce(sum(c.acknowledgements), 0)::int AS acknowledgements`;

/** A row of the range: an edition (id set) or a department over the range (department_id set). */
interface RangeRow extends CountRow {
  id: string | null;
  department_id: string | null;
  must_read_audience: number;
}

interface EditionRangeRow {
  id: string;
  title: string;
  published_at: Date;
  must_read: boolean;
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
    private readonly cache: NewsletterAnalyticsCache,
  ) {}

  /**
   * One edition, by addressed department (the audience snapshot at publication) and in
   * total: the edition (for access) and its engagement counters by department, served by the
   * primary keys that start with the edition id.
   */
  async edition(viewer: Viewer, editionId: string): Promise<EditionAnalytics> {
    const edition = await this.editions.forEditor(viewer, editionId);
    const rows = await this.dataSource.query<(CountRow & { department_id: string })[]>(
      `SELECT s.department_id, s.member_count AS audience_size, ${COUNTERS}
       FROM edition_audience_snapshots s ${COUNTERS_JOIN}
       WHERE s.edition_id = $1
       ORDER BY s.member_count DESC, s.department_id`,
      [edition.id],
    );
    const departments = await this.departmentsById();
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

  /**
   * A newsletter's editions over time (per edition and per week) and its audience by
   * department over the range, for charts: the newsletter (for access), then one statement over
   * the engagement counters, one row per edition and one per department, kept for 15 s
   * (NewsletterAnalyticsCache says why).
   */
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
    const key = JSON.stringify([newsletterId, from.toISOString(), to.toISOString()]);
    return (await this.cache.get(key, () => this.overRange(newsletterId, from, to))) as NewsletterAnalytics;
  }

  /**
   * The range's counters, read once per edition (a range scan of its departments, the
   * audience's only), then summed per edition and per department; audiences per department
   * come from the snapshots. Point lookups per (edition, department) cost five times more.
   */
  private async overRange(newsletterId: string, from: Date, to: Date): Promise<NewsletterAnalytics> {
    const all = await this.dataSource.query<RangeRow[]>(
      `WITH ed AS (
         SELECT e.id, e.title, e.published_at, e.must_read, coalesce(e.audience_size, 0) AS audience_size, e.listed_at,
           e.audience_kind, e.audience_expanded_ids
         FROM editions e
         WHERE e.newsletter_id = $1 AND e.status IN ('PUBLISHED', 'ARCHIVED') AND e.listed_at >= $2 AND e.listed_at < $3
         ORDER BY e.listed_at, e.id LIMIT ${NEWSLETTER_ANALYTICS_EDITIONS_MAX}
       ), eng AS (
         SELECT g.* FROM ed JOIN edition_engagement g ON g.edition_id = ed.id
         WHERE ed.audience_kind = 'COMPANY' OR g.department_id = ANY(ed.audience_expanded_ids)
       ), aud AS (
         SELECT s.department_id, sum(s.member_count)::int AS audience_size,
           coalesce(sum(s.member_count) FILTER (WHERE ed.must_read), 0)::int AS must_read_audience
         FROM ed JOIN edition_audience_snapshots s ON s.edition_id = ed.id GROUP BY s.department_id
       )
       SELECT ed.id, ed.title, ed.published_at, ed.must_read, ed.audience_size, NULL::uuid AS department_id, 0 AS must_read_audience,
         ${SUMS}, ed.listed_at
       FROM ed LEFT JOIN eng c ON c.edition_id = ed.id
       GROUP BY ed.id, ed.title, ed.published_at, ed.must_read, ed.audience_size, ed.listed_at
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, aud.audience_size, aud.department_id, aud.must_read_audience, ${SUMS}, NULL
       FROM aud LEFT JOIN eng c ON c.department_id = aud.department_id
       GROUP BY aud.department_id, aud.audience_size, aud.must_read_audience
       ORDER BY listed_at, id, audience_size DESC, department_id`,
      [newsletterId, from, to],
    );
    const rows = all.filter((row): row is RangeRow & EditionRangeRow => row.id !== null);
    const departments = await this.departmentsById();
    const byDepartment: DepartmentEngagement[] = all
      .filter((row) => row.department_id !== null)
      .map((row) => {
        const counts = toCounts(row);
        // Acknowledgements are asked of must-reads only: their rate is over the must-reads' audience.
        const mustReads = row.must_read_audience > 0 ? engagement({ ...counts, audienceSize: row.must_read_audience }, true) : null;
        return {
          ...engagement(counts, false),
          acknowledgementRate: mustReads?.acknowledgementRate ?? null,
          departmentId: row.department_id!,
          department: departments.get(row.department_id!) ?? null,
        };
      });
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
      byDepartment,
    };
  }

  private async departmentsById(): Promise<Map<string, Department>> {
    return new Map((await this.access.departments()).map((department) => [department.id, department]));
  }
}
