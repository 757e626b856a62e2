import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GoalCadence } from '@kakehashi/shared-contracts';
import { modifiedRows, Notifier } from '@kakehashi/server-platform';
import { daysBetween, slotEnd, slotStart, tokyoToday } from '../progress/periods';

export const CHECK_IN_REMINDER_JOB = 'goals.check-in-reminders';
/** Every morning at 9:00 (Asia/Tokyo). */
export const CHECK_IN_REMINDER_CRON = '0 9 * * *';
/** A weekly slot reminds from its Thursday, a monthly one in its last 5 days. */
const REMIND_DAYS_BEFORE_END: Record<GoalCadence, number> = { [GoalCadence.WEEKLY]: 3, [GoalCadence.MONTHLY]: 4 };
const GOALS_PER_RUN = 2000;

/**
 * Reminds owners whose active goals have no check-in yet in the current cadence slot, once
 * per slot and goal, near the slot's end; one notification per owner lists how many (the
 * hub does not nag goal by goal). Overdue goals are flagged on the board by their last slot.
 */
@Injectable()
export class CheckInReminder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  /** How many goals were reminded of. */
  async remindDue(now = new Date()): Promise<number> {
    const today = tokyoToday(now);
    const week = slotStart(GoalCadence.WEEKLY, today);
    const month = slotStart(GoalCadence.MONTHLY, today);
    const weeklyDue = daysBetween(today, slotEnd(GoalCadence.WEEKLY, week)) <= REMIND_DAYS_BEFORE_END.WEEKLY;
    const monthlyDue = daysBetween(today, slotEnd(GoalCadence.MONTHLY, month)) <= REMIND_DAYS_BEFORE_END.MONTHLY;
    if (!weeklyDue && !monthlyDue) return 0;
    const result: unknown = await this.dataSource.query(
      `UPDATE goals g SET reminded_slot = CASE g.cadence WHEN 'WEEKLY' THEN $2::date ELSE $3::date END
       WHERE g.id IN (
         SELECT id FROM goals
         WHERE status = 'ACTIVE' AND period_start <= $1::date AND period_end >= $1::date
           AND ((cadence = 'WEEKLY' AND $4 AND (last_check_in_slot IS NULL OR last_check_in_slot < $2::date) AND reminded_slot IS DISTINCT FROM $2::date)
             OR (cadence = 'MONTHLY' AND $5 AND (last_check_in_slot IS NULL OR last_check_in_slot < $3::date) AND reminded_slot IS DISTINCT FROM $3::date))
         ORDER BY id LIMIT $6 FOR UPDATE SKIP LOCKED)
       RETURNING g.owner_id`,
      [today, week, month, weeklyDue, monthlyDue, GOALS_PER_RUN],
    );
    const owners = new Map<string, number>();
    for (const row of modifiedRows<{ owner_id: string }>(result)) owners.set(row.owner_id, (owners.get(row.owner_id) ?? 0) + 1);
    for (const [ownerId, count] of owners) {
      await this.notifier.notify({
        recipientIds: [ownerId],
        kind: 'goal.checkInDue',
        title: {
          ja: `チェックインが済んでいない目標が${count}件あります`,
          en: count === 1 ? 'A goal of yours needs a check-in' : `${count} goals of yours need a check-in`,
        },
        body: { ja: '今週（今月）の実績と見込みを記録してください。', en: 'Record this slot’s value and confidence.' },
        link: '/goals/mine',
        mail: true,
        dedupeKey: `goal.checkInDue:${ownerId}:${today}`,
      });
    }
    return [...owners.values()].reduce((sum, count) => sum + count, 0);
  }
}
