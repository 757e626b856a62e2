import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EDITION_READ_DWELL_SECONDS, ReadProgress } from '@kakehashi/shared-contracts';
import type { Viewer } from '@kakehashi/server-platform';
import type { EditionReadReceipt } from './read.model';

@Injectable()
export class ReadService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One upsert statement, also checking that the edition is published and addressed to
   * me: once per person and edition, upgraded from opened to read (to the end, or a dwell
   * of 30 s or more), never downgraded; dwell keeps the longest seen. The engagement
   * counters of the read's department move in the same statement: an opener when the read
   * is new, a reader when read_at is set now (it is never set twice).
   */
  async record(viewer: Viewer, editionId: string, progress: ReadProgress, dwellSeconds: number): Promise<EditionReadReceipt> {
    const read = progress === ReadProgress.READ || dwellSeconds >= EDITION_READ_DWELL_SECONDS;
    const rows = await this.dataSource.query<{ dwell_seconds: number; read_at: Date | null }[]>(
      `WITH up AS (
       INSERT INTO edition_reads (edition_id, person_id, department_id, dwell_seconds, read_at)
       SELECT e.id, $2, $3, $4, CASE WHEN $5 THEN now() END FROM editions e
       WHERE e.id = $1 AND e.status IN ('PUBLISHED', 'ARCHIVED')
         AND (e.audience_kind = 'COMPANY' OR $3::uuid = ANY(e.audience_expanded_ids))
       ON CONFLICT (edition_id, person_id) DO UPDATE SET
         dwell_seconds = greatest(edition_reads.dwell_seconds, excluded.dwell_seconds),
         read_at = coalesce(edition_reads.read_at, excluded.read_at)
       RETURNING edition_id, department_id, dwell_seconds, read_at, xmax = 0 AS inserted
       ), counted AS (
         INSERT INTO edition_engagement AS g (edition_id, department_id, openers, readers)
         SELECT edition_id, department_id, inserted::int, (read_at IS NOT NULL AND read_at = now())::int FROM up
         WHERE department_id IS NOT NULL AND (inserted OR read_at = now())
         ON CONFLICT (edition_id, department_id) DO UPDATE SET openers = g.openers + excluded.openers, readers = g.readers + excluded.readers
       )
       SELECT dwell_seconds, read_at FROM up`,
      [editionId, viewer.personId, viewer.departmentId, dwellSeconds, read],
    );
    const [row] = rows;
    if (!row) return { editionId, recorded: false, progress: null, dwellSeconds: 0 };
    return { editionId, recorded: true, progress: row.read_at ? ReadProgress.READ : ReadProgress.OPENED, dwellSeconds: row.dwell_seconds };
  }
}
