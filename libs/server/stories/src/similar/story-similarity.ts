import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue, modifiedRows } from '@kakehashi/server-platform';
import { STORY_SIMILAR_MAX } from '@kakehashi/shared-contracts';

export const SIMILAR_JOB = 'stories.similar';
export const SIMILAR_REFRESH_JOB = 'stories.similar-refresh';
/** Every night at 3:00 (Asia/Tokyo). */
export const SIMILAR_REFRESH_CRON = '0 3 * * *';
/** Stories whose lists are refreshed per night, the oldest lists first. */
const REFRESH_PER_RUN = 1000;

export interface SimilarJob {
  storyId: string;
}

/**
 * The score of a published story `s` against the given one: same industry 3, each shared
 * product 2, each shared tag 1. Ties go to the most helpful.
 */
const SCORED_CANDIDATES = `SELECT s.id FROM stories s
  WHERE s.status = 'PUBLISHED' AND s.id <> t.id AND (s.industry = t.industry OR s.products && t.products OR s.tags && t.tags)
  ORDER BY (CASE WHEN s.industry = t.industry THEN 3 ELSE 0 END)
    + 2 * cardinality(ARRAY(SELECT unnest(s.products) INTERSECT SELECT unnest(t.products)))
    + cardinality(ARRAY(SELECT unnest(s.tags) INTERSECT SELECT unnest(t.tags))) DESC, s.helpful_count DESC, s.id DESC
  LIMIT ${STORY_SIMILAR_MAX}`;

/**
 * "Similar stories" of each published story, computed off the request path: scoring every
 * candidate costs a third of a second at 50,000 stories, too much for every page view. A
 * story's list is computed when it is published or edited (a job) and refreshed nightly,
 * oldest first; the page reads the stored list.
 */
@Injectable()
export class StorySimilarity {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** Queues the computation of a story's list (after publication or an edit). */
  async queue(storyId: string): Promise<void> {
    await this.jobs.send<SimilarJob>(SIMILAR_JOB, { storyId });
  }

  /** Computes and stores the lists of these stories; how many were published. */
  async refresh(storyIds: readonly string[]): Promise<number> {
    if (storyIds.length === 0) return 0;
    const result: unknown = await this.dataSource.query(
      `UPDATE stories t SET similar_ids = ARRAY(${SCORED_CANDIDATES}), similar_at = now()
       WHERE t.id = ANY($1::uuid[]) AND t.status = 'PUBLISHED' RETURNING t.id`,
      [storyIds],
    );
    return modifiedRows(result).length;
  }

  /** The nightly run: the published stories whose lists are oldest (never computed first). */
  async refreshOldest(limit = REFRESH_PER_RUN): Promise<number> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM stories WHERE status = 'PUBLISHED' ORDER BY similar_at NULLS FIRST, id LIMIT $1`,
      [limit],
    );
    let refreshed = 0;
    // A hundred at a time: each statement stays short, and a restart loses little.
    for (let start = 0; start < rows.length; start += 100) {
      refreshed += await this.refresh(rows.slice(start, start + 100).map((row) => row.id));
    }
    return refreshed;
  }
}
