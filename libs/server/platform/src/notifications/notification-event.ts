import type { NotificationEntity } from './notification.entity';

/** The live topic of one person's new notifications (the bell). */
export function notificationAddedTopic(recipientId: string): string {
  return `notification-added:${recipientId}`;
}

/** A new notification as it travels through pub/sub: JSON, so instants are ISO strings. */
export interface NotificationAddedEvent {
  id: string;
  recipientId: string;
  kind: string;
  titleJa: string;
  titleEn: string;
  bodyJa: string | null;
  bodyEn: string | null;
  link: string;
  actorId: string | null;
  createdAt: string;
  readAt: string | null;
}

export function toNotificationAddedEvent(row: NotificationEntity): NotificationAddedEvent {
  return {
    id: row.id,
    recipientId: row.recipientId,
    kind: row.kind,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    bodyJa: row.bodyJa,
    bodyEn: row.bodyEn,
    link: row.link,
    actorId: row.actorId,
    createdAt: new Date(row.createdAt).toISOString(),
    readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
  };
}
