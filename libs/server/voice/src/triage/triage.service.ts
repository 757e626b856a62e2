import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SETTABLE_TICKET_STATUSES, TicketStatus } from '@kakehashi/shared-contracts';
import {
  BadUserInputError,
  firstRow,
  GOAL_LINKS,
  type GoalLinkPort,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  STORY_LINKS,
  type StoryLinkPort,
  type Viewer,
} from '@kakehashi/server-platform';
import { TicketActivityKind } from '../common/enums';
import { ticketCode } from '../common/paths';
import { assertCanTriage } from '../common/voice-access';
import { ProductAreaService } from '../product-areas/product-area.service';
import { VoiceCountsCache } from '../search/voice-search-cache';
import { refreshTicketCounters } from '../voices/ticket-counters';
import type { Ticket } from '../tickets/ticket.model';
import { staleTicket, TicketService } from '../tickets/ticket.service';
import { businessDaysBetween } from './business-days';
import type { BulkTriageInput, MergeTicketInput, TriageChangesInput, TriageTicketInput } from './dto/triage.input';
import { TicketNotifier } from './ticket-notifier';

/** A change checked once, applied to one ticket or many. */
interface CheckedChanges {
  status?: TicketStatus;
  declineReason?: string | null;
  ownerId?: string | null;
  productAreaId?: string | null;
  theme?: string | null;
  goalIds?: string[];
  storyIds?: string[];
}

/** What applying a change did that people hear about after the commit. */
interface Applied {
  ticketId: string;
  statusEventId: string | null;
  assignedEventId: string | null;
}

/**
 * Triage by product (Product.Triage and admins): status, owner, product area and theme,
 * links to goals and stories, one ticket or many at once (all or none), and merges that move
 * a duplicate's voices, customers and revenue to the ticket that stays. Filers hear of every
 * status change once each.
 */
