import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One customer's statement (a voice) on a ticket: the first one files the ticket, later ones
 * are +1s from other customers or filers. A merge moves voices to the surviving ticket and
 * keeps where each came from.
 */
@Entity('customer_voices')
@Index('customer_voices_ticket_idx', ['ticketId', 'createdAt'])
@Index('customer_voices_filer_idx', ['filerId', 'createdAt'])
@Index('customer_voices_idempotency_key', ['filerId', 'idempotencyKey'], { unique: true })
export class VoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  /** The ticket it was first added to (differs from ticketId after a merge). */
  @Column({ type: 'uuid' })
  originalTicketId!: string;

  @Column({ type: 'uuid' })
  filerId!: string;

  @Column({ type: 'text' })
  accountName!: string;

  /** The account name normalized (width, case, spaces, 株式会社…): one customer however it is typed. */
  @Column({ type: 'text' })
  accountKey!: string;

  @Column({ type: 'text' })
  segment!: string;

  /** Yen per year; unknown when null. */
  @Column({ type: 'numeric', nullable: true })
  annualContractValue!: string | null;

  @Column({ type: 'text', nullable: true })
  contactRole!: string | null;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text' })
  verbatim!: string;

  @Column({ type: 'text', nullable: true })
  externalReference!: string | null;

  @Column({ type: 'text' })
  idempotencyKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
