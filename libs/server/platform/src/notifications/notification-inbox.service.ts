import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadUserInputError } from '../graphql/errors';
import { decodeCursor, encodeCursor, toPage } from '../graphql/pagination';
import type { MyNotificationsArgs } from './dto/my-notifications.args';
import type { Notification, NotificationConnection } from './notification.model';
import { NotificationEntity } from './notification.entity';

/** Most ids one markNotificationsRead may name (a page is at most 100). */
export const MARK_READ_MAX_IDS = 500;

interface NotificationRow {
  id: string;
  kind: string;
  title_ja: string;
  title_en: string;
  body_ja: string | null;
  body_en: string | null;
  link: string;
  actor_id: string | null;
  created_at: Date;
  read_at: Date | null;
  /** created_at to the microsecond: a Date would round it and a page could skip a row. */
  cursor_at: string;
}

/** A person's own notifications: the bell's list, its unread count, and marking read. */
@Injectable()
export class NotificationInboxService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paginated on (created_at, id); one statement. */
  async list(recipientId: string, args: MyNotificationsArgs): Promise<NotificationConnection> {
    const parameters: unknown[] = [recipientId];
    const conditions = ['recipient_id = $1'];
    if (args.unreadOnly) conditions.push('read_at IS NULL');
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id) || Number.isNaN(Date.parse(at))) {
        throw BadUserInputError.field('after', 'is not a cursor this list gave out');
      }
      parameters.push(at, id);
      conditions.push(`(created_at, id) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::uuid)`);
    }
    parameters.push(args.first + 1);
    const rows = (await this.dataSource.query(
      `SELECT id, kind, title_ja, title_en, body_ja, body_en, link, actor_id, created_at, read_at,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM notifications
        WHERE ${conditions.join(' AND ')}
        ORDER BY created_at DESC, id DESC
        LIMIT $${parameters.length}`,
      parameters,
    )) as NotificationRow[];
    const page = toPage(rows, args.first);
    const edges = page.nodes.map((row) => ({ cursor: encodeCursor([row.cursor_at, row.id]), node: toNotification(row) }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countUnread: () => this.unreadCount(recipientId),
    };
  }

  /** Served by the partial index on unread rows. */
  async unreadCount(recipientId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      'SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL',
      [recipientId],
    )) as { count: number }[];
    return row?.count ?? 0;
  }

  /**
   * Marks the person's own unread notifications read: these ids (others' ids and read ones are
   * left alone), or all of them when ids is null. How many changed; a repeat changes none.
   */
  async markRead(recipientId: string, ids: readonly string[] | null): Promise<number> {
    if (ids !== null && ids.length === 0) return 0;
    const query = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :recipientId AND read_at IS NULL', { recipientId });
    if (ids !== null) query.andWhere('id IN (:...ids)', { ids });
    const result = await query.execute();
    return result.affected ?? 0;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUuid(value: string): boolean {
  return UUID.test(value);
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: { ja: row.title_ja, en: row.title_en },
    body: row.body_ja !== null && row.body_en !== null ? { ja: row.body_ja, en: row.body_en } : null,
    link: row.link,
    actorId: row.actor_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
