import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useMarkAllNotificationsRead } from './use-mark-read';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    gap: tokens.spacingVerticalXXS,
  },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/** "すべて既読にする", unavailable while nothing is unread; says so when the api could not. */
export function MarkAllReadButton({ unreadCount }: { unreadCount: number }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { markAllRead, marking } = useMarkAllNotificationsRead();
  const [failed, setFailed] = useState(false);

  const onClick = async () => {
    setFailed(false);
    try {
      await markAllRead();
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className={styles.root}>
      {/* Focusable while unavailable: pressing it must not drop focus out of the panel (Esc would stop working). */}
      <Button
        appearance="subtle"
        icon={<CheckmarkRegular />}
        disabledFocusable={unreadCount === 0 || marking}
        onClick={() => void onClick()}
      >
        {t('notifications.markAllRead')}
      </Button>
      {failed ? (
        <Text role="alert" size={200} className={styles.failed}>
          {t('notifications.markAllReadFailed')}
        </Text>
      ) : null}
    </div>
  );
}
