import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  assertId,
  CurrentViewer,
  selectsField,
  type GraphQLContext,
  type NoArgs,
  NotFoundError,
  Person,
  SessionService,
  type Viewer,
} from '@kakehashi/server-platform';
import { PeopleArgs } from './dto/people.args';
import { UpdateMyProfileInput } from './dto/update-my-profile.input';
import { PersonLoaders } from './person.loaders';
import { PersonConnection } from './person-connection.model';
import { PersonService } from './person.service';

@Resolver(() => Person)
export class PersonResolver {
  constructor(
    private readonly personService: PersonService,
    private readonly loaders: PersonLoaders,
    private readonly sessions: SessionService,
  ) {}

  @Query(() => Person, { description: 'The signed-in person.' })
  async me(@CurrentViewer() viewer: Viewer, @Context() context: GraphQLContext): Promise<Person> {
    const person = await this.loaders.byId(context, viewer.personId);
    if (!person) throw new NotFoundError('Person', viewer.personId);
    return person;
  }

  @Query(() => Person, { nullable: true })
  async person(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person | null> {
    if (!selectsField(info, 'manager')) return this.loaders.byId(context, assertId(id));
    // A profile shows the manager: fetch both in one round trip, and let the manager field find it cached.
    const [person, manager] = await this.personService.withManager(assertId(id));
    this.loaders.prime(
      context,
      [person, manager].filter((found): found is Person => found !== null),
    );
    return person;
  }

  @Query(() => PersonConnection, { description: 'Active people, by name (Japanese, kana or English fragments) and department.' })
  async people(@Args() args: PeopleArgs, @Context() context: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<PersonConnection> {
    const connection = await this.personService.list(args, { withTotal: selectsField(info, 'totalCount') });
    this.loaders.prime(
      context,
      connection.edges.map((edge) => edge.node),
    );
    return connection;
  }

  @Mutation(() => Person, { description: "Changes the signed-in person's own profile fields." })
  async updateMyProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMyProfileInput): Promise<Person> {
    const person = await this.personService.updateProfile(viewer.personId, input);
    this.sessions.forgetPerson(viewer.personId);
    return person;
  }

  @ResolveField(() => Person, { nullable: true })
  manager(person: Person, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.loaders.byId(context, person.managerId);
  }

  @ResolveField(() => [Person])
  directReports(person: Person, _args: NoArgs, context: GraphQLContext): Promise<Person[]> {
    return this.loaders.directReports(context, person.id);
  }
}

@Resolver(() => PersonConnection)
export class PersonConnectionResolver {
  @ResolveField(() => Int, { description: 'How many people match, over all pages.' })
  totalCount(connection: PersonConnection): Promise<number> {
    return connection.countTotal();
  }
}
