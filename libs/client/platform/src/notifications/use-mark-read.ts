import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation } from './notification-documents';
import { markAllReadInCache, markReadInCache } from './notification-cache';

/** Marks one notification read, at once on screen (optimistic); a failure leaves it unread. */
export function useMarkNotificationRead(): (notificationId: string) => void {
  const [mutate] = useMutation(MarkNotificationReadMutation);
  return useCallback(
    (notificationId: string) => {
      void mutate({
        variables: { id: notificationId },
        optimisticResponse: { markNotificationsRead: 1 },
        update: (cache) => markReadInCache(cache, notificationId),
      }).catch(() => undefined);
    },
    [mutate],
  );
}

/** Marks all of the person's notifications read; rejects when the api could not. */
export function useMarkAllNotificationsRead(): { markAllRead: () => Promise<void>; marking: boolean } {
  const [mutate, { loading }] = useMutation(MarkAllNotificationsReadMutation);
  const markAllRead = useCallback(async () => {
    await mutate({ optimisticResponse: { markNotificationsRead: 0 }, update: (cache) => markAllReadInCache(cache) });
  }, [mutate]);
  return { markAllRead, marking: loading };
}
