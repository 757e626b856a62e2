import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GOAL_TREND_POINTS, GoalConfidence, GoalStatus, NON_NEGATIVE_GOAL_UNITS } from '@kakehashi/shared-contracts';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  firstRow,
  modifiedRows,
  NotFoundError,
  Notifier,
  type Viewer,
} from '@kakehashi/server-platform';
import { GoalAccess } from '../common/goal-access';
import { goalLink } from '../common/paths';
import type { Goal } from '../goals/goal.model';
import { GoalService } from '../goals/goal.service';
import { daysBetween, slotEnd, slotStart } from '../progress/periods';
import type { CommentOnCheckInInput, RecordCheckInInput } from './dto/check-in.input';
import type { GoalCheckIn, GoalCheckInComment, GoalCheckInEntry } from './check-in.model';

const CHECK_IN_COLUMNS = `c.id, c.goal_id, c.slot_start::text, c.value::float8, c.confidence, c.note, c.author_id, c.comment_count,
  c.created_at, c.updated_at, c.version, (SELECT count(*) > 1 FROM goal_check_in_entries e WHERE e.check_in_id = c.id) AS edited`;

interface CheckInRow {
  id: string;
  goal_id: string;
  slot_start: string;
  value: number;
  confidence: string;
  note: string;
  author_id: string;
  comment_count: number;
  created_at: Date;
  updated_at: Date;
  version: number;
  edited: boolean;
}

const toCheckIn = (row: CheckInRow): GoalCheckIn => ({
  id: row.id,
  goalId: row.goal_id,
  slotStart: row.slot_start,
  value: row.value,
  confidence: row.confidence as GoalConfidence,
  note: row.note,
  authorId: row.author_id,
  commentCount: row.comment_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
  edited: row.edited,
});

interface CommentRow {
  id: string;
  check_in_id: string;
  author_id: string;
  body: string;
  created_at: Date;
}

const toComment = (row: CommentRow): GoalCheckInComment => ({
  id: row.id,
  checkInId: row.check_in_id,
  authorId: row.author_id,
  body: row.body,
  createdAt: row.created_at,
});

