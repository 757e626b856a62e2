import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@kakehashi/server-platform';
import { TimelineService } from '../timeline/timeline.service';
import { Ticket, TicketActivity } from '../tickets/ticket.model';
import { BulkTriageInput, CommentOnTicketInput, MergeTicketInput, TriageTicketInput } from './dto/triage.input';
import { TriageService } from './triage.service';

@Resolver()
export class TriageResolver {
  constructor(
    private readonly triage: TriageService,
    private readonly timeline: TimelineService,
  ) {}

  @Mutation(() => Ticket, { description: 'Product: status (decline with a reason), owner, area, theme, linked goals and stories.' })
  triageTicket(@CurrentViewer() viewer: Viewer, @Args('input') input: TriageTicketInput): Promise<Ticket> {
    return this.triage.triage(viewer, input);
  }

  @Mutation(() => [Ticket], { description: 'Product: one change to up to 100 tickets, all or none.' })
  bulkTriageTickets(@CurrentViewer() viewer: Viewer, @Args('input') input: BulkTriageInput): Promise<Ticket[]> {
    return this.triage.bulk(viewer, input);
  }

  @Mutation(() => Ticket, { description: 'Product: merges a duplicate into another ticket; returns the one that stays.' })
  mergeTicket(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeTicketInput): Promise<Ticket> {
    return this.triage.merge(viewer, input);
  }

  @Mutation(() => TicketActivity, {
    description: 'A reply to the filers (product, or someone on the ticket) or an internal note (product). Idempotent by key.',
  })
  commentOnTicket(@CurrentViewer() viewer: Viewer, @Args('input') input: CommentOnTicketInput): Promise<TicketActivity> {
    return this.timeline.comment(viewer, input);
  }
}
