import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GoalConfidence } from '../common/enums';

@ObjectType({ description: 'One write of a check-in, as it was (the history of an edited check-in).' })
export class GoalCheckInEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => GoalConfidence)
  confidence!: GoalConfidence;

  @Field()
  note!: string;

  @Field(() => Date)
  createdAt!: Date;

  authorId!: string;
}

@ObjectType({ description: 'A comment on a check-in.' })
export class GoalCheckInComment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  checkInId!: string;

  @Field()
  body!: string;

  @Field(() => Date)
  createdAt!: Date;

  authorId!: string;
}

@ObjectType({ description: 'The value, confidence and note of one cadence slot; a second check-in in the slot edits it.' })
export class GoalCheckIn {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  goalId!: string;

  @Field({ description: 'First day of the cadence slot (a Monday, or the 1st of a month; YYYY-MM-DD).' })
  slotStart!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => GoalConfidence)
  confidence!: GoalConfidence;

  @Field()
  note!: string;

  @Field(() => Int)
  commentCount!: number;

  @Field({ description: 'Written more than once (the entries keep each write).' })
  edited!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;

  authorId!: string;
  /** Read with the check-in (a goal page): no statement of their own. */
  preloadedComments?: GoalCheckInComment[];
  /** Likewise its history. */
  preloadedEntries?: GoalCheckInEntry[];
}
