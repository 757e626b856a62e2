import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GoalCadence, GoalConfidence, GoalDirection, GoalKind, GoalPeriodKind, GoalStatus, GoalUnit } from '../common/enums';

@ObjectType({ description: 'A fiscal year, or one of its quarters.' })
export class GoalPeriodModel {
  @Field(() => GoalPeriodKind)
  kind!: GoalPeriodKind;

  @Field(() => Int, { description: 'Named by the calendar year it starts in: FY2026 starts in April 2026 (by default).' })
  fiscalYear!: number;

  @Field(() => Int, { nullable: true, description: '1–4; null for a whole fiscal year.' })
  quarter!: number | null;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  start!: string;

  @Field({ description: 'Last day (YYYY-MM-DD).' })
  end!: string;

  @Field({ description: 'FY2026 or FY2026-Q3.' })
  key!: string;
}

@ObjectType({ description: 'Where a goal stands today: measured against its target and against the pace expected by now.' })
export class GoalProgress {
  @Field(() => Float, { nullable: true, description: 'Latest check-in: 0 at the baseline, 1 at the target (may go beyond either).' })
  actual!: number | null;

  @Field(() => Float, { description: 'The progress expected by today (1 for a range goal).' })
  pace!: number;

  @Field(() => Float, { nullable: true, description: 'The value on pace today (null for a range goal).' })
  paceValue!: number | null;

  @Field(() => Float, { nullable: true, description: "Children's progress weighted (null without children)." })
  rolledUp!: number | null;

  @Field(() => GoalConfidence, {
    nullable: true,
    description: 'What the numbers say at the latest check-in; the owner’s own call is `confidence`.',
  })
  suggestedConfidence!: GoalConfidence | null;

  @Field({ description: 'No check-in yet in the current cadence slot.' })
  checkInDue!: boolean;

  @Field({ description: 'The previous cadence slot passed without a check-in.' })
  checkInOverdue!: boolean;
}

@ObjectType({ description: 'A KGI or KPI for one period.' })
export class Goal {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Short reference, e.g. KGI-01.' })
  code!: string;

  @Field(() => GoalKind)
  kind!: GoalKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field()
  description!: string;

  @Field(() => GoalUnit)
  unit!: GoalUnit;

  @Field(() => String, { nullable: true, description: 'The unit’s own name when unit is FREE.' })
  unitLabel!: string | null;

  @Field(() => GoalDirection)
  direction!: GoalDirection;

  @Field(() => Float)
  baseline!: number;

  @Field(() => Float, { nullable: true, description: 'Null for a range goal.' })
  target!: number | null;

  @Field(() => Float, { nullable: true })
  rangeLow!: number | null;

  @Field(() => Float, { nullable: true })
  rangeHigh!: number | null;

  @Field(() => [Float], { description: 'Seasonal targets at the end of each month of the period (empty: a straight line).' })
  monthlyTargets!: number[];

  @Field(() => GoalPeriodModel)
  period!: GoalPeriodModel;

  @Field(() => GoalCadence)
  cadence!: GoalCadence;

  @Field(() => GoalStatus)
  status!: GoalStatus;

  @Field(() => ID, { nullable: true, description: 'The goal it rolls up into.' })
  parentId!: string | null;

  @Field(() => Float, { description: "Its share (percent) of the parent's roll-up." })
  weight!: number;

  @Field({ description: 'Rolled into the next period at period end.' })
  recurring!: boolean;

  @Field(() => ID, { description: 'The same goal over its periods.' })
  seriesId!: string;

  @Field(() => ID, { nullable: true, description: 'The same goal in the period before.' })
  previousId!: string | null;

  @Field(() => Float, { nullable: true, description: '実績: the latest check-in’s value.' })
  currentValue!: number | null;

  @Field(() => GoalConfidence, { nullable: true, description: 'The latest check-in’s confidence, the owner’s call.' })
  confidence!: GoalConfidence | null;

  @Field(() => Date, { nullable: true })
  lastCheckInAt!: Date | null;

  @Field(() => [Float], { description: 'The latest check-ins’ values, oldest first (a sparkline).' })
  trend!: number[];

  @Field(() => GoalProgress)
  progress!: GoalProgress;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  // Read by resolvers, not shown as such.
  ownerId!: string;
  departmentIds!: string[];
  teamIds!: string[];
  lastCheckInSlot!: string | null;
  remindedSlot!: string | null;
  createdById!: string;
}
