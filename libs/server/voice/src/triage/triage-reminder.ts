import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@kakehashi/shared-contracts';
import { modifiedRows, Notifier, PERSON_DIRECTORY, type PersonDirectoryPort } from '@kakehashi/server-platform';
import { TRIAGE_INBOX_LINK } from '../common/paths';
import { tokyoDate } from './business-days';

export const TRIAGE_REMINDER_JOB = 'voice.triage-reminders';
/** Weekday mornings at 9:00 (Asia/Tokyo). */
export const TRIAGE_REMINDER_CRON = '0 9 * * 1-5';
const TICKETS_PER_RUN = 5000;

/**
 * Reminds product of new tickets past their triage target, once per ticket: each triager
 * gets one notification with the count (not one per ticket), and an owner already assigned
 * hears of their own in the same way.
 */
@Injectable()
export class TriageReminder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  /** How many tickets were reminded of. */
  async remindOverdue(now = new Date()): Promise<number> {
    const result: unknown = await this.dataSource.query(
      `UPDATE voice_tickets t SET triage_reminded_at = $1
       WHERE t.id IN (SELECT id FROM voice_tickets WHERE status = 'NEW' AND triage_reminded_at IS NULL AND triage_due_at < $1
                      ORDER BY triage_due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING t.owner_id`,
      [now, TICKETS_PER_RUN],
    );
    const rows = modifiedRows<{ owner_id: string | null }>(result);
    if (rows.length === 0) return 0;
    const today = tokyoDate(now);
    const triagers = (await this.directory.activePeopleWithRole(Role.PRODUCT_TRIAGE)).map((person) => person.id);
    const owned = new Map<string, number>();
    for (const row of rows) if (row.owner_id) owned.set(row.owner_id, (owned.get(row.owner_id) ?? 0) + 1);
    const recipients = new Map<string, number>(triagers.map((id) => [id, rows.length]));
    // An owner who is not a triager still hears of their own tickets.
    for (const [ownerId, count] of owned) if (!recipients.has(ownerId)) recipients.set(ownerId, count);
    for (const [recipientId, count] of recipients) {
      await this.notifier.notify({
        recipientIds: [recipientId],
        kind: 'voice.triageOverdue',
        title: {
          ja: `トリアージ目標を過ぎた新規の顧客の声が${count}件あります`,
          en:
            count === 1
              ? 'A new customer-voice ticket is past its triage target'
              : `${count} new customer-voice tickets are past their triage target`,
        },
        body: { ja: '受付箱で確認し、担当とステータスを決めてください。', en: 'Open the inbox to set an owner and a status.' },
        link: `${TRIAGE_INBOX_LINK}?overdue=1`,
        mail: true,
        dedupeKey: `voice.triageOverdue:${recipientId}:${today}`,
      });
    }
    return rows.length;
  }
}
