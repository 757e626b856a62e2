import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EDITION_SCHEDULE_MAX_DAYS } from '@kakehashi/shared-contracts';
import {
  BadUserInputError,
  ConflictError,
  JobQueue,
  Notifier,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
  firstRow,
} from '@kakehashi/server-platform';
import { NewsletterAnalyticsCache } from '../analytics/newsletter-analytics-cache';
import { EditionStatus } from '../common/enums';
import type { Edition } from './edition.model';
import { EditionService } from './edition.service';

export const PUBLISH_JOB = 'newsletters.publish';
/** A safety net for a publish job lost with its queue (restored backup, manual cleanup). */
export const PUBLISH_DUE_JOB = 'newsletters.publish-due';
export const PUBLISH_DUE_CRON = '*/5 * * * *';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PublishJob {
  editionId: string;
}

export const editionLink = (editionId: string): string => `/news/editions/${editionId}`;

/** The workflow: schedule (a pg-boss job), unschedule, publish (now or when due), and what publication sets off. */
@Injectable()
export class EditionPublisher {
  private readonly logger = new Logger('Newsletters');

  constructor(
    private readonly dataSource: DataSource,
    private readonly editions: EditionService,
    private readonly jobs: JobQueue,
    private readonly notifier: Notifier,
    private readonly analytics: NewsletterAnalyticsCache,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  async schedule(viewer: Viewer, id: string, publishAt: Date, now = new Date()): Promise<Edition> {
    const current = await this.editions.forEditor(viewer, id);
    if (publishAt.getTime() <= now.getTime()) throw BadUserInputError.field('publishAt', 'must be in the future');
    if (publishAt.getTime() > now.getTime() + EDITION_SCHEDULE_MAX_DAYS * DAY_MS) {
      throw BadUserInputError.field('publishAt', `must be within ${EDITION_SCHEDULE_MAX_DAYS} days`);
    }
    if (current.status !== EditionStatus.DRAFT && current.status !== EditionStatus.SCHEDULED) {
      throw new ConflictError('Only a draft or a scheduled edition can be scheduled.');
    }
    const updated: unknown = await this.dataSource.query(
      `UPDATE editions SET status = 'SCHEDULED', scheduled_at = $2, listed_at = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND status IN ('DRAFT', 'SCHEDULED') RETURNING id`,
      [id, publishAt],
    );
    if (!firstRow(updated)) throw new ConflictError('The edition was published or archived meanwhile.');
    // The job re-checks state and time when it runs: an old job of a changed schedule does nothing.
    const jobId = await this.jobs.send<PublishJob>(
      PUBLISH_JOB,
      { editionId: id },
      { startAfter: publishAt, singletonKey: `${id}@${publishAt.toISOString()}` },
    );
    await this.dataSource.query('UPDATE editions SET schedule_job_id = $2 WHERE id = $1', [id, jobId]);
    if (current.scheduleJobId && current.scheduleJobId !== jobId) await this.cancelQuietly(current.scheduleJobId);
    return this.editions.forViewer(viewer, id);
  }

  async unschedule(viewer: Viewer, id: string): Promise<Edition> {
    const current = await this.editions.forEditor(viewer, id);
    const updated: unknown = await this.dataSource.query(
      `UPDATE editions SET status = 'DRAFT', scheduled_at = NULL, schedule_job_id = NULL, listed_at = now(), version = version + 1, updated_at = now()
       WHERE id = $1 AND status = 'SCHEDULED' RETURNING id`,
      [id],
    );
    if (!firstRow(updated)) throw new ConflictError('Only a scheduled edition can be unscheduled.');
    if (current.scheduleJobId) await this.cancelQuietly(current.scheduleJobId);
    return this.editions.forViewer(viewer, id);
  }

  async publishNow(viewer: Viewer, id: string): Promise<Edition> {
    const current = await this.editions.forEditor(viewer, id);
    if (current.status !== EditionStatus.DRAFT && current.status !== EditionStatus.SCHEDULED) {
      throw new ConflictError('Only a draft or a scheduled edition can be published.');
    }
    if (!(await this.publish(id, { onlyIfDue: false }))) throw new ConflictError('The edition was published or archived meanwhile.');
    if (current.scheduleJobId) await this.cancelQuietly(current.scheduleJobId);
    await this.afterPublication(id, viewer.personId);
    return this.editions.forViewer(viewer, id);
  }

  /**
   * The publish job: publishes when the edition is still scheduled and due; then makes sure
   * the must-read notice went out (deduplicated), so a job re-run after a crash completes it.
   */
  async publishIfDue(editionId: string): Promise<boolean> {
    const published = await this.publish(editionId, { onlyIfDue: true });
    const [row] = await this.dataSource.query<{ status: string; author_id: string }[]>(
      'SELECT status, author_id FROM editions WHERE id = $1',
      [editionId],
    );
    if (row?.status === EditionStatus.PUBLISHED) await this.afterPublication(editionId, row.author_id);
    return published;
  }

  async publishAllDue(): Promise<void> {
    const due = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM editions WHERE status = 'SCHEDULED' AND scheduled_at <= now() ORDER BY scheduled_at LIMIT 100`,
    );
    for (const { id } of due) await this.publishIfDue(id);
  }

  /**
   * One statement: the state change, the audience size and its per-department snapshot
   * (active people at publication: the denominators of every rate). Kept newsletter
   * analytics are dropped, so that the new edition shows in them at once.
   */
  private async publish(editionId: string, options: { onlyIfDue: boolean }): Promise<boolean> {
    const [departments, counts] = await Promise.all([this.directory.departments(), this.directory.activeMemberCounts()]);
    const ids = departments.map((department) => department.id);
    const members = ids.map((id) => counts.get(id) ?? 0);
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH counts AS (SELECT * FROM unnest($2::uuid[], $3::int[]) AS c(department_id, member_count)),
       published AS (
         UPDATE editions e SET status = 'PUBLISHED', published_at = now(), listed_at = now(), schedule_job_id = NULL,
           version = e.version + 1, updated_at = now(),
           audience_size = (SELECT coalesce(sum(c.member_count), 0) FROM counts c
                            WHERE e.audience_kind = 'COMPANY' OR c.department_id = ANY(e.audience_expanded_ids))
         WHERE e.id = $1 AND (e.status = 'DRAFT' OR e.status = 'SCHEDULED')
           AND (NOT $4 OR (e.status = 'SCHEDULED' AND e.scheduled_at <= now()))
         RETURNING e.id, e.audience_kind, e.audience_expanded_ids
       ),
       snapshot AS (
         INSERT INTO edition_audience_snapshots (edition_id, department_id, member_count)
         SELECT p.id, c.department_id, c.member_count FROM published p, counts c
         WHERE (p.audience_kind = 'COMPANY' AND c.member_count > 0) OR c.department_id = ANY(p.audience_expanded_ids)
         ON CONFLICT DO NOTHING
       )
       SELECT id FROM published`,
      [editionId, ids, members, options.onlyIfDue],
    );
    if (rows.length === 0) return false;
    this.analytics.invalidate();
    return true;
  }

