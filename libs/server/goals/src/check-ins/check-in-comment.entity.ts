import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A comment on a check-in (questions from the board, answers from the owner). */
@Entity('goal_check_in_comments')
@Index('goal_check_in_comments_check_in_idx', ['checkInId', 'createdAt'])
@Index('goal_check_in_comments_idempotency_key', ['authorId', 'idempotencyKey'], { unique: true })
export class GoalCheckInCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  checkInId!: string;

  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  idempotencyKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
