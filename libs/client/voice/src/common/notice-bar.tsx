import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  text: string;
}

/** What just happened (saved, filed, failed), dismissible; errors are announced at once. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const common = useTranslation().t;
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={common('states.dismiss')} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}

/** A notice carried in a navigation's state (e.g. after filing, or the redirect of a merged ticket). */
export function noticeFrom(state: unknown): Notice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const notice = (state as { notice: unknown }).notice;
  if (typeof notice !== 'object' || notice === null) return null;
  const { intent, text } = notice as Partial<Notice>;
  const intents: readonly string[] = ['success', 'error', 'info', 'warning'];
  return typeof intent === 'string' && intents.includes(intent) && typeof text === 'string' ? { intent, text } : null;
}
