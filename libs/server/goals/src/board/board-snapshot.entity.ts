import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The board as it was at a period's end: its rows are never recomputed. */
@Entity('goal_board_snapshots')
@Index('goal_board_snapshots_period_key', ['periodKind', 'periodStart'], { unique: true })
export class GoalBoardSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** GoalPeriodKind. */
  @Column({ type: 'text' })
  periodKind!: string;

  @Column({ type: 'int' })
  fiscalYear!: number;

  @Column({ type: 'int', nullable: true })
  quarter!: number | null;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  /** The board's rows (BoardRow) as they were. */
  @Column({ type: 'jsonb' })
  rows!: unknown[];

  @CreateDateColumn({ type: 'timestamptz' })
  takenAt!: Date;
}
