import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { IsText } from '@kakehashi/server-platform';
import { STORY_REVIEW_COMMENT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { StoryReviewDecision } from '../../common/enums';

@InputType()
export class ReviewStoryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a story id' })
  id!: string;

  @Field(() => StoryReviewDecision, { description: 'APPROVED publishes it; CHANGES_REQUESTED sends it back to draft.' })
  @IsEnum(StoryReviewDecision, { message: 'must be APPROVED or CHANGES_REQUESTED' })
  decision!: StoryReviewDecision;

  @Field({ defaultValue: '', description: 'Required when asking for changes.' })
  @IsText(STORY_REVIEW_COMMENT_MAX_LENGTH)
  comment: string = '';
}
