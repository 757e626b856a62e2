import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { modifiedRows, Notifier } from '@kakehashi/server-platform';
import { storyLink } from '../common/paths';

export const VERIFICATION_REMINDER_JOB = 'stories.verification-reminders';
/** Every morning at 9:00 (Asia/Tokyo). */
export const VERIFICATION_REMINDER_CRON = '0 9 * * *';
/** Stories reminded about per run (the rest the next morning). */
const REMINDERS_PER_RUN = 500;

/**
 * Reminds owners and verifiers of published stories whose verify-by date has passed, once
 * per due date: verifying sets a new due date (and clears the reminder), so the next lapse
 * reminds again. Stale stories are flagged in lists by their due date alone.
 */
@Injectable()
export class StoryVerificationReminder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  /** Marks the due stories reminded and notifies their owners and verifiers; how many stories. */
  async remindDue(): Promise<number> {
    const result: unknown = await this.dataSource.query(
      `UPDATE stories SET verify_reminded_at = now()
       WHERE id IN (SELECT id FROM stories WHERE status = 'PUBLISHED' AND verify_due_at <= now() AND verify_reminded_at IS NULL
                    ORDER BY verify_due_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, title, owner_id, verifier_id, verify_due_at`,
      [REMINDERS_PER_RUN],
    );
    const rows = modifiedRows<{ id: string; title: string; owner_id: string; verifier_id: string | null; verify_due_at: Date }>(result);
    for (const row of rows) {
      await this.notifier.notify({
        recipientIds: [...new Set([row.owner_id, ...(row.verifier_id ? [row.verifier_id] : [])])],
        kind: 'story.verificationDue',
        title: {
          ja: `成功事例「${row.title}」の内容確認の期限が過ぎています`,
          en: `The success story "${row.title}" needs verification`,
        },
        body: {
          ja: '内容が今も正しいか確認し、「確認済みにする」を押してください。古くなった点は編集してください。',
          en: 'Check that it is still true and mark it verified, or edit what has changed.',
        },
        link: storyLink(row.id),
        mail: true,
        dedupeKey: `story.verificationDue:${row.id}:${row.verify_due_at.toISOString()}`,
      });
    }
    return rows.length;
  }
}
