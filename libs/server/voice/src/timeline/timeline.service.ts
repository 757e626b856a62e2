import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TicketCommentKind } from '@kakehashi/shared-contracts';
import { BadUserInputError, ConflictError, firstRow, ForbiddenError, type Viewer } from '@kakehashi/server-platform';
import { TicketActivityKind, type TicketStatus } from '../common/enums';
import { canTriage } from '../common/voice-access';
import { TicketNotifier } from '../triage/ticket-notifier';
import type { TicketActivity } from '../tickets/ticket.model';
import { TicketService } from '../tickets/ticket.service';
import type { CommentOnTicketInput } from '../triage/dto/triage.input';

/** A ticket's timeline holds at most this many entries (the newest). */
export const TIMELINE_MAX = 200;

export interface ActivityRow {
  id: string;
  ticket_id: string;
  kind: string;
  actor_id: string | null;
  from_status: string | null;
  to_status: string | null;
  other_ticket_id: string | null;
  body: string | null;
  internal: boolean;
  created_at: Date | string;
}

/**
 * Timeline entries of the tickets (an expression of a uuid[]), internal ones only when the
 * boolean expression is true: the filter is in the statement, not in a resolver.
 */
export function timelineSql(ticketIds: string, internalToo: string): string {
  return `SELECT * FROM (
      SELECT e.id, e.ticket_id, e.kind, e.actor_id, e.from_status, e.to_status, e.other_ticket_id, e.data->>'reason' AS body,
             e.internal, e.created_at
      FROM ticket_events e WHERE e.ticket_id = ANY(${ticketIds}) AND (${internalToo} OR NOT e.internal)
      UNION ALL
      SELECT c.id, c.ticket_id, c.kind, c.author_id, NULL, NULL, NULL, c.body, c.kind = 'INTERNAL_NOTE', c.created_at
      FROM ticket_comments c WHERE c.ticket_id = ANY(${ticketIds}) AND (${internalToo} OR c.kind = 'REPLY')
    ) entries`;
}

export const toActivity = (row: ActivityRow): TicketActivity => ({
  id: row.id,
  kind: row.kind as TicketActivityKind,
  actorId: row.actor_id,
  fromStatus: row.from_status as TicketStatus | null,
  toStatus: row.to_status as TicketStatus | null,
  otherTicketId: row.other_ticket_id,
  body: row.body,
  internal: row.internal,
  createdAt: new Date(row.created_at),
});

/**
 * A ticket's timeline (events, replies and internal notes, oldest first) and posting to it.
 * Product reads all of it; everyone else never receives an internal entry: the filter is in
 * the statement, not in the resolver.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketService,
    private readonly notifications: TicketNotifier,
  ) {}

  async timelines(viewer: Viewer, ticketIds: readonly string[]): Promise<Map<string, TicketActivity[]>> {
    const internalToo = canTriage(viewer);
    const rows = await this.dataSource.query<ActivityRow[]>(`${timelineSql('$1::uuid[]', '$2')} ORDER BY created_at, id`, [
      ticketIds,
      internalToo,
    ]);
    const timelines = new Map<string, TicketActivity[]>(ticketIds.map((id) => [id, []]));
    for (const row of rows) timelines.get(row.ticket_id)?.push(toActivity(row));
    for (const [id, entries] of timelines) if (entries.length > TIMELINE_MAX) timelines.set(id, entries.slice(-TIMELINE_MAX));
    return timelines;
  }

  /**
   * A reply (by product, or by someone who filed a voice on it) or an internal note (product
   * only). Retried with the same key, it answers with the first one and posts nothing.
   */
  async comment(viewer: Viewer, input: CommentOnTicketInput): Promise<TicketActivity> {
    const replay = await this.byKey(viewer, input.idempotencyKey);
    if (replay) return replay.activity;
    const ticket = await this.tickets.byId(input.ticketId);
    const triager = canTriage(viewer);
    if (input.kind === TicketCommentKind.INTERNAL_NOTE && !triager) throw new ForbiddenError('Only product writes internal notes.');
    if (!triager && !(await this.notifications.subscribers([ticket.id])).includes(viewer.personId)) {
      throw new ForbiddenError('Product and the people who filed a voice on this ticket reply to it.');
    }
    const body = input.body.trim();
    if (!body) throw BadUserInputError.field('body', 'must not be empty');
    const row = firstRow<{ id: string }>(
      await this.dataSource.query(
        `INSERT INTO ticket_comments (ticket_id, author_id, kind, body, idempotency_key) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (author_id, idempotency_key) DO NOTHING RETURNING id`,
        [ticket.id, viewer.personId, input.kind, body, input.idempotencyKey],
      ),
    );
    if (!row) {
      const first = await this.byKey(viewer, input.idempotencyKey);
      if (!first) throw new ConflictError('This comment was retried while the first attempt failed. Try again.');
      return first.activity;
    }
    await this.dataSource.query('UPDATE voice_tickets SET updated_at = now() WHERE id = $1', [ticket.id]);
    if (input.kind === TicketCommentKind.REPLY) await this.notifications.replied(ticket, row.id, body, viewer.personId);
    else await this.notifications.noted(ticket, row.id, body, viewer.personId);
    return (await this.byKey(viewer, input.idempotencyKey))!.activity;
  }

  private async byKey(viewer: Viewer, key: string): Promise<{ activity: TicketActivity } | null> {
    const rows = await this.dataSource.query<ActivityRow[]>(
      `SELECT c.id, c.ticket_id, c.kind, c.author_id AS actor_id, NULL AS from_status, NULL AS to_status, NULL AS other_ticket_id, c.body,
              c.kind = 'INTERNAL_NOTE' AS internal, c.created_at
       FROM ticket_comments c WHERE c.author_id = $1 AND c.idempotency_key = $2`,
      [viewer.personId, key],
    );
    return rows[0] ? { activity: toActivity(rows[0]) } : null;
  }
}
