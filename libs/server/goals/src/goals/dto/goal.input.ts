import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsText } from '@kakehashi/server-platform';
import {
  GOAL_CODE_MAX_LENGTH,
  GOAL_CODE_PATTERN,
  GOAL_DEPARTMENTS_MAX,
  GOAL_DESCRIPTION_MAX_LENGTH,
  GOAL_TITLE_MAX_LENGTH,
  GOAL_UNIT_LABEL_MAX_LENGTH,
  GOAL_VALUE_MAX_ABS,
  GOAL_WEIGHT_TOTAL,
} from '@kakehashi/shared-contracts';
import { GoalCadence, GoalDirection, GoalKind, GoalPeriodKind, GoalStatus, GoalUnit } from '../../common/enums';

/** A goal's number: finite and within ±GOAL_VALUE_MAX_ABS. */
export const IsGoalValue = (each = false): PropertyDecorator =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }, { each, message: 'must be a number' }),
    Min(-GOAL_VALUE_MAX_ABS, { each, message: `must be at least -${GOAL_VALUE_MAX_ABS}` }),
    Max(GOAL_VALUE_MAX_ABS, { each, message: `must be at most ${GOAL_VALUE_MAX_ABS}` }),
  );

const IsWeight = (): PropertyDecorator =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' }),
    Min(0, { message: 'must be from 0 to 100' }),
    Max(GOAL_WEIGHT_TOTAL, { message: 'must be from 0 to 100' }),
  );

/** The fields a goal is written with; on update, those left out keep their value. */
@InputType({ isAbstract: true })
class GoalFieldsInput {
  @Field({ nullable: true, description: 'Short reference unique in its period, e.g. KGI-01.' })
  @IsOptional()
  @IsText(GOAL_CODE_MAX_LENGTH)
  @Matches(GOAL_CODE_PATTERN, { message: 'must be letters, digits, "-", "_" or "." (e.g. KPI-CS-01)' })
  code?: string;

  @Field(() => GoalKind, { nullable: true })
  @IsOptional()
  @IsEnum(GoalKind, { message: 'must be KGI or KPI' })
  kind?: GoalKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(GOAL_TITLE_MAX_LENGTH)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(GOAL_TITLE_MAX_LENGTH)
  titleEn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(GOAL_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The person who owns it (an active person).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  ownerId?: string;

  @Field(() => [ID], { nullable: true, description: 'Contributing departments (empty: the whole company).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(GOAL_DEPARTMENTS_MAX, { message: `must have at most ${GOAL_DEPARTMENTS_MAX} departments` })
  @IsUUID('all', { each: true, message: 'must be department ids' })
  departmentIds?: string[];

  @Field(() => GoalUnit, { nullable: true })
  @IsOptional()
  @IsEnum(GoalUnit, { message: 'must be one of the units' })
  unit?: GoalUnit;

  @Field(() => String, { nullable: true, description: 'The unit’s name when unit is FREE, e.g. 時間.' })
  @IsOptional()
  @IsText(GOAL_UNIT_LABEL_MAX_LENGTH)
  unitLabel?: string | null;

  @Field(() => GoalDirection, { nullable: true })
  @IsOptional()
  @IsEnum(GoalDirection, { message: 'must be INCREASE, DECREASE or RANGE' })
  direction?: GoalDirection;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsGoalValue()
  baseline?: number;

  @Field(() => Float, { nullable: true, description: 'Required to increase or decrease; none for a range.' })
  @IsOptional()
  @IsGoalValue()
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsGoalValue()
  rangeLow?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsGoalValue()
  rangeHigh?: number | null;

  @Field(() => [Float], {
    nullable: true,
    description: 'Seasonal KPIs: the target at each month’s end (3 or 12, the last equal to target); empty for a straight line.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12, { message: 'must have at most 12 months' })
  @IsGoalValue(true)
  monthlyTargets?: number[];

  @Field(() => GoalPeriodKind, { nullable: true })
  @IsOptional()
  @IsEnum(GoalPeriodKind, { message: 'must be QUARTER or FISCAL_YEAR' })
  periodKind?: GoalPeriodKind;

  @Field(() => Int, { nullable: true, description: 'The fiscal year, by the calendar year it starts in.' })
  @IsOptional()
  @IsInt({ message: 'must be a year' })
  @Min(2000, { message: 'must be from 2000 to 2100' })
  @Max(2100, { message: 'must be from 2000 to 2100' })
  fiscalYear?: number;

  @Field(() => Int, { nullable: true, description: '1–4 for a quarter.' })
  @IsOptional()
  @IsIn([1, 2, 3, 4], { message: 'must be 1, 2, 3 or 4' })
  quarter?: number | null;

  @Field(() => GoalCadence, { nullable: true })
  @IsOptional()
  @IsEnum(GoalCadence, { message: 'must be WEEKLY or MONTHLY' })
  cadence?: GoalCadence;

  @Field(() => ID, { nullable: true, description: 'The goal it rolls up into (none: a top-level goal).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a goal id' })
  parentId?: string | null;

  @Field(() => Float, { nullable: true, description: "Its share (percent) of the parent's roll-up." })
  @IsOptional()
  @IsWeight()
  weight?: number;

  @Field({ nullable: true, description: 'Roll into the next period at period end.' })
  @IsOptional()
  @IsBoolean()
  recurring?: boolean;
}

@InputType()
export class CreateGoalInput extends GoalFieldsInput {
  @Field(() => GoalStatus, { nullable: true, description: 'DRAFT (default) or ACTIVE.' })
  @IsOptional()
  @IsIn([GoalStatus.DRAFT, GoalStatus.ACTIVE], { message: 'must be DRAFT or ACTIVE' })
  status?: GoalStatus;
}

@InputType()
export class UpdateGoalInput extends GoalFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT.' })
  @IsInt()
  version!: number;
}

@InputType()
export class SetGoalStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  id!: string;

  @Field(() => GoalStatus)
  @IsEnum(GoalStatus, { message: 'must be a goal status' })
  status!: GoalStatus;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class GoalWeightInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  goalId!: string;

  @Field(() => Float)
  @IsWeight()
  weight!: number;
}

@InputType()
export class SetGoalWeightsInput {
  @Field(() => ID, { description: 'The goal whose children these are.' })
  @IsUUID('all', { message: 'must be a goal id' })
  parentId!: string;

  @Field(() => [GoalWeightInput], { description: 'Every child’s weight; they add up to 100.' })
  @IsArray()
  @ArrayMaxSize(100, { message: 'must have at most 100 goals' })
  @ValidateNested({ each: true })
  @Type(() => GoalWeightInput)
  weights!: GoalWeightInput[];
}

@InputType()
export class RollGoalForwardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  id!: string;

  @Field(() => Float, { nullable: true, description: 'Default: the latest check-in’s value (or the baseline).' })
  @IsOptional()
  @IsGoalValue()
  baseline?: number;

  @Field(() => Float, { nullable: true, description: 'Default: the same target.' })
  @IsOptional()
  @IsGoalValue()
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsGoalValue()
  rangeLow?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsGoalValue()
  rangeHigh?: number | null;
}
