import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError } from '@kakehashi/server-platform';
import type { Goal } from '../goals/goal.model';
import { GoalService } from '../goals/goal.service';
import { BoardService } from './board.service';

export const PERIOD_END_JOB = 'goals.period-end';
/** Every night at 0:30 (Asia/Tokyo), after a period's last day. */
export const PERIOD_END_CRON = '30 0 * * *';
const GOALS_PER_RUN = 1000;

/**
 * After a period's last day: active goals of ended periods close as achieved or missed (by
 * their last check-in), the previous quarter's board is kept as a snapshot, and recurring
 * goals roll into the next period, parents before their children. Safe to run again: each
 * step skips what is done.
 */
@Injectable()
export class PeriodEnd {
  private readonly logger = new Logger(PeriodEnd.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly goals: GoalService,
    private readonly board: BoardService,
  ) {}

  async run(): Promise<{ closed: number; rolled: number; snapshot: boolean }> {
    const today = this.goals.today();
    const ended = await this.goals.select(`g.status = 'ACTIVE' AND g.period_end < $1::date`, [today], GOALS_PER_RUN, 'g.period_end, g.id');
    const achieved = ended.filter((goal) => (goal.progress.actual ?? 0) >= 1).map((goal) => goal.id);
    const missed = ended.filter((goal) => (goal.progress.actual ?? 0) < 1).map((goal) => goal.id);
    await this.dataSource.query(
      `UPDATE goals SET status = CASE WHEN id = ANY($1::uuid[]) THEN 'ACHIEVED' ELSE 'MISSED' END, version = version + 1, updated_at = now()
       WHERE id = ANY($1::uuid[] || $2::uuid[]) AND status = 'ACTIVE'`,
      [achieved, missed],
    );
    const snapshot = await this.board.snapshot(this.board.previousQuarter());
    let rolled = 0;
    for (const goal of parentsFirst(ended.filter((candidate) => candidate.recurring))) {
      try {
        await this.dataSource.transaction((manager) =>
          this.goals.rollInto(manager, goal, {
            baseline: goal.baseline,
            target: goal.target,
            rangeLow: goal.rangeLow,
            rangeHigh: goal.rangeHigh,
            createdById: goal.ownerId,
          }),
        );
        rolled++;
      } catch (error) {
        // Rolled already (by hand, or by an earlier run).
        if (!(error instanceof ConflictError)) this.logger.warn(`Could not roll goal ${goal.id} forward: ${String(error)}`);
      }
    }
    return { closed: ended.length, rolled, snapshot };
  }
}

/** Goals ordered so that a goal comes after the goal it rolls up into. */
function parentsFirst(goals: Goal[]): Goal[] {
  const ids = new Set(goals.map((goal) => goal.id));
  const depth = (goal: Goal, seen = 0): number => {
    const parent = goal.parentId && ids.has(goal.parentId) ? goals.find((candidate) => candidate.id === goal.parentId) : undefined;
    return parent && seen < 10 ? 1 + depth(parent, seen + 1) : 0;
  };
  return [...goals].sort((a, b) => depth(a) - depth(b));
}
