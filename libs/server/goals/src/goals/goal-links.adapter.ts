import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GoalLinkPort, LinkedGoalSummary } from '@kakehashi/server-platform';

/** Goals as other domains link to them (a customer-voice ticket's goals). */
@Injectable()
export class GoalLinksAdapter implements GoalLinkPort {
  constructor(private readonly dataSource: DataSource) {}

  async goalSummaries(ids: readonly string[]): Promise<LinkedGoalSummary[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query<LinkedGoalSummary[]>(
      `SELECT id, code, title, title_en AS "titleEn", status FROM goals WHERE id = ANY($1::uuid[]) ORDER BY code, period_start`,
      [ids],
    );
  }
}