/**
 * Check-ins: one per goal and cadence slot, by the owner or a contributor. A second one in
 * the slot edits it; every write is kept as an entry (the history) under the writer's
 * idempotency key, so a retried request changes nothing. The goal's row keeps the latest
 * value, confidence and trend for the board.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly goals: GoalService,
    private readonly access: GoalAccess,
    private readonly notifier: Notifier,
  ) {}

  async record(viewer: Viewer, input: RecordCheckInInput): Promise<GoalCheckIn> {
    const replay = await this.byEntryKey(viewer.personId, input.idempotencyKey);
    if (replay) return replay;
    const goal = await this.goals.forViewer(viewer, input.goalId);
    if (goal.status !== GoalStatus.ACTIVE) throw BadUserInputError.field('goalId', 'must be an active goal to check in');
    if (!(await this.access.canCheckIn(viewer, goal))) {
      throw new ForbiddenError('Only the owner and people of a contributing department check in on this goal.');
    }
    if (NON_NEGATIVE_GOAL_UNITS.includes(goal.unit) && input.value < 0)
      throw BadUserInputError.field('value', 'must not be negative for this unit');
    const slot = this.slotFor(goal, input.date);
    const note = (input.note ?? '').trim();
    const inserted = await this.dataSource
      .transaction(async (manager) => {
        // One writer per goal at a time: the goal's latest value and trend follow the check-ins exactly.
        await manager.query('SELECT 1 FROM goals WHERE id = $1 FOR UPDATE', [goal.id]);
        const result: unknown = await manager.query(
          `INSERT INTO goal_check_ins AS c (goal_id, slot_start, value, confidence, note, author_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (goal_id, slot_start) DO UPDATE
           SET value = excluded.value, confidence = excluded.confidence, note = excluded.note, author_id = excluded.author_id,
               updated_at = now(), version = c.version + 1
           WHERE $7::int IS NULL OR c.version = $7
         RETURNING c.id`,
          [goal.id, slot, input.value, input.confidence, note, viewer.personId, input.version ?? null],
        );
        const row = firstRow<{ id: string }>(result);
        if (!row)
          throw new ConflictError(`This check-in was changed elsewhere (you edited version ${input.version}). Reload and try again.`);
        const entry: unknown = await manager.query(
          `INSERT INTO goal_check_in_entries (check_in_id, goal_id, value, confidence, note, author_id, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (author_id, idempotency_key) DO NOTHING RETURNING id`,
          [row.id, goal.id, input.value, input.confidence, note, viewer.personId, input.idempotencyKey],
        );
        // A concurrent retry of the same request won: undo this one and answer with that.
        if (modifiedRows(entry).length === 0) throw new RetryAsReplay();
        await this.refreshLatest(manager, goal.id);
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof RetryAsReplay) return false;
        throw error;
      });
    if (!inserted) {
      const first = await this.byEntryKey(viewer.personId, input.idempotencyKey);
      if (first) return first;
    }
    const rows = (await this.dataSource.query(
      `SELECT ${CHECK_IN_COLUMNS} FROM goal_check_ins c WHERE c.goal_id = $1 AND c.slot_start = $2`,
      [goal.id, slot],
    )) as CheckInRow[];
    return toCheckIn(rows[0]!);
  }

  /** The goal's row after a check-in: the latest slot's value and confidence, and the trend. */
  async refreshLatest(manager: EntityManager, goalId: string): Promise<void> {
    await manager.query(
      `WITH recent AS (SELECT slot_start, value, confidence, created_at FROM goal_check_ins WHERE goal_id = $1 ORDER BY slot_start DESC LIMIT $2),
            latest AS (SELECT * FROM recent ORDER BY slot_start DESC LIMIT 1)
       UPDATE goals SET current_value = (SELECT value FROM latest), current_confidence = (SELECT confidence FROM latest),
         last_check_in_at = (SELECT created_at FROM latest), last_check_in_slot = (SELECT slot_start FROM latest),
         trend = (SELECT coalesce(array_agg(value ORDER BY slot_start), '{}') FROM recent)
       WHERE id = $1`,
      [goalId, GOAL_TREND_POINTS],
    );
  }

  /** Each goal's latest check-ins, newest slot first (at most `perGoal` each), with their comments, in one statement. */
  async forGoals(goalIds: readonly string[], perGoal: number): Promise<GoalCheckIn[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${CHECK_IN_COLUMNS},
         (SELECT coalesce(json_agg(json_build_object('id', m.id, 'checkInId', m.check_in_id, 'authorId', m.author_id, 'body', m.body,
            'createdAt', m.created_at) ORDER BY m.created_at, m.id), '[]') FROM goal_check_in_comments m WHERE m.check_in_id = c.id) AS comments,
         (SELECT coalesce(json_agg(json_build_object('id', e.id, 'value', e.value::float8, 'confidence', e.confidence, 'note', e.note,
            'authorId', e.author_id, 'createdAt', e.created_at) ORDER BY e.created_at DESC, e.id), '[]')
            FROM goal_check_in_entries e WHERE e.check_in_id = c.id) AS entries
       FROM unnest($1::uuid[]) AS goal(id)
       CROSS JOIN LATERAL (SELECT * FROM goal_check_ins c WHERE c.goal_id = goal.id ORDER BY c.slot_start DESC LIMIT $2) c
       ORDER BY c.slot_start DESC`,
      [goalIds, perGoal],
    )) as (CheckInRow & {
      comments: (Omit<GoalCheckInComment, 'createdAt'> & { createdAt: string })[];
      entries: (Omit<GoalCheckInEntry, 'createdAt'> & { createdAt: string })[];
    })[];
    return rows.map((row) => ({
      ...toCheckIn(row),
      preloadedComments: row.comments.map((comment) => ({ ...comment, createdAt: new Date(comment.createdAt) })),
      preloadedEntries: row.entries.map((entry) => ({ ...entry, createdAt: new Date(entry.createdAt) })),
    }));
  }

  /** Comments of many check-ins, oldest first each (one statement). */
  async commentsOf(checkInIds: readonly string[]): Promise<GoalCheckInComment[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, check_in_id, author_id, body, created_at FROM goal_check_in_comments WHERE check_in_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [checkInIds],
    )) as CommentRow[];
    return rows.map(toComment);
  }

  /** Every write of many check-ins, newest first each (one statement). */
  async entriesOf(checkInIds: readonly string[]): Promise<(GoalCheckInEntry & { checkInId: string })[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, check_in_id, value::float8, confidence, note, author_id, created_at FROM goal_check_in_entries
       WHERE check_in_id = ANY($1::uuid[]) ORDER BY created_at DESC, id`,
      [checkInIds],
    )) as { id: string; check_in_id: string; value: number; confidence: string; note: string; author_id: string; created_at: Date }[];
    return rows.map((row) => ({
      id: row.id,
      checkInId: row.check_in_id,
      value: row.value,
      confidence: row.confidence as GoalConfidence,
      note: row.note,
      authorId: row.author_id,
      createdAt: row.created_at,
    }));
  }

  /** Anyone who reads the goal comments; the check-in's author and the goal's owner are told. */
  async comment(viewer: Viewer, input: CommentOnCheckInInput): Promise<GoalCheckInComment> {
    const existing = await this.commentByKey(viewer.personId, input.idempotencyKey);
    if (existing) return existing;
    const checkIns = (await this.dataSource.query(`SELECT goal_id, author_id FROM goal_check_ins WHERE id = $1`, [input.checkInId])) as {
      goal_id: string;
      author_id: string;
    }[];
    if (!checkIns[0]) throw new NotFoundError('Check-in', input.checkInId);
    const goal = await this.goals.forViewer(viewer, checkIns[0].goal_id).catch(() => {
      throw new NotFoundError('Check-in', input.checkInId);
    });
    const body = input.body.trim();
    if (body === '') throw BadUserInputError.field('body', 'must not be empty');
    const created = await this.dataSource.transaction(async (manager) => {
      const result: unknown = await manager.query(
        `INSERT INTO goal_check_in_comments (check_in_id, goal_id, author_id, body, idempotency_key) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (author_id, idempotency_key) DO NOTHING RETURNING id`,
        [input.checkInId, goal.id, viewer.personId, body, input.idempotencyKey],
      );
      if (modifiedRows(result).length === 0) return false;
      await manager.query('UPDATE goal_check_ins SET comment_count = comment_count + 1 WHERE id = $1', [input.checkInId]);
      return true;
    });
    const comment = (await this.commentByKey(viewer.personId, input.idempotencyKey))!;
    if (created) {
      await this.notifier.notify({
        recipientIds: [...new Set([checkIns[0].author_id, goal.ownerId])],
        actorId: viewer.personId,
        kind: 'goal.checkInComment',
        title: {
          ja: `「${goal.title}」のチェックインにコメントがありました`,
          en: `New comment on a check-in of "${goal.titleEn ?? goal.title}"`,
        },
        body: { ja: body.slice(0, 200), en: body.slice(0, 200) },
        link: goalLink(goal.id),
      });
    }
    return comment;
  }

  /** The slot a check-in is for: today's, or the one a given date falls in; inside the period, never in the future. */
  private slotFor(goal: Goal, date: string | undefined): string {
    const today = this.goals.today();
    const day = date ?? (today > goal.period.end ? goal.period.end : today);
    if (Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw BadUserInputError.field('date', 'must be a real date');
    if (daysBetween(today, day) > 0) throw BadUserInputError.field('date', 'must not be in the future');
    const slot = slotStart(goal.cadence, day);
    if (slotEnd(goal.cadence, slot) < goal.period.start || slot > goal.period.end) {
      throw BadUserInputError.field('date', `must fall in the goal's period (${goal.period.start} – ${goal.period.end})`);
    }
    return slot;
  }

  private async byEntryKey(authorId: string, key: string): Promise<GoalCheckIn | null> {
    const rows = (await this.dataSource.query(
      `SELECT ${CHECK_IN_COLUMNS} FROM goal_check_in_entries k JOIN goal_check_ins c ON c.id = k.check_in_id
       WHERE k.author_id = $1 AND k.idempotency_key = $2`,
      [authorId, key],
    )) as CheckInRow[];
    return rows[0] ? toCheckIn(rows[0]) : null;
  }

  private async commentByKey(authorId: string, key: string): Promise<GoalCheckInComment | null> {
    const rows = (await this.dataSource.query(
      `SELECT id, check_in_id, author_id, body, created_at FROM goal_check_in_comments WHERE author_id = $1 AND idempotency_key = $2`,
      [authorId, key],
    )) as CommentRow[];
    return rows[0] ? toComment(rows[0]) : null;
  }
}

/** Thrown inside the transaction to roll it back when a concurrent retry already wrote the entry. */
class RetryAsReplay extends Error {}