  /** A must-read tells every recipient, in the app and by mail; the dedupe key makes a repeat add nothing. */
  private async afterPublication(editionId: string, actorId: string): Promise<void> {
    const [edition] = await this.dataSource.query<
      { title: string; summary: string; must_read: boolean; audience_kind: string; audience_expanded_ids: string[] }[]
    >('SELECT title, summary, must_read, audience_kind, audience_expanded_ids FROM editions WHERE id = $1', [editionId]);
    if (!edition?.must_read) return;
    const recipients = await this.directory.activePeople(edition.audience_kind === 'COMPANY' ? null : edition.audience_expanded_ids);
    await this.notifier.notify({
      recipientIds: recipients.map((person) => person.id),
      kind: 'newsletter.mustRead',
      title: { ja: `【必読】${edition.title}`, en: `Must-read: ${edition.title}` },
      body: edition.summary ? { ja: edition.summary, en: edition.summary } : null,
      link: editionLink(editionId),
      actorId,
      mail: true,
      dedupeKey: `newsletter.mustRead:${editionId}`,
    });
  }

  private async cancelQuietly(jobId: string): Promise<void> {
    try {
      await this.jobs.cancel(PUBLISH_JOB, jobId);
    } catch (error) {
      // The job re-checks the edition anyway: a failed cancel only leaves a no-op job.
      this.logger.warn(`could not cancel publish job ${jobId}: ${String(error)}`);
    }
  }
}
