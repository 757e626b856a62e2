import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReadProgress } from '../common/enums';

@ObjectType({ description: 'What was recorded of my reading (nothing for an edition that is not addressed to me).' })
export class EditionReadReceipt {
  @Field(() => ID)
  editionId!: string;

  @Field({ description: 'False when nothing was recorded: not published, or I am not in its audience.' })
  recorded!: boolean;

  @Field(() => ReadProgress, { nullable: true })
  progress!: ReadProgress | null;

  @Field(() => Int)
  dwellSeconds!: number;
}
