import type { MouseEvent, ReactNode } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useHref, useLinkClickHandler } from 'react-router';
import { Avatar, Button, Spinner, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_DEFAULT } from '@kakehashi/shared-contracts';
import type { NotificationItemFragment as NotificationItem } from '../gql/graphql';
import { formatDateTime, formatRelativeTime } from '../i18n/format';
import { useLocale } from '../i18n/i18n';
import { localizedText, personInitials, personName } from '../i18n/names';
import { useNow } from '../ui/hooks';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { MyNotificationsQuery } from './notification-documents';
import { useMarkNotificationRead } from './use-mark-read';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  item: {
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    ':last-child': { borderBottomStyle: 'none' },
  },
  link: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '-2px',
    },
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    flexGrow: 1,
  },
  title: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  titleUnread: { fontWeight: tokens.fontWeightSemibold },
  body: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  bodyClamped: {
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  meta: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  dot: {
    flexShrink: 0,
    width: '10px',
    height: '10px',
    marginTop: '6px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
  },
  dotSpace: { flexShrink: 0, width: '10px' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  more: {
    display: 'flex',
    justifyContent: 'center',
    paddingBlock: tokens.spacingVerticalM,
  },
});

/** The api's DateTime (an ISO string) as a Date, or null. */
function toDate(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isUnread(notification: NotificationItem): boolean {
  return notification.readAt === null || notification.readAt === undefined;
}

/** One notification: a link to where it leads, which also marks it read. */
function NotificationEntry({
  notification,
  now,
  compact,
  onNavigate,
}: {
  notification: NotificationItem;
  now: Date;
  compact: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const locale = useLocale();
  const markRead = useMarkNotificationRead();
  const href = useHref(notification.link);
  const followLink = useLinkClickHandler<HTMLAnchorElement>(notification.link);
  const unread = isUnread(notification);
  const createdAt = toDate(notification.createdAt);
  const actor = notification.actor;
  const actorName = actor ? personName(actor, locale) : null;

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Read once opened, whether here or in a new tab.
    if (unread) markRead(notification.id);
    followLink(event);
    if (event.defaultPrevented) onNavigate?.();
  };

  return (
    <li className={styles.item}>
      <a href={href} className={styles.link} onClick={onClick}>
        {actor && actorName ? (
          <Avatar size={32} color="colorful" name={actorName} initials={personInitials(actor, locale)} aria-hidden="true" />
        ) : (
          <Avatar size={32} color="brand" icon={<AlertRegular />} aria-hidden="true" />
        )}
        <span className={styles.text}>
          <span className={mergeClasses(styles.title, unread && styles.titleUnread)}>
            {unread ? <span className={styles.visuallyHidden}>{`${t('notifications.unread')}${t('separator')}`}</span> : null}
            {localizedText(notification.title, locale)}
          </span>
          {notification.body ? (
            <span className={mergeClasses(styles.body, compact && styles.bodyClamped)}>{localizedText(notification.body, locale)}</span>
          ) : null}
          <span className={styles.meta}>
            {actorName ? `${actorName}${t('separator')}` : null}
            {createdAt ? (
              <time dateTime={createdAt.toISOString()} title={formatDateTime(createdAt, locale)}>
                {formatRelativeTime(createdAt, locale, now)}
              </time>
            ) : null}
          </span>
        </span>
        <span className={unread ? styles.dot : styles.dotSpace} aria-hidden="true" />
      </a>
    </li>
  );
}

/**
 * The signed-in person's notifications, newest first, a page at a time, with the loading,
 * empty and error states. Used by the bell's panel (compact) and the notifications page.
 */
export function NotificationList({
  unreadOnly,
  compact = false,
  onNavigate,
  emptyAction,
}: {
  unreadOnly: boolean;
  compact?: boolean;
  /** Called when a notification's link navigates in this tab (the bell closes its panel). */
  onNavigate?: () => void;
  emptyAction?: ReactNode;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(MyNotificationsQuery, {
    variables: { first: PAGE_SIZE_DEFAULT, unreadOnly },
    // Shown at once from the cache, then brought up to date.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.myNotifications;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return <LoadingState />;

  const notifications = connection.edges.map((edge) => edge.node);
  if (notifications.length === 0) {
    return unreadOnly ? (
      <EmptyState
        title={t('notifications.emptyUnread')}
        hint={t('notifications.emptyUnreadHint')}
        icon={<AlertRegular />}
        action={emptyAction}
      />
    ) : (
      <EmptyState title={t('notifications.empty')} hint={t('notifications.emptyHint')} icon={<AlertRegular />} action={emptyAction} />
    );
  }

  const loadMore = () => {
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };

  return (
    <>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      <ul className={styles.list} aria-label={t('notifications.listLabel')}>
        {notifications.map((notification) => (
          <NotificationEntry key={notification.id} notification={notification} now={now} compact={compact} onNavigate={onNavigate} />
        ))}
      </ul>
      {connection.pageInfo.hasNextPage ? (
        <div className={styles.more}>
          <Button
            appearance="secondary"
            disabledFocusable={loadingMore}
            icon={loadingMore ? <Spinner size="tiny" /> : undefined}
            onClick={loadMore}
          >
            {loadingMore ? t('notifications.loadingMore') : t('notifications.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
