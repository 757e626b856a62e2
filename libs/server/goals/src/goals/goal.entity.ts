import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A KGI or KPI for one period. Numbers are `numeric` (read back as strings). The latest
 * check-in's value, confidence and the trend are kept in the row, so the board reads one
 * row per goal and never the check-ins.
 */
@Entity('goals')
// The board: a period's goals.
@Index('goals_period_idx', ['periodStart', 'periodKind', 'status'])
// Roll-up: a goal's children.
@Index('goals_parent_idx', ['parentId'], { where: 'parent_id IS NOT NULL' })
// "My goals" and the reminder job.
@Index('goals_owner_idx', ['ownerId', 'status'])
// A goal's periods, oldest first (recurring goals).
@Index('goals_series_idx', ['seriesId', 'periodStart'])
// One live goal per code and period.
@Index('goals_code_period_key', ['code', 'periodStart', 'periodKind'], { unique: true, where: `status <> 'CANCELLED'` })
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  /** GoalKind. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  /** Contributing departments ("My goals" and the department filter: GIN). */
  @Index('goals_department_ids_idx', { synchronize: false })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  departmentIds!: string[];

  /** Contributing teams (rosters). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  teamIds!: string[];

  /** GoalUnit. */
  @Column({ type: 'text' })
  unit!: string;

  /** The unit's own name when unit is FREE (e.g. 社). */
  @Column({ type: 'text', nullable: true })
  unitLabel!: string | null;

  /** GoalDirection. */
  @Column({ type: 'text' })
  direction!: string;

  @Column({ type: 'numeric' })
  baseline!: string;

  /** The value to reach at period end (INCREASE, DECREASE). */
  @Column({ type: 'numeric', nullable: true })
  target!: string | null;

  /** The band to stay within (RANGE). */
  @Column({ type: 'numeric', nullable: true })
  rangeLow!: string | null;

  @Column({ type: 'numeric', nullable: true })
  rangeHigh!: string | null;

  /** Seasonal KPIs: the target at the end of each month of the period, in order (empty: a straight line). */
  @Column({ type: 'numeric', array: true, default: () => "'{}'" })
  monthlyTargets!: string[];

  /** GoalPeriodKind. */
  @Column({ type: 'text' })
  periodKind!: string;

  /** The fiscal year, named by the calendar year it starts in (FY2026 starts April 2026). */
  @Column({ type: 'int' })
  fiscalYear!: number;

  /** 1–4 for quarters, null for a fiscal year. */
  @Column({ type: 'int', nullable: true })
  quarter!: number | null;

  @Column({ type: 'date' })
  periodStart!: string;

  /** The last day of the period. */
  @Column({ type: 'date' })
  periodEnd!: string;

  /** GoalCadence. */
  @Column({ type: 'text' })
  cadence!: string;

  /** GoalStatus. */
  @Column({ type: 'text', default: 'DRAFT' })
  status!: string;

  /** The goal it rolls up into. */
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Its share (percent) of the parent's roll-up; the children of a goal add up to 100. */
  @Column({ type: 'numeric', precision: 5, scale: 2, default: 0 })
  weight!: string;

  /** Rolled into the next period at period end. */
  @Column({ type: 'boolean', default: false })
  recurring!: boolean;

  /** The same goal over its periods: the first period's id. */
  @Column({ type: 'uuid' })
  seriesId!: string;

  /** The period before (a rolled goal). */
  @Column({ type: 'uuid', nullable: true })
  previousId!: string | null;

  /** The latest check-in's value. */
  @Column({ type: 'numeric', nullable: true })
  currentValue!: string | null;

  /** The latest check-in's confidence (GoalConfidence). */
  @Column({ type: 'text', nullable: true })
  currentConfidence!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastCheckInAt!: Date | null;

  /** The cadence slot (its first day) of the latest check-in. */
  @Column({ type: 'date', nullable: true })
  lastCheckInSlot!: string | null;

  /** The latest check-ins' values, oldest first (the board's sparkline). */
  @Column({ type: 'numeric', array: true, default: () => "'{}'" })
  trend!: string[];

  /** The cadence slot the reminder job last reminded the owner of. */
  @Column({ type: 'date', nullable: true })
  remindedSlot!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
