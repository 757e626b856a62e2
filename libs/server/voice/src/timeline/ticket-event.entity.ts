import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What happened to a ticket, in order: its history (statuses, merges, voices, triage changes). */
@Entity('ticket_events')
@Index('ticket_events_ticket_idx', ['ticketId', 'createdAt'])
export class TicketEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'text', nullable: true })
  toStatus!: string | null;

  /** The other ticket of a merge. */
  @Column({ type: 'uuid', nullable: true })
  otherTicketId!: string | null;

  /** Shown to product only (owner, area, theme, link changes). */
  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
