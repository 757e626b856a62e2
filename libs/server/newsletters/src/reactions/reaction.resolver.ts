import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import {
  assertId,
  CurrentViewer,
  type GraphQLContext,
  type NoArgs,
  PERSON_DIRECTORY,
  type Person,
  type PersonDirectoryPort,
  PubSub,
  type Viewer,
} from '@kakehashi/server-platform';
import '../common/enums';
import { ReactorsArgs, SetReactionArgs } from './dto/reaction.args';
import { Edition } from '../editions/edition.model';
import { EditionService } from '../editions/edition.service';
import { ReactionLoaders } from './reaction.loaders';
import { EditionReaction, EditionReactionsChanged, ReactorConnection } from './reaction.model';
import { ReactionService, reactionsTopic, toReactions } from './reaction.service';

@Resolver(() => Edition)
export class ReactionResolver {
  constructor(
    private readonly reactionService: ReactionService,
    private readonly loaders: ReactionLoaders,
    private readonly editions: EditionService,
    private readonly pubSub: PubSub,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @Mutation(() => Edition, { description: 'Turns my reaction of a kind on or off; repeating it changes nothing.' })
  setReaction(@CurrentViewer() viewer: Viewer, @Args() args: SetReactionArgs): Promise<Edition> {
    return this.reactionService.set(viewer, args.editionId.toLowerCase(), args.kind, args.on);
  }

  @Subscription(() => EditionReactionsChanged, {
    description: 'New reaction counts of an edition I may read, as they change.',
    resolve: (payload: EditionReactionsChanged) => payload,
  })
  async editionReactionsChanged(
    @CurrentViewer() viewer: Viewer,
    @Args('editionId', { type: () => ID }) editionId: string,
  ): Promise<AsyncIterableIterator<EditionReactionsChanged>> {
    const edition = await this.editions.forViewer(viewer, assertId(editionId, 'editionId'));
    return this.pubSub.subscribe<EditionReactionsChanged>(reactionsTopic(edition.id));
  }

  @ResolveField(() => [EditionReaction], { description: 'Every reaction kind, in order, with counts and mine.' })
  reactions(edition: Edition, _args: NoArgs, context: GraphQLContext): EditionReaction[] | Promise<EditionReaction[]> {
    const tally = edition.reactionTally;
    return tally ? toReactions(tally.counts, tally.mine) : this.loaders.summary(context, edition.id);
  }

  @ResolveField(() => ReactorConnection, { description: 'Who reacted with a kind, most recent first.' })
  async reactors(@Parent() edition: Edition, @Args() args: ReactorsArgs, @Context() context: GraphQLContext): Promise<ReactorConnection> {
    const page = await this.reactionService.reactors(edition.id, args.kind, args.first, args.after);
    const people = await Promise.all(page.nodes.map((row) => this.directory.loadPerson(context, row.personId)));
    const edges = page.nodes.flatMap((row, index) => {
      const node: Person | null = people[index] ?? null;
      return node ? [{ cursor: row.cursor, node, reactedAt: row.reactedAt }] : [];
    });
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.nodes.at(-1)?.cursor ?? null } };
  }
}
