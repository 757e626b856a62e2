import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A reply to the filers, or an internal note that only product reads. */
@Entity('ticket_comments')
@Index('ticket_comments_ticket_idx', ['ticketId', 'createdAt'])
@Index('ticket_comments_idempotency_key', ['authorId', 'idempotencyKey'], { unique: true })
export class TicketCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  idempotencyKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
