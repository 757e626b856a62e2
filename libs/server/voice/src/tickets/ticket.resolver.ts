import { Inject } from '@nestjs/common';
import { Args, Context, Field, ID, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  APP_CONFIG,
  type AppConfig,
  assertId,
  CurrentViewer,
  type GraphQLContext,
  type NoArgs,
  PagingArgs,
  Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
  viewerOf,
} from '@kakehashi/server-platform';
import { canTriage } from '../common/voice-access';
import { ProductArea } from '../product-areas/product-area.model';
import { ProductAreaService } from '../product-areas/product-area.service';
import { TicketSearchService } from '../search/ticket-search.service';
import { AddVoiceInput, FileTicketInput, UpdateTicketInput } from './dto/file-ticket.input';
import { SimilarTicketsArgs, TicketFilterInput, TicketsArgs } from './dto/tickets.args';
import { toTicketRef } from './ticket-mapper';
import { TicketPageService } from './ticket-page.service';
import { TicketLoaders } from './ticket.loaders';
import {
  CustomerVoice,
  Ticket,
  TicketActivity,
  TicketConnection,
  TicketLinkedGoal,
  TicketLinkedStory,
  TicketRef,
  TicketStatusCount,
  TicketSuggestion,
} from './ticket.model';
import { canEditAsFiler, TicketService } from './ticket.service';

const GOAL_TICKETS_MAX = 20;

@ObjectType({ description: 'Customer-voice settings, and what I may do.' })
export class VoiceSettings {
  @Field(() => Int, { description: 'Business days a new ticket may wait for its first triage.' })
  triageTargetDays!: number;

  @Field({ description: 'I triage (Product.Triage or admin): the inbox, internal notes, merges.' })
  canTriage!: boolean;
}

