import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { NewsletterEntity } from '../newsletters/newsletter.entity';

@Entity('editions')
// A newsletter's page (per status, newest first).
@Index('editions_newsletter_listing_idx', ['newsletterId', 'status', 'listedAt', 'id'])
// The feed and the digest: published editions, newest first.
@Index('editions_published_idx', ['publishedAt', 'id'], { where: `status = 'PUBLISHED'` })
// The feed's pinned editions: few, found without walking the published ones.
@Index('editions_pinned_idx', ['pinnedUntil'], { where: `status = 'PUBLISHED' AND pinned_until IS NOT NULL` })
// The safety sweep that publishes overdue scheduled editions.
@Index('editions_scheduled_idx', ['scheduledAt'], { where: `status = 'SCHEDULED'` })
export class EditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  newsletterId!: string;

  @ManyToOne(() => NewsletterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newsletter_id', foreignKeyConstraintName: 'editions_newsletter_id_fkey' })
  newsletter?: NewsletterEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  /** EditionStatus. */
  @Column({ type: 'text', default: 'DRAFT' })
  status!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  coverImageUrl!: string | null;

  /** Sanitized on the way in: never stored as sent. */
  @Column({ type: 'text', default: '' })
  bodyHtml!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** EditionAudienceKind. */
  @Column({ type: 'text', default: 'COMPANY' })
  audienceKind!: string;

  /** The departments the editor chose. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  audienceDepartmentIds!: string[];

  /** Those and all their descendants, expanded when saved: "is this reader addressed?" needs no tree walk. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  audienceExpandedIds!: string[];

  /** Active people addressed at publication (the denominator of every rate). */
  @Column({ type: 'integer', nullable: true })
  audienceSize!: number | null;

  @Column({ type: 'boolean', default: false })
  mustRead!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  pinnedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  scheduledAt!: Date | null;

  /** The queued publish job, to cancel when the schedule changes. */
  @Column({ type: 'text', nullable: true })
  scheduleJobId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Set when a published edition's content changes (readers see "updated"). */
  @Column({ type: 'timestamptz', nullable: true })
  contentUpdatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastReminderAt!: Date | null;

  /** The sort key of a newsletter's listing: created (draft), scheduled, or published time. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  listedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
