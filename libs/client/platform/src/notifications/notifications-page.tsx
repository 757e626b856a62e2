import { useQuery } from '@apollo/client/react';
import { Button, Switch, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/hooks';
import { useFlagParam } from '../ui/use-flag-param';
import { MarkAllReadButton } from './mark-all-read-button';
import { UnreadNotificationCountQuery } from './notification-documents';
import { NotificationList } from './notification-list';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalL,
  },
  lead: { color: tokens.colorNeutralForeground2 },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
  },
  filter: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  count: { color: tokens.colorNeutralForeground2 },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXS,
  },
});

const FILTER_PARAM = 'filter';
const UNREAD = 'unread';

/** All of the signed-in person's notifications, or the unread ones, a page at a time. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  usePageTitle(t('notifications.title'));
  const [unreadOnly, setUnreadOnly] = useFlagParam(FILTER_PARAM, UNREAD);
  const { data } = useQuery(UnreadNotificationCountQuery);
  const count = data?.unreadNotificationCount ?? 0;

  return (
    <>
      <div className={styles.header}>
        <Title1 as="h1">{t('notifications.title')}</Title1>
        <Text as="p" className={styles.lead}>
          {t('notifications.lead')}
        </Text>
      </div>
      <div className={styles.toolbar}>
        <div className={styles.filter}>
          <Switch checked={unreadOnly} label={t('notifications.unreadOnly')} onChange={(_, state) => setUnreadOnly(state.checked)} />
          <Text className={styles.count}>{t('notifications.unreadCount', { count })}</Text>
        </div>
        <MarkAllReadButton unreadCount={count} />
      </div>
      <div className={styles.card}>
        <NotificationList
          unreadOnly={unreadOnly}
          emptyAction={
            unreadOnly ? (
              <Button appearance="secondary" onClick={() => setUnreadOnly(false)}>
                {t('notifications.showAll')}
              </Button>
            ) : undefined
          }
        />
      </div>
    </>
  );
}