@Resolver(() => Ticket)
export class TicketResolver {
  constructor(
    private readonly ticketService: TicketService,
    private readonly search: TicketSearchService,
    private readonly loaders: TicketLoaders,
    private readonly pages: TicketPageService,
    private readonly productAreas: ProductAreaService,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Ticket, { description: 'A ticket: every employee reads tickets; internal entries only product.' })
  async ticket(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<Ticket> {
    const page = await this.pages.read(viewer, assertId(id));
    this.loaders.primePage(context, page);
    return page.ticket;
  }

  @Query(() => TicketConnection, { description: 'The triage inbox (product): filters, sorts, 50 a page by default, at most 100.' })
  async tickets(@CurrentViewer() viewer: Viewer, @Args() args: TicketsArgs, @Context() context: GraphQLContext): Promise<TicketConnection> {
    const page = await this.search.inbox(viewer, args);
    this.loaders.prime(context, page.nodes);
    return page;
  }

  @Query(() => [TicketStatusCount], { description: 'The inbox’s tabs: tickets per status under the other filters (may lag 15 s).' })
  ticketStatusCounts(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => TicketFilterInput, nullable: true }) filter: TicketFilterInput | null,
  ): Promise<TicketStatusCount[]> {
    return this.search.statusCounts(viewer, filter);
  }

  @Query(() => TicketConnection, { description: 'Tickets I filed or added a customer’s voice to, newest first.' })
  myTickets(@CurrentViewer() viewer: Viewer, @Args() args: PagingArgs): Promise<TicketConnection> {
    return this.search.mine(viewer, args.first, args.after);
  }

  @Query(() => [TicketSuggestion], { description: 'Open tickets like the one being filed, to add a voice to instead.' })
  similarTickets(@Args() args: SimilarTicketsArgs): Promise<TicketSuggestion[]> {
    return this.search.similar(args);
  }

  @Query(() => [Ticket], { description: 'Customer-voice tickets linked to a goal (for its page), most customers first, at most 20.' })
  async goalTickets(@Args('goalId', { type: () => ID }) goalId: string, @Context() context: GraphQLContext): Promise<Ticket[]> {
    const tickets = await this.ticketService.select(
      `t.goal_ids @> ARRAY[$1::uuid] AND t.status <> 'MERGED'`,
      [assertId(goalId, 'goalId')],
      't.customer_count DESC, t.revenue_at_stake DESC, t.id',
      GOAL_TICKETS_MAX,
    );
    this.loaders.prime(context, tickets);
    return tickets;
  }

  @Query(() => VoiceSettings)
  voiceSettings(@CurrentViewer() viewer: Viewer): VoiceSettings {
    return { triageTargetDays: this.config.voiceTriageTargetDays, canTriage: canTriage(viewer) };
  }

  @Mutation(() => Ticket, { description: 'Files a ticket with its first customer voice (any employee). Idempotent by key.' })
  fileTicket(@CurrentViewer() viewer: Viewer, @Args('input') input: FileTicketInput): Promise<Ticket> {
    return this.ticketService.file(viewer, input);
  }

  @Mutation(() => Ticket, { description: 'Adds this customer’s voice to a ticket (+1) instead of filing a duplicate. Idempotent by key.' })
  addVoiceToTicket(@CurrentViewer() viewer: Viewer, @Args('input') input: AddVoiceInput): Promise<Ticket> {
    return this.ticketService.addVoice(viewer, input);
  }

  @Mutation(() => Ticket, { description: 'The filer edits their ticket while it is still new.' })
  updateTicket(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateTicketInput): Promise<Ticket> {
    return this.ticketService.update(viewer, input);
  }

  @ResolveField(() => ProductArea, { nullable: true })
  productArea(ticket: Ticket): Promise<ProductArea | null> {
    return this.productAreas.byId(ticket.productAreaId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The product person who owns it.' })
  owner(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, ticket.ownerId);
  }

  @ResolveField(() => Person, { nullable: true })
  filer(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, ticket.filerId);
  }

  @ResolveField(() => TicketRef, { nullable: true, description: 'Where a merged ticket’s voices went (open that one instead).' })
  async mergedInto(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<TicketRef | null> {
    const into = await this.loaders.ticket(context, ticket.mergedIntoId);
    return into ? toTicketRef(into) : null;
  }

  @ResolveField(() => [TicketRef], { description: 'Duplicates merged into it.' })
  async mergedFrom(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<TicketRef[]> {
    return (await this.loaders.mergedFrom(context, ticket.id)).map(toTicketRef);
  }

  @ResolveField(() => [CustomerVoice], { description: 'Its customers’ voices, oldest first (a merged duplicate’s included).' })
  voices(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<CustomerVoice[]> {
    return this.loaders.voices(context, ticket.id);
  }

  @ResolveField(() => [TicketActivity], { description: 'History, replies and (for product) internal notes, oldest first.' })
  timeline(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<TicketActivity[]> {
    return this.loaders.timelineOf(context, ticket.id);
  }

  @ResolveField(() => [TicketLinkedGoal])
  linkedGoals(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<TicketLinkedGoal[]> {
    return this.loaders.goals(context, ticket.goalIds);
  }

  @ResolveField(() => [TicketLinkedStory])
  linkedStories(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<TicketLinkedStory[]> {
    return this.loaders.stories(context, ticket.storyIds);
  }

  @ResolveField(() => Boolean, { description: 'I filed it and it is still new: I may edit it.' })
  canEdit(ticket: Ticket, _args: NoArgs, context: GraphQLContext): boolean {
    return canEditAsFiler(viewerOf(context), ticket);
  }

  @ResolveField(() => Boolean, { description: 'I may triage it (and read its internal notes).' })
  canTriage(_ticket: Ticket, _args: NoArgs, context: GraphQLContext): boolean {
    return canTriage(viewerOf(context));
  }

  @ResolveField(() => Boolean, { description: 'I filed a voice on it (I hear of every change).' })
  async following(ticket: Ticket, _args: NoArgs, context: GraphQLContext): Promise<boolean> {
    const viewer = viewerOf(context);
    return (await this.loaders.voices(context, ticket.id)).some((voice) => voice.filerId === viewer.personId);
  }
}

@Resolver(() => CustomerVoice)
export class CustomerVoiceResolver {
  constructor(
    private readonly loaders: TicketLoaders,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who filed this voice.' })
  filer(voice: CustomerVoice, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, voice.filerId);
  }

  @ResolveField(() => TicketRef, { nullable: true, description: 'The duplicate it was filed on, when a merge moved it here.' })
  async mergedFrom(voice: CustomerVoice, _args: NoArgs, context: GraphQLContext): Promise<TicketRef | null> {
    if (voice.originalTicketId === voice.ticketId) return null;
    const original = await this.loaders.ticket(context, voice.originalTicketId);
    return original ? toTicketRef(original) : null;
  }
}

@Resolver(() => TicketActivity)
export class TicketActivityResolver {
  constructor(
    private readonly loaders: TicketLoaders,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @ResolveField(() => Person, { nullable: true })
  actor(activity: TicketActivity, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, activity.actorId);
  }

  @ResolveField(() => TicketRef, { nullable: true, description: 'The other ticket of a merge.' })
  async otherTicket(activity: TicketActivity, _args: NoArgs, context: GraphQLContext): Promise<TicketRef | null> {
    const other = await this.loaders.ticket(context, activity.otherTicketId);
    return other ? toTicketRef(other) : null;
  }
}
