import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo, Person } from '@kakehashi/server-platform';
import { ReactionKind } from '../common/enums';

@ObjectType({ description: 'One kind of reaction on an edition: its count and whether I gave it.' })
export class EditionReaction {
  @Field(() => ReactionKind)
  kind!: ReactionKind;

  @Field()
  emoji!: string;

  @Field(() => Int)
  count!: number;

  @Field()
  reactedByMe!: boolean;
}

@ObjectType()
export class ReactionTally {
  @Field(() => ReactionKind)
  kind!: ReactionKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The new counts of an edition, pushed to everyone reading it.' })
export class EditionReactionsChanged {
  @Field(() => ID)
  editionId!: string;

  @Field(() => [ReactionTally])
  counts!: ReactionTally[];
}

@ObjectType()
export class ReactorEdge {
  @Field()
  cursor!: string;

  @Field(() => Person)
  node!: Person;

  @Field()
  reactedAt!: Date;
}

@ObjectType()
export class ReactorConnection {
  @Field(() => [ReactorEdge])
  edges!: ReactorEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
