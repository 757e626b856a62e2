import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One check-in per goal and cadence slot; a second one in the slot edits it (entries keep the history). */
@Entity('goal_check_ins')
@Index('goal_check_ins_slot_key', ['goalId', 'slotStart'], { unique: true })
export class GoalCheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  goalId!: string;

  /** The first day of the cadence slot (a Monday, or the 1st of a month). */
  @Column({ type: 'date' })
  slotStart!: string;

  @Column({ type: 'numeric' })
  value!: string;

  /** GoalConfidence. */
  @Column({ type: 'text' })
  confidence!: string;

  @Column({ type: 'text', default: '' })
  note!: string;

  /** Who wrote the current content. */
  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'int', default: 0 })
  commentCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
