import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Department, PageInfo, Person } from '@kakehashi/server-platform';

@ObjectType()
export class AcknowledgementEdge {
  @Field()
  cursor!: string;

  @Field(() => Person)
  node!: Person;

  @Field(() => Department, { nullable: true, description: 'Their department (when they acknowledged, or now for those who have not).' })
  department!: Department | null;

  @Field(() => Date, { nullable: true, description: 'Null for those who have not acknowledged.' })
  acknowledgedAt!: Date | null;
}

@ObjectType({ description: 'Recipients of a must-read who have (or have not) acknowledged it.' })
export class AcknowledgementConnection {
  @Field(() => [AcknowledgementEdge])
  edges!: AcknowledgementEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many, over all pages.' })
  totalCount!: number;
}

@ObjectType()
export class MustReadReminderResult {
  @Field(() => Int, { description: 'Recipients who had not acknowledged and were reminded.' })
  notified!: number;

  @Field({ description: 'The next reminder for this edition is allowed from then.' })
  nextAllowedAt!: Date;
}
