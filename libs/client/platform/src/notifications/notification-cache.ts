import type { ApolloCache, Reference } from '@apollo/client';
import type { NotificationItemFragment as NotificationItem } from '../gql/graphql';
import { NotificationItemFragment } from './notification-documents';

const ROOT_QUERY = 'ROOT_QUERY';

/** A `myNotifications` list as relayStylePagination stores it. */
interface StoredEdge {
  __typename?: string;
  cursor?: string;
  node: Reference;
}
interface StoredConnection {
  __typename?: string;
  edges: StoredEdge[];
}

/** The root fields that notifications change. */
interface RootQueryFields {
  unreadNotificationCount: number;
  myNotifications: StoredConnection;
}

/** `myNotifications:{"unreadOnly":true}` is the unread-only list. */
function isUnreadOnlyList(storeFieldName: string): boolean {
  return storeFieldName.includes('"unreadOnly":true');
}

/**
 * A notification that arrived live: at the top of every cached list it belongs to, and one
 * more on the badge. A repeat of one already known changes nothing. Whether it was new.
 */
export function addNotificationToCache(cache: ApolloCache, notification: NotificationItem): boolean {
  const id = cache.identify({ __typename: 'Notification', id: notification.id });
  if (!id) return false;
  if (cache.readFragment({ id, fragment: NotificationItemFragment, fragmentName: 'NotificationItem' })) return false;
  const reference = cache.writeFragment({ id, fragment: NotificationItemFragment, fragmentName: 'NotificationItem', data: notification });
  if (!reference) return false;
  const unread = notification.readAt === null || notification.readAt === undefined;
  cache.modify<RootQueryFields>({
    id: ROOT_QUERY,
    fields: {
      unreadNotificationCount: (count) => (unread ? count + 1 : count),
      myNotifications: (existing, { storeFieldName, readField, isReference }) => {
        if (isReference(existing) || (!unread && isUnreadOnlyList(storeFieldName))) return existing;
        if (existing.edges.some((edge) => readField('id', edge.node) === notification.id)) return existing;
        // No cursor: paging goes on from pageInfo.endCursor, which this does not move.
        return { ...existing, edges: [{ __typename: 'NotificationEdge', cursor: '', node: reference }, ...existing.edges] };
      },
    },
  });
  return true;
}

/** One notification read: its time set and one less on the badge (only if it was unread here). */
export function markReadInCache(cache: ApolloCache, notificationId: string, readAt: string = new Date().toISOString()): void {
  const id = cache.identify({ __typename: 'Notification', id: notificationId });
  if (!id) return;
  let changed = false;
  cache.modify({
    id,
    fields: {
      readAt: (value: unknown) => {
        if (value !== null && value !== undefined) return value;
        changed = true;
        return readAt;
      },
    },
  });
  if (!changed) return;
  cache.modify<RootQueryFields>({
    id: ROOT_QUERY,
    fields: { unreadNotificationCount: (count) => Math.max(0, count - 1) },
  });
}

/** Every notification read: each one in the cached lists, and the badge at zero. */
export function markAllReadInCache(cache: ApolloCache, readAt: string = new Date().toISOString()): void {
  const nodes: Reference[] = [];
  cache.modify<RootQueryFields>({
    id: ROOT_QUERY,
    fields: {
      unreadNotificationCount: () => 0,
      myNotifications: (existing, { isReference }) => {
        if (!isReference(existing)) for (const edge of existing.edges) nodes.push(edge.node);
        return existing;
      },
    },
  });
  for (const node of nodes) {
    cache.modify({
      id: cache.identify(node),
      fields: { readAt: (value: unknown) => value ?? readAt },
    });
  }
}
