import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo, Person } from '@kakehashi/server-platform';

@ObjectType()
export class PersonEdge {
  @Field()
  cursor!: string;

  @Field(() => Person)
  node!: Person;
}

@ObjectType()
export class PersonConnection {
  @Field(() => [PersonEdge])
  edges!: PersonEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for (see PersonConnectionResolver). */
  countTotal!: () => Promise<number>;
}
