import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { PERSON_DIRECTORY, type PersonDirectoryPort } from '../auth/viewer';
import { Mailer } from '../mail/mailer';
import { PubSub } from '../pubsub/pub-sub';
import { notificationAddedTopic, toNotificationAddedEvent } from './notification-event';
import { renderNotificationMail } from './notification-mail';
import type { NotificationEntity } from './notification.entity';
import { type NotificationInput, Notifier } from './notifier';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Mails queued at once: a notice to the whole company does not open thousands of queries together. */
const MAIL_BATCH = 50;

interface InsertedRow {
  id: string;
  recipient_id: string;
  kind: string;
  title_ja: string;
  title_en: string;
  body_ja: string | null;
  body_en: string | null;
  link: string;
  actor_id: string | null;
  dedupe_key: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** The platform's Notifier: rows for the bell, a live event per recipient, and mails when asked. */
@Injectable()
export class NotificationService extends Notifier {
  private readonly logger = new Logger('Notifier');

  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: PubSub,
    @Inject(PERSON_DIRECTORY) private readonly people: PersonDirectoryPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {
    super();
  }

  async notify(input: NotificationInput): Promise<number> {
    checkInput(input);
    const actorId = input.actorId ? input.actorId.toLowerCase() : null;
    // Never the actor of their own act; each recipient once.
    const recipientIds = [...new Set(input.recipientIds.map((id) => id.toLowerCase()))].filter((id) => id !== actorId);
    if (recipientIds.length === 0) return 0;

    // One statement whatever the number of recipients; a repeated key adds nothing.
    const rows = (await this.dataSource.query(
      `INSERT INTO notifications (recipient_id, kind, title_ja, title_en, body_ja, body_en, link, actor_id, dedupe_key)
       SELECT recipient_id, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::uuid, $9::text
         FROM unnest($1::uuid[]) AS recipient_id
       ON CONFLICT (recipient_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING *`,
      [
        recipientIds,
        input.kind,
        input.title.ja,
        input.title.en,
        input.body?.ja ?? null,
        input.body?.en ?? null,
        input.link,
        actorId,
        input.dedupeKey ?? null,
      ],
    )) as InsertedRow[];
    const created = rows.map(toEntity);

    await this.publish(created);
    if (input.mail && created.length > 0)
      await this.mail(
        input,
        created.map((row) => row.recipientId),
      );
    return created.length;
  }

  /** Live bells are a convenience (the list is read from the database): a failed publish is logged, not thrown. */
  private async publish(created: NotificationEntity[]): Promise<void> {
    const results = await Promise.allSettled(
      created.map((row) => this.pubSub.publish(notificationAddedTopic(row.recipientId), toNotificationAddedEvent(row))),
    );
    const failed = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed.length > 0) {
      this.logger.warn(`Live notification events not published for ${failed.length} recipient(s): ${String(failed[0]?.reason)}`);
    }
  }

  /**
   * One mail per newly notified recipient, in their language. The notifications are already
   * stored, so a failed enqueue is logged rather than thrown: a retry of the caller would be
   * deduplicated and mail nothing anyway.
   */
  private async mail(input: NotificationInput, recipientIds: string[]): Promise<void> {
    const mailer = this.mailer;
    const recipients = await this.people.activePeopleByIds(recipientIds);
    let failed = 0;
    for (let start = 0; start < recipients.length; start += MAIL_BATCH) {
      const results = await Promise.allSettled(
        recipients
          .slice(start, start + MAIL_BATCH)
          .map((recipient) =>
            mailer.enqueue(
              renderNotificationMail(
                recipient.email,
                { title: input.title, body: input.body, link: input.link },
                recipient.preferredLocale,
                this.config.publicUrl,
              ),
            ),
          ),
      );
      failed += results.filter((result) => result.status === 'rejected').length;
    }
    if (failed > 0) this.logger.error(`${failed} "${input.kind}" notification mail(s) could not be queued.`);
  }
}

/** A caller's mistake is named here, not left to surface as an SQL error. */
function checkInput(input: NotificationInput): void {
  const problems: string[] = [];
  if (!input.kind?.trim()) problems.push('kind must not be empty');
  if (!input.title?.ja?.trim() || !input.title?.en?.trim()) problems.push('title needs both ja and en');
  if (input.body && (typeof input.body.ja !== 'string' || typeof input.body.en !== 'string')) problems.push('body needs both ja and en');
  // A path of this app: the bell and the mail must never lead to another site.
  if (typeof input.link !== 'string' || !input.link.startsWith('/') || input.link.startsWith('//') || input.link.includes('\\'))
    problems.push(`link must be a path of the web app starting with / (got "${String(input.link)}")`);
  const badRecipient = input.recipientIds.find((id) => !UUID.test(id));
  if (badRecipient !== undefined) problems.push(`recipientIds must be person ids (got "${badRecipient}")`);
  if (input.actorId && !UUID.test(input.actorId)) problems.push(`actorId must be a person id (got "${input.actorId}")`);
  if (problems.length > 0) throw new Error(`Notifier.notify: ${problems.join('; ')}.`);
}

function toEntity(row: InsertedRow): NotificationEntity {
  return {
    id: row.id,
    recipientId: row.recipient_id,
    kind: row.kind,
    titleJa: row.title_ja,
    titleEn: row.title_en,
    bodyJa: row.body_ja,
    bodyEn: row.body_en,
    link: row.link,
    actorId: row.actor_id,
    dedupeKey: row.dedupe_key,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
