import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A customer-voice ticket: what product triages. Its voices (one per customer statement)
 * live in customer_voices; the counts and revenue at stake over them are kept here, so the
 * inbox sorts by an index.
 */
@Entity('voice_tickets')
@Index('voice_tickets_number_key', ['number'], { unique: true })
@Index('voice_tickets_revenue_idx', ['revenueAtStake', 'id'])
@Index('voice_tickets_customers_idx', ['customerCount', 'id'])
@Index('voice_tickets_filed_idx', ['filedAt', 'id'])
@Index('voice_tickets_status_idx', ['status', 'productAreaId'])
@Index('voice_tickets_untriaged_idx', ['filedAt', 'id'], { where: `status = 'NEW'` })
@Index('voice_tickets_triage_due_idx', ['triageDueAt'], { where: `status = 'NEW' AND triage_reminded_at IS NULL` })
@Index('voice_tickets_merged_into_idx', ['mergedIntoId'], { where: 'merged_into_id IS NOT NULL' })
@Index('voice_tickets_goal_ids_idx', { synchronize: false })
@Index('voice_tickets_search_vector_idx', { synchronize: false })
@Index('voice_tickets_summary_vector_idx', { synchronize: false })
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What people call it: VOC-1234. */
  @Column({ type: 'integer' })
  @Generated('increment')
  number!: number;

  @Column({ type: 'text', default: 'NEW' })
  status!: string;

  /** The filer's summary: the ticket's headline. */
  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  impact!: string;

  @Column({ type: 'uuid', nullable: true })
  productAreaId!: string | null;

  /** A triager's grouping within the area (テーマ), free text. */
  @Column({ type: 'text', nullable: true })
  theme!: string | null;

  /** The product person who owns it. */
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'uuid' })
  filerId!: string;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  goalIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  storyIds!: string[];

  @Column({ type: 'integer', default: 0 })
  voiceCount!: number;

  /** Distinct customer accounts among its voices (a merge counts each customer once). */
  @Column({ type: 'integer', default: 0 })
  customerCount!: number;

  /** Yen: each distinct account's annual contract value, once. */
  @Column({ type: 'numeric', default: 0 })
  revenueAtStake!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  segments!: string[];

  /** Account names and verbatims of its voices, as search reads them. */
  @Column({ type: 'text', default: '' })
  voiceText!: string;

  /** Maintained by a trigger: everything searchable. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  searchVector!: string | null;

  /** Maintained by a trigger: the summary, theme and accounts (what "similar" compares). */
  @Column({ type: 'tsvector', nullable: true, select: false })
  summaryVector!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  filedAt!: Date;

  /** The first triage is due by then (business days after filing). */
  @Column({ type: 'timestamptz' })
  triageDueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  firstTriagedAt!: Date | null;

  /** Business days from filing to the first triage (Japan's calendar), kept for the insight page's distribution. */
  @Column({ type: 'integer', nullable: true })
  triageBusinessDays!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  triageRemindedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
