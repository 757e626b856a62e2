import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Button,
  CounterBadge,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  makeStyles,
  shorthands,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { AlertRegular, DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { NotificationItemFragment as NotificationItem } from '../gql/graphql';
import { useLocale } from '../i18n/i18n';
import { localizedText } from '../i18n/names';
import { AppLink } from '../ui/app-link';
import { useMediaQuery } from '../ui/hooks';
import { MarkAllReadButton } from './mark-all-read-button';
import { addNotificationToCache } from './notification-cache';
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from './notification-documents';
import { NotificationList } from './notification-list';

/** Phones get a full-width drawer instead of a popover under the bell. */
const PHONE_QUERY = '(max-width: 599px)';
/** How long a closing panel may take (its exit animation) before focus is given back to the bell. */
const RETURN_FOCUS_WITHIN_MS = 1500;
/** Arrivals this close together are announced once ("3 件"), never one after another. */
const ANNOUNCE_BATCH_MS = 1500;
const ANNOUNCE_CLEAR_MS = 8000;

const useStyles = makeStyles({
  icon: {
    position: 'relative',
    display: 'inline-flex',
  },
  badge: {
    position: 'absolute',
    top: '-6px',
    insetInlineStart: '10px',
    ...shorthands.borderWidth('1px'),
    ...shorthands.borderStyle('solid'),
    ...shorthands.borderColor(tokens.colorBrandBackground),
  },
  surface: {
    width: '400px',
    maxWidth: 'calc(100vw - 16px)',
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    maxHeight: 'min(640px, calc(100vh - 80px))',
  },
  panelHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  panelBody: {
    overflowY: 'auto',
    flexGrow: 1,
    minHeight: 0,
    paddingInline: tokens.spacingHorizontalXS,
  },
  panelFooter: {
    display: 'flex',
    justifyContent: 'center',
    paddingBlock: tokens.spacingVerticalS,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  drawerActions: {
    display: 'flex',
    justifyContent: 'flex-end',
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  drawerBody: {
    display: 'flex',
    flexDirection: 'column',
    paddingInline: tokens.spacingHorizontalS,
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/**
 * Polite screen-reader announcements of live arrivals, batched: no sound, no toast, and a
 * burst of notifications is one sentence, not many (DOMAIN.md: intrusiveness backfires).
 */
function useArrivalAnnouncer(): { announcement: string; announce: (notification: NotificationItem) => void } {
  const { t } = useTranslation();
  const locale = useLocale();
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<string[]>([]);
  const flushTimer = useRef<number | undefined>(undefined);
  const clearTimer = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      window.clearTimeout(flushTimer.current);
      window.clearTimeout(clearTimer.current);
    },
    [],
  );
  const announce = useCallback(
    (notification: NotificationItem) => {
      pending.current.push(localizedText(notification.title, locale));
      window.clearTimeout(flushTimer.current);
      flushTimer.current = window.setTimeout(() => {
        const titles = pending.current;
        pending.current = [];
        setAnnouncement(
          titles.length === 1
            ? t('notifications.announceOne', { title: titles[0] })
            : t('notifications.announceMany', { count: titles.length }),
        );
        // Emptied again so that the next arrival is announced even with the same words.
        window.clearTimeout(clearTimer.current);
        clearTimer.current = window.setTimeout(() => setAnnouncement(''), ANNOUNCE_CLEAR_MS);
      }, ANNOUNCE_BATCH_MS);
    },
    [locale, t],
  );
  return { announcement, announce };
}

/**
 * The bell in the top bar: the unread count as a badge, kept live by the `notificationAdded`
 * subscription, and a panel with the latest notifications (a popover, a drawer on phones).
 * Rendered only while signed in, so the subscription socket exists only then.
 */
export function NotificationBell({ className }: { className?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const phone = useMediaQuery(PHONE_QUERY);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const { announcement, announce } = useArrivalAnnouncer();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery);
  const count = data?.unreadNotificationCount ?? 0;

  const subscriptionFailed = useRef(false);
  const { restart } = useSubscription(NotificationAddedSubscription, {
    // Written to the cache here, once, rather than by Apollo under ROOT_SUBSCRIPTION.
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ client, data: result }) => {
      const notification = result.data?.notificationAdded;
      if (notification && addNotificationToCache(client.cache, notification)) announce(notification);
    },
    onError: () => {
      subscriptionFailed.current = true;
    },
  });

  // Back to the tab or online: the count may have moved elsewhere (another tab, another
  // device), and a subscription that ran out of retries starts again.
  useEffect(() => {
    const resume = () => {
      if (document.visibilityState !== 'visible') return;
      void refetch().catch(() => undefined);
      if (subscriptionFailed.current) {
        subscriptionFailed.current = false;
        restart();
      }
    };
    document.addEventListener('visibilitychange', resume);
    window.addEventListener('online', resume);
    return () => {
      document.removeEventListener('visibilitychange', resume);
      window.removeEventListener('online', resume);
    };
  }, [refetch, restart]);

  // Closed by Esc, the close button or a click on nothing: focus goes back to the bell once
  // the panel has gone (Fluent's own restore is not reliable for a drawer without a trigger).
  // Closed by following a link: the frame moves focus to the new page instead.
  const bellRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const closePanel = useCallback((giveFocusBack: boolean) => {
    setOpen(false);
    setReturnFocus(giveFocusBack);
  }, []);
  const close = useCallback(() => closePanel(false), [closePanel]);
  const onOpenChange = (nextOpen: boolean) => (nextOpen ? setOpen(true) : closePanel(true));
  useEffect(() => {
    if (open || !returnFocus) return;
    const until = Date.now() + RETURN_FOCUS_WITHIN_MS;
    let frame = 0;
    const check = () => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) {
        bellRef.current?.focus();
        setReturnFocus(false);
      } else if (bellRef.current?.contains(focused) || !document.querySelector('[data-notification-panel]')?.contains(focused)) {
        // Already back, or the person moved on to something else: leave focus where it is.
        setReturnFocus(false);
      } else if (Date.now() < until) {
        frame = window.requestAnimationFrame(check);
      }
    };
    frame = window.requestAnimationFrame(check);
    return () => window.cancelAnimationFrame(frame);
  }, [open, returnFocus]);
  const restoreTarget = useRestoreFocusTarget();
  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');

  const bell = (
    <Button
      ref={bellRef}
      {...restoreTarget}
      appearance="transparent"
      className={className}
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={phone ? () => setOpen(true) : undefined}
      icon={
        <span className={styles.icon}>
          <AlertRegular />
          {count > 0 ? (
            <CounterBadge className={styles.badge} count={count} overflowCount={99} size="small" color="danger" aria-hidden="true" />
          ) : null}
        </span>
      }
    />
  );

  const list = <NotificationList unreadOnly={false} compact onNavigate={close} />;
  const viewAll = (
    <AppLink to="/notifications" onNavigate={close}>
      {t('notifications.viewAll')}
    </AppLink>
  );
  const liveRegion = (
    <span className={styles.visuallyHidden} aria-live="polite" aria-atomic="true">
      {announcement}
    </span>
  );

  if (phone) {
    return (
      <>
        {bell}
        {liveRegion}
        <OverlayDrawer
          open={open}
          position="end"
          size="full"
          onOpenChange={(_, state) => onOpenChange(state.open)}
          aria-labelledby={headingId}
          data-notification-panel=""
        >
          <DrawerHeader>
            <DrawerHeaderTitle
              heading={{ id: headingId }}
              action={
                <Button
                  appearance="subtle"
                  aria-label={t('notifications.close')}
                  icon={<DismissRegular />}
                  onClick={() => closePanel(true)}
                />
              }
            >
              {t('notifications.title')}
            </DrawerHeaderTitle>
          </DrawerHeader>
          <DrawerBody className={styles.drawerBody}>
            <div className={styles.drawerActions}>
              <MarkAllReadButton unreadCount={count} />
            </div>
            {list}
            <div className={styles.panelFooter}>{viewAll}</div>
          </DrawerBody>
        </OverlayDrawer>
      </>
    );
  }

  return (
    <>
      <Popover open={open} onOpenChange={(_, state) => onOpenChange(state.open)} positioning="below-end" trapFocus>
        <PopoverTrigger disableButtonEnhancement>{bell}</PopoverTrigger>
        <PopoverSurface className={styles.surface} aria-labelledby={headingId} data-notification-panel="">
          <div className={styles.panelHeader}>
            <h2 id={headingId} className={styles.heading}>
              {t('notifications.title')}
            </h2>
            <MarkAllReadButton unreadCount={count} />
          </div>
          <div className={styles.panelBody}>{list}</div>
          <div className={styles.panelFooter}>{viewAll}</div>
        </PopoverSurface>
      </Popover>
      {liveRegion}
    </>
  );
}
