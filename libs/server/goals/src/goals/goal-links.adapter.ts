import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GoalLinkPort, LinkedGoalStatus, LinkedGoalSummary } from '@kakehashi/server-platform';
import { tokyoToday } from '../progress/periods';
import type { GoalEntity } from './goal.entity';
import { GOAL_COLUMNS, toGoal } from './goal-mapper';

/** Goals as other domains link to them (a customer-voice ticket's goals, a team's goals). */
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

  async latestGoalsByCode(codes: readonly string[]): Promise<LinkedGoalSummary[]> {
    if (codes.length === 0) return [];
    return this.dataSource.query<LinkedGoalSummary[]>(
      `SELECT DISTINCT ON (code) id, code, title, title_en AS "titleEn", status FROM goals
        WHERE code = ANY($1::text[]) ORDER BY code, period_start DESC`,
      [codes],
    );
  }

  async goalStatuses(ids: readonly string[]): Promise<LinkedGoalStatus[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<GoalEntity[]>(
      `SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.id = ANY($1::uuid[]) ORDER BY g.code, g.period_start`,
      [ids],
    );
    const today = tokyoToday(new Date());
    return rows.map((row) => {
      const goal = toGoal(row, today);
      return {
        id: goal.id,
        code: goal.code,
        title: goal.title,
        titleEn: goal.titleEn,
        status: goal.status,
        confidence: goal.confidence,
        progress: goal.progress.actual,
        pace: goal.progress.pace,
        periodStart: goal.period.start,
        periodEnd: goal.period.end,
      };
    });
  }
}
