import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsIdempotencyKey, IsText } from '@kakehashi/server-platform';
import { GOAL_CHECK_IN_NOTE_MAX_LENGTH, GOAL_COMMENT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { GoalConfidence } from '../../common/enums';
import { IsGoalValue } from '../../goals/dto/goal.input';

@InputType()
export class RecordCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  goalId!: string;

  @Field(() => Float, { description: '実績: the value now.' })
  @IsGoalValue()
  value!: number;

  @Field(() => GoalConfidence)
  @IsEnum(GoalConfidence, { message: 'must be ON_TRACK, AT_RISK or OFF_TRACK' })
  confidence!: GoalConfidence;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @IsText(GOAL_CHECK_IN_NOTE_MAX_LENGTH)
  note?: string;

  @Field({ nullable: true, description: 'A day of the cadence slot to check in for (YYYY-MM-DD); default today. Never in the future.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  date?: string;

  @Field(() => Int, { nullable: true, description: "When editing the slot's check-in: the version read (a stale one is a CONFLICT)." })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field({ description: 'Made by the client once per intended check-in: a retry returns the first result.' })
  @IsIdempotencyKey()
  idempotencyKey!: string;
}

@InputType()
export class CommentOnCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a check-in id' })
  checkInId!: string;

  @Field()
  @IsText(GOAL_COMMENT_MAX_LENGTH, { required: true })
  body!: string;

  @Field()
  @IsIdempotencyKey()
  idempotencyKey!: string;
}