@Injectable()
export class TriageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketService,
    private readonly productAreas: ProductAreaService,
    private readonly notifications: TicketNotifier,
    private readonly counts: VoiceCountsCache,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    @Optional() @Inject(GOAL_LINKS) private readonly goals: GoalLinkPort | null,
    @Optional() @Inject(STORY_LINKS) private readonly stories: StoryLinkPort | null,
  ) {}

  async triage(viewer: Viewer, input: TriageTicketInput): Promise<Ticket> {
    assertCanTriage(viewer);
    const ticket = await this.tickets.byId(input.ticketId);
    assertNotMerged(ticket, 'ticketId');
    const changes = await this.check(input, [ticket]);
    if (input.goalIds !== undefined) changes.goalIds = await this.checkGoals(input.goalIds);
    if (input.storyIds !== undefined) changes.storyIds = await this.checkStories(input.storyIds);
    const applied = await this.dataSource.transaction((manager) => this.apply(manager, viewer, ticket, changes, input.version));
    await this.afterApplied(viewer, [applied]);
    return this.tickets.byId(ticket.id);
  }

  /** The same change to every ticket named: all of them change, or none (a merged one or a stale read stops all). */
  async bulk(viewer: Viewer, input: BulkTriageInput): Promise<Ticket[]> {
    assertCanTriage(viewer);
    const ids = [...new Set(input.ticketIds.map((id) => id.toLowerCase()))];
    const found = await this.tickets.byIds(ids);
    const missing = ids.filter((id) => !found.some((ticket) => ticket.id === id));
    if (missing.length > 0) throw BadUserInputError.field('ticketIds', `has unknown tickets: ${missing.join(', ')}`);
    const merged = found.filter((ticket) => ticket.status === TicketStatus.MERGED);
    if (merged.length > 0) {
      throw BadUserInputError.field('ticketIds', `has merged tickets: ${merged.map((ticket) => ticketCode(ticket.number)).join(', ')}`);
    }
    const changes = await this.check(input, found);
    if (Object.keys(changes).length === 0)
      throw BadUserInputError.field('input', 'changes nothing: give a status, owner, product area or theme');
    const applied = await this.dataSource.transaction(async (manager) => {
      const results: Applied[] = [];
      // Locked in id order: two bulk actions over the same tickets never deadlock.
      const ordered = [...found].sort((a, b) => a.id.localeCompare(b.id));
      for (const ticket of ordered) results.push(await this.apply(manager, viewer, ticket, changes, undefined));
      return results;
    });
    await this.afterApplied(viewer, applied);
    return this.tickets.byIds(ids);
  }

  /** Merges a duplicate into the ticket that stays; returns that one. */
  async merge(viewer: Viewer, input: MergeTicketInput): Promise<Ticket> {
    assertCanTriage(viewer);
    if (input.ticketId.toLowerCase() === input.intoTicketId.toLowerCase()) {
      throw BadUserInputError.field('intoTicketId', 'must be another ticket');
    }
    const source = await this.tickets.byId(input.ticketId);
    const target = await this.tickets.byId(input.intoTicketId);
    assertNotMerged(source, 'ticketId');
    assertNotMerged(target, 'intoTicketId');
    // Told before the voices move: the duplicate's own people.
    const sourcePeople = await this.notifications.subscribers([source.id]);
    const eventId = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.query<{ id: string; status: string }[]>(
        'SELECT id, status FROM voice_tickets WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
        [[source.id, target.id]],
      );
      if (locked.some((row) => row.status === TicketStatus.MERGED)) {
        throw BadUserInputError.field('ticketId', 'was merged elsewhere meanwhile: reload');
      }
      await manager.query('UPDATE customer_voices SET ticket_id = $2 WHERE ticket_id = $1', [source.id, target.id]);
      // Tickets merged into the duplicate earlier now lead to the one that stays.
      await manager.query('UPDATE voice_tickets SET merged_into_id = $2 WHERE merged_into_id = $1', [source.id, target.id]);
      const triagedDays = source.firstTriagedAt ? null : businessDaysBetween(source.filedAt, new Date());
      await manager.query(
        `UPDATE voice_tickets SET status = 'MERGED', merged_into_id = $2, status_changed_at = now(), updated_at = now(), version = version + 1,
           first_triaged_at = coalesce(first_triaged_at, now()), triage_business_days = coalesce(triage_business_days, $3)
         WHERE id = $1`,
        [source.id, target.id, triagedDays],
      );
      await manager.query(
        `UPDATE voice_tickets SET goal_ids = ARRAY(SELECT DISTINCT unnest(goal_ids || $2::uuid[])),
           story_ids = ARRAY(SELECT DISTINCT unnest(story_ids || $3::uuid[])), updated_at = now(), version = version + 1
         WHERE id = $1`,
        [target.id, source.goalIds, source.storyIds],
      );
      await refreshTicketCounters(manager, [source.id, target.id]);
      const into = await this.tickets.addEvent(
        manager,
        source.id,
        TicketActivityKind.MERGED_INTO,
        viewer.personId,
        {},
        {
          fromStatus: source.status,
          toStatus: TicketStatus.MERGED,
          otherTicketId: target.id,
        },
      );
      await this.tickets.addEvent(manager, target.id, TicketActivityKind.MERGED_FROM, viewer.personId, {}, { otherTicketId: source.id });
      return into;
    });
    this.counts.invalidate();
    const merged = await this.tickets.byId(target.id);
    await this.notifications.merged(source, merged, sourcePeople, eventId, viewer.personId);
    return merged;
  }

  /** Checks a change against the tickets it will apply to; every problem named at once. */
  private async check(input: TriageChangesInput, tickets: Ticket[]): Promise<CheckedChanges> {
    const problems: { field: string; message: string }[] = [];
    const changes: CheckedChanges = {};
    if (input.status !== undefined && input.status !== null) {
      if (!SETTABLE_TICKET_STATUSES.includes(input.status)) {
        problems.push({ field: 'status', message: 'must be TRIAGED, PLANNED, IN_PROGRESS, SHIPPED or DECLINED (merge with mergeTicket)' });
      }
      changes.status = input.status;
    }
    if (input.declineReason !== undefined) changes.declineReason = input.declineReason?.trim() || null;
    if (changes.status === TicketStatus.DECLINED) {
      const reasonless = tickets.filter((ticket) => !(changes.declineReason ?? ticket.declineReason));
      if (reasonless.length > 0) problems.push({ field: 'declineReason', message: 'is required to decline: the filers read it' });
    }
    if (input.clearOwner) changes.ownerId = null;
    else if (input.ownerId) {
      const [owner] = await this.directory.activePeopleByIds([input.ownerId.toLowerCase()]);
      if (!owner) problems.push({ field: 'ownerId', message: 'is not an active person' });
      changes.ownerId = input.ownerId.toLowerCase();
    }
    if (input.productAreaId) {
      const area = await this.productAreas.byId(input.productAreaId);
      if (!area) problems.push({ field: 'productAreaId', message: 'is not a product area' });
      else if (!area.active && tickets.some((ticket) => ticket.productAreaId !== area.id)) {
        problems.push({ field: 'productAreaId', message: 'is a product area no longer in use' });
      }
      changes.productAreaId = input.productAreaId.toLowerCase();
    }
    if (input.theme !== undefined) changes.theme = input.theme?.trim().replace(/\s+/g, ' ') || null;
    if (problems.length > 0) throw new BadUserInputError(problems);
    return changes;
  }

  private async checkGoals(ids: string[]): Promise<string[]> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return [];
    const found = (await this.goals?.goalSummaries(wanted)) ?? [];
    const unknown = wanted.filter((id) => !found.some((goal) => goal.id === id));
    if (unknown.length > 0) throw BadUserInputError.field('goalIds', `has ids that are not goals: ${unknown.join(', ')}`);
    return wanted;
  }

  private async checkStories(ids: string[]): Promise<string[]> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return [];
    const found = (await this.stories?.storySummaries(wanted)) ?? [];
    const unknown = wanted.filter((id) => !found.some((story) => story.id === id));
    if (unknown.length > 0) throw BadUserInputError.field('storyIds', `has ids that are not published stories: ${unknown.join(', ')}`);
    return wanted;
  }

  /** One ticket's change with its history lines; a stale version (when given) is a CONFLICT. */
  private async apply(
    manager: EntityManager,
    viewer: Viewer,
    ticket: Ticket,
    changes: CheckedChanges,
    version: number | undefined,
  ): Promise<Applied> {
    const status = changes.status ?? ticket.status;
    const statusChanged = status !== ticket.status;
    const leavingNew = ticket.status === TicketStatus.NEW && status !== TicketStatus.NEW;
    const ownerId = changes.ownerId === undefined ? ticket.ownerId : changes.ownerId;
    const productAreaId = changes.productAreaId === undefined ? ticket.productAreaId : changes.productAreaId;
    const theme = changes.theme === undefined ? ticket.theme : changes.theme;
    const declineReason = status === TicketStatus.DECLINED ? (changes.declineReason ?? ticket.declineReason) : null;
    const goalIds = changes.goalIds ?? ticket.goalIds;
    const storyIds = changes.storyIds ?? ticket.storyIds;
    const row = firstRow<{ id: string }>(
      await manager.query(
        `UPDATE voice_tickets SET status = $3, owner_id = $4, product_area_id = $5, theme = $6, decline_reason = $7, goal_ids = $8::uuid[],
           story_ids = $9::uuid[], status_changed_at = CASE WHEN $10 THEN now() ELSE status_changed_at END,
           first_triaged_at = CASE WHEN $11 THEN coalesce(first_triaged_at, now()) ELSE first_triaged_at END,
           triage_business_days = CASE WHEN $11 THEN coalesce(triage_business_days, $12) ELSE triage_business_days END,
           version = version + 1, updated_at = now()
         WHERE id = $1 AND ($2::int IS NULL OR version = $2) AND status <> 'MERGED' RETURNING id`,
        [
          ticket.id,
          version ?? null,
          status,
          ownerId,
          productAreaId,
          theme,
          declineReason,
          goalIds,
          storyIds,
          statusChanged,
          leavingNew,
          businessDaysBetween(ticket.filedAt, new Date()),
        ],
      ),
    );
    if (!row) throw staleTicket(version);
    const add = (kind: TicketActivityKind, data: Record<string, unknown>, extra = {}): Promise<string> =>
      this.tickets.addEvent(manager, ticket.id, kind, viewer.personId, data, extra);
    const statusEventId = statusChanged
      ? await add(TicketActivityKind.STATUS_CHANGED, declineReason ? { reason: declineReason } : {}, {
          fromStatus: ticket.status,
          toStatus: status,
        })
      : null;
    const assignedEventId = ownerId !== ticket.ownerId ? await add(TicketActivityKind.ASSIGNED, { ownerId }, { internal: true }) : null;
    if (productAreaId !== ticket.productAreaId) {
      await add(TicketActivityKind.PRODUCT_AREA_CHANGED, { from: ticket.productAreaId, to: productAreaId }, { internal: true });
    }
    if (theme !== ticket.theme) await add(TicketActivityKind.THEME_CHANGED, { from: ticket.theme, to: theme }, { internal: true });
    if (!sameIds(goalIds, ticket.goalIds) || !sameIds(storyIds, ticket.storyIds)) {
      await add(TicketActivityKind.LINKS_CHANGED, { goalIds, storyIds }, { internal: true });
    }
    return { ticketId: ticket.id, statusEventId, assignedEventId };
  }

  private async afterApplied(viewer: Viewer, applied: Applied[]): Promise<void> {
    this.counts.invalidate();
    const changed = applied.filter((item) => item.statusEventId || item.assignedEventId);
    if (changed.length === 0) return;
    const tickets = new Map((await this.tickets.byIds(changed.map((item) => item.ticketId))).map((ticket) => [ticket.id, ticket]));
    for (const item of changed) {
      const ticket = tickets.get(item.ticketId);
      if (!ticket) continue;
      if (item.statusEventId) await this.notifications.statusChanged(ticket, item.statusEventId, viewer.personId);
      if (item.assignedEventId) await this.notifications.assigned(ticket, item.assignedEventId, viewer.personId);
    }
  }
}

function assertNotMerged(ticket: Ticket, field: string): void {
  if (ticket.status === TicketStatus.MERGED) {
    throw BadUserInputError.field(field, `was merged into another ticket (${ticket.code}): triage that one`);
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
