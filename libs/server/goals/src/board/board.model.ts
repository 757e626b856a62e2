import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Locale } from '@kakehashi/shared-contracts';
import { GoalConfidence, GoalDirection, GoalKind, GoalStatus, GoalUnit } from '../common/enums';
import { Goal, GoalPeriodModel } from '../goals/goal.model';

@ArgsType()
export class GoalBoardArgs {
  @Field(() => Int, { nullable: true, description: 'Default: the current fiscal year.' })
  @IsOptional()
  @IsInt({ message: 'must be a year' })
  @Min(2000, { message: 'must be from 2000 to 2100' })
  @Max(2100, { message: 'must be from 2000 to 2100' })
  fiscalYear?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The quarter whose quarterly goals show with the year’s; default: the current one (Q4 for a past year, Q1 for a future one).',
  })
  @IsOptional()
  @IsIn([1, 2, 3, 4], { message: 'must be 1, 2, 3 or 4' })
  quarter?: number;

  @Field(() => ID, { nullable: true, description: 'Only goals this department (or one below it) contributes to, under their KGIs.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a department id' })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Only goals this team owns or contributes to, under their KGIs.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}

@ArgsType()
export class GoalBoardCsvArgs extends GoalBoardArgs {
  @Field(() => Locale, { defaultValue: Locale.ja, description: 'The language of headers and labels.' })
  @IsEnum(Locale, { message: 'must be ja or en' })
  locale!: Locale;
}

@ObjectType({ description: 'A goal on the board, indented under its KGI.' })
export class GoalBoardRow {
  @Field(() => Goal)
  goal!: Goal;

  @Field(() => Int, { description: '0 for the KGI (or a top-level KPI), 1 for its KPIs, and so on.' })
  depth!: number;

  @Field({ description: 'False for a goal shown only as the context of a filtered one.' })
  matches!: boolean;
}

@ObjectType({ description: 'A KGI (or a top-level KPI) with the goals that roll up into it, the worst first.' })
export class GoalBoardGroup {
  @Field(() => [GoalBoardRow], { description: 'The top goal first, then its tree.' })
  rows!: GoalBoardRow[];
}

@ObjectType({ description: 'How many goals stand where (the owner’s confidence).' })
export class GoalBoardSummary {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  onTrack!: number;

  @Field(() => Int)
  atRisk!: number;

  @Field(() => Int)
  offTrack!: number;

  @Field(() => Int, { description: 'No check-in yet.' })
  noCheckIn!: number;

  @Field(() => Int, { description: 'Active goals whose last cadence slot passed without a check-in.' })
  overdue!: number;
}

@ObjectType({
  description: 'Every company goal of a fiscal year and one of its quarters, grouped under their KGIs, at-risk and off-track first.',
})
export class GoalBoard {
  @Field(() => GoalPeriodModel)
  fiscalYear!: GoalPeriodModel;

  @Field(() => GoalPeriodModel)
  quarter!: GoalPeriodModel;

  @Field(() => [GoalBoardGroup])
  groups!: GoalBoardGroup[];

  @Field(() => GoalBoardSummary)
  summary!: GoalBoardSummary;

  @Field(() => [Int], { description: 'Fiscal years that have goals, newest first (the period picker).' })
  fiscalYears!: number[];

  @Field({ description: 'More goals than the board shows (GOAL_BOARD_MAX).' })
  truncated!: boolean;
}

@ObjectType({ description: 'One goal as the board showed it: what CSV exports and snapshots hold.' })
export class GoalBoardLine {
  @Field(() => ID)
  goalId!: string;

  @Field()
  code!: string;

  @Field(() => GoalKind)
  kind!: GoalKind;

  @Field(() => Int)
  depth!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field()
  periodKey!: string;

  @Field(() => GoalStatus)
  status!: GoalStatus;

  @Field()
  ownerName!: string;

  @Field(() => [String], { description: 'Contributing departments (Japanese names).' })
  departments!: string[];

  @Field(() => GoalUnit)
  unit!: GoalUnit;

  @Field(() => String, { nullable: true })
  unitLabel!: string | null;

  @Field(() => GoalDirection)
  direction!: GoalDirection;

  @Field(() => Float)
  baseline!: number;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true })
  rangeLow!: number | null;

  @Field(() => Float, { nullable: true })
  rangeHigh!: number | null;

  @Field(() => Float, { nullable: true })
  currentValue!: number | null;

  @Field(() => Float, { nullable: true })
  progress!: number | null;

  @Field(() => Float)
  pace!: number;

  @Field(() => GoalConfidence, { nullable: true })
  confidence!: GoalConfidence | null;

  @Field(() => GoalConfidence, { nullable: true })
  suggestedConfidence!: GoalConfidence | null;

  @Field(() => Date, { nullable: true })
  lastCheckInAt!: Date | null;

  @Field(() => [Float])
  trend!: number[];
}

@ObjectType({ description: 'The board as it was at the end of a quarter (never recomputed).' })
export class GoalBoardSnapshot {
  @Field(() => ID)
  id!: string;

  @Field(() => GoalPeriodModel)
  period!: GoalPeriodModel;

  @Field(() => Date)
  takenAt!: Date;

  @Field(() => [GoalBoardLine])
  lines!: GoalBoardLine[];
}
