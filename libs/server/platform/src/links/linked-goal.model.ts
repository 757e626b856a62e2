import { Field, ID, ObjectType } from '@nestjs/graphql';

/** What every domain shows of a goal it links to (a ticket's goals, a team's goals). */
@ObjectType({ isAbstract: true })
export abstract class LinkedGoalFields {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field({ description: 'The goal’s status (DRAFT, ACTIVE, ACHIEVED, MISSED, CANCELLED).' })
  status!: string;
}
