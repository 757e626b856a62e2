import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every write of a check-in, as written: its history, and the idempotency keys of retries. */
@Entity('goal_check_in_entries')
@Index('goal_check_in_entries_check_in_idx', ['checkInId', 'createdAt'])
@Index('goal_check_in_entries_idempotency_key', ['authorId', 'idempotencyKey'], { unique: true })
export class GoalCheckInEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  checkInId!: string;

  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'numeric' })
  value!: string;

  @Column({ type: 'text' })
  confidence!: string;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  idempotencyKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
