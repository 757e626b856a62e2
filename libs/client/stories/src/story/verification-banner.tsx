import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { formatDate, personName, useLocale } from '@kakehashi/client-platform';
import type { StoryDetail } from '../common/story-detail';
import { STORIES_NAMESPACE } from '../i18n';

/**
 * Whether a published story is still known to be true: who confirmed it and when, or that it
 * is past its verify-by date, with 確認済みにする for whoever may confirm it.
 */
export function VerificationBanner({
  verification,
  verifier,
  canVerify,
  verifying,
  onVerify,
}: {
  verification: NonNullable<StoryDetail['verification']>;
  /** Who keeps it verified (the reviewer unless the author chose someone else). */
  verifier: StoryDetail['verifier'];
  canVerify: boolean;
  verifying: boolean;
  onVerify: () => void;
}) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const locale = useLocale();
  const verifiedAt = verification.verifiedAt ? formatDate(verification.verifiedAt, locale) : null;
  const dueAt = verification.dueAt ? formatDate(verification.dueAt, locale) : null;
  const verifiedLine = verifiedAt
    ? verification.verifiedBy
      ? t('story.verification.verifiedBy', { name: personName(verification.verifiedBy, locale), date: verifiedAt })
      : t('story.verification.verifiedAt', { date: verifiedAt })
    : null;
  // Named when someone other than the last to verify keeps it verified.
  const verifierLine =
    verifier && verifier.id !== verification.verifiedBy?.id
      ? t('story.verification.verifier', { name: personName(verifier, locale) })
      : null;
  const action =
    canVerify && verification.state !== 'VERIFIED' ? (
      <MessageBarActions>
        <Button appearance="primary" disabledFocusable={verifying} onClick={onVerify}>
          {verifying ? t('story.verification.verifying') : t('story.verification.verify')}
        </Button>
      </MessageBarActions>
    ) : undefined;

  if (verification.state === 'STALE') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('story.verification.stale')}</MessageBarTitle>
          {[dueAt ? t('story.verification.staleHint', { date: dueAt }) : null, verifiedLine, verifierLine]
            .filter(Boolean)
            .join(t('common.separator'))}
        </MessageBarBody>
        {action}
      </MessageBar>
    );
  }
  if (verification.state === 'DUE_SOON') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('story.verification.dueSoon', { date: dueAt ?? '' })}</MessageBarTitle>
          {[verifiedLine, verifierLine].filter(Boolean).join(t('common.separator'))}
        </MessageBarBody>
        {action}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" icon={<CheckmarkCircleRegular />} layout="multiline">
      <MessageBarBody>
        {[verifiedLine ?? t('verification.VERIFIED'), dueAt ? t('story.verification.nextDue', { date: dueAt }) : null, verifierLine]
          .filter(Boolean)
          .join(t('common.separator'))}
      </MessageBarBody>
    </MessageBar>
  );
}
