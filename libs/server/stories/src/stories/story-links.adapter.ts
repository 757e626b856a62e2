import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LinkedStorySummary, StoryLinkPort } from '@kakehashi/server-platform';

/** Stories as other domains link to them (a customer-voice ticket's success stories): published or archived only. */
@Injectable()
export class StoryLinksAdapter implements StoryLinkPort {
  constructor(private readonly dataSource: DataSource) {}

  async storySummaries(ids: readonly string[]): Promise<LinkedStorySummary[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query<LinkedStorySummary[]>(
      `SELECT id, title, title_en AS "titleEn", account_name AS "accountName", status FROM stories
       WHERE id = ANY($1::uuid[]) AND status IN ('PUBLISHED', 'ARCHIVED') ORDER BY published_at DESC`,
      [ids],
    );
  }
}
