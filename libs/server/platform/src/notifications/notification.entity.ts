import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One notification for one person (the bell). Recipient and actor are directory people; no
 * foreign key, as the platform does not own that table.
 */
@Entity('notifications')
// "Mine, newest first" (scanned backwards) and its cursor.
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt', 'id'])
// The unread count and the unread-only list read only this small part of the table.
@Index('notifications_recipient_unread_idx', ['recipientId', 'createdAt', 'id'], { where: 'read_at IS NULL' })
// A retried or repeated trigger adds nothing for the same recipient and key.
@Index('notifications_recipient_dedupe_key', ['recipientId', 'dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  /** Dotted by domain: `newsletter.mention`. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  titleJa!: string;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text', nullable: true })
  bodyJa!: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn!: string | null;

  /** A path of the web app. */
  @Column({ type: 'text' })
  link!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
