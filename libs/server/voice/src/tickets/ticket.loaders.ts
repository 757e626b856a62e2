import { Inject, Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  byKeys,
  GOAL_LINKS,
  type GoalLinkPort,
  type GraphQLContext,
  groupedByKeys,
  type LinkedGoalSummary,
  type LinkedStorySummary,
  loaderKey,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  STORY_LINKS,
  type StoryLinkPort,
  viewerOf,
} from '@kakehashi/server-platform';
import { TimelineService } from '../timeline/timeline.service';
import type { TicketPage } from './ticket-page.service';
import type { CustomerVoice, Ticket, TicketActivity } from './ticket.model';
import { TicketService } from './ticket.service';

const TICKETS = loaderKey<string, Ticket | null>('voice.tickets');
const VOICES = loaderKey<string, CustomerVoice[]>('voice.voices');
const TIMELINES = loaderKey<string, TicketActivity[]>('voice.timelines');
const GOALS = loaderKey<string, LinkedGoalSummary | null>('voice.goals');
const STORIES = loaderKey<string, LinkedStorySummary | null>('voice.stories');

/**
 * Per request: tickets by id (merge references), their voices, timelines, merged duplicates,
 * and linked goals and stories: each kind in one statement for every ticket of the response.
 */
@Injectable()
export class TicketLoaders {
  constructor(
    private readonly tickets: TicketService,
    private readonly timeline: TimelineService,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    @Optional() @Inject(GOAL_LINKS) private readonly goalLinks: GoalLinkPort | null,
    @Optional() @Inject(STORY_LINKS) private readonly storyLinks: StoryLinkPort | null,
  ) {}

  prime(context: GraphQLContext, tickets: readonly Ticket[]): void {
    const loader = this.ticketLoader(context);
    for (const ticket of tickets) loader.prime(ticket.id, ticket);
    this.people(
      context,
      tickets.flatMap((ticket) => [ticket.filerId, ticket.ownerId]),
    );
  }

  /**
   * A ticket page read in one statement: primes its voices and timeline, and asks at once for
   * every person, ticket, goal and story it shows (one batch each, whatever the depth).
   */
  primePage(context: GraphQLContext, page: TicketPage): void {
    const { ticket, voices, timeline } = page;
    this.ticketLoader(context).prime(ticket.id, ticket);
    this.voicesLoader(context).prime(ticket.id, voices);
    this.timelineLoader(context).prime(ticket.id, timeline);
    this.people(context, [
      ticket.filerId,
      ticket.ownerId,
      ...voices.map((voice) => voice.filerId),
      ...timeline.map((entry) => entry.actorId),
    ]);
    const others = [ticket.mergedIntoId, ...voices.map((voice) => voice.originalTicketId), ...timeline.map((entry) => entry.otherTicketId)];
    for (const id of new Set(others)) if (id && id !== ticket.id) void this.ticket(context, id).catch(() => undefined);
    void this.goals(context, ticket.goalIds).catch(() => undefined);
    void this.stories(context, ticket.storyIds).catch(() => undefined);
  }

  ticket(context: GraphQLContext, id: string | null): Promise<Ticket | null> {
    return id ? this.ticketLoader(context).load(id) : Promise.resolve(null);
  }

  voices(context: GraphQLContext, ticketId: string): Promise<CustomerVoice[]> {
    return this.voicesLoader(context).load(ticketId);
  }

  timelineOf(context: GraphQLContext, ticketId: string): Promise<TicketActivity[]> {
    return this.timelineLoader(context).load(ticketId);
  }

  /** Duplicates merged into the ticket: where its voices came from (each duplicate keeps at least its first voice here). */
  async mergedFrom(context: GraphQLContext, ticketId: string): Promise<Ticket[]> {
    const origins = new Set((await this.voices(context, ticketId)).map((voice) => voice.originalTicketId));
    origins.delete(ticketId);
    const tickets = await Promise.all([...origins].map((id) => this.ticket(context, id)));
    return tickets.filter((ticket): ticket is Ticket => ticket !== null);
  }

  async goals(context: GraphQLContext, ids: readonly string[]): Promise<LinkedGoalSummary[]> {
    const loader = context.loaders.get(
      GOALS,
      () =>
        new DataLoader(async (keys: readonly string[]) =>
          byKeys(keys, (await this.goalLinks?.goalSummaries(keys)) ?? [], (goal) => goal.id),
        ),
    );
    return (await loader.loadMany(ids)).filter((goal): goal is LinkedGoalSummary => goal !== null && !(goal instanceof Error));
  }

  async stories(context: GraphQLContext, ids: readonly string[]): Promise<LinkedStorySummary[]> {
    const loader = context.loaders.get(
      STORIES,
      () =>
        new DataLoader(async (keys: readonly string[]) =>
          byKeys(keys, (await this.storyLinks?.storySummaries(keys)) ?? [], (story) => story.id),
        ),
    );
    return (await loader.loadMany(ids)).filter((story): story is LinkedStorySummary => story !== null && !(story instanceof Error));
  }

  private people(context: GraphQLContext, ids: readonly (string | null)[]): void {
    for (const id of new Set(ids)) if (id) void this.directory.loadPerson(context, id).catch(() => undefined);
  }

  private voicesLoader(context: GraphQLContext): DataLoader<string, CustomerVoice[]> {
    return context.loaders.get(
      VOICES,
      () =>
        new DataLoader(async (ids: readonly string[]) => groupedByKeys(ids, await this.tickets.voicesOf(ids), (voice) => voice.ticketId)),
    );
  }

  private timelineLoader(context: GraphQLContext): DataLoader<string, TicketActivity[]> {
    const viewer = viewerOf(context);
    return context.loaders.get(
      TIMELINES,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const timelines = await this.timeline.timelines(viewer, ids);
          return ids.map((id) => timelines.get(id) ?? []);
        }),
    );
  }

  private ticketLoader(context: GraphQLContext): DataLoader<string, Ticket | null> {
    return context.loaders.get(
      TICKETS,
      () => new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.tickets.byIds(ids), (ticket) => ticket.id)),
    );
  }
}
