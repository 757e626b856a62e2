import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { StoryStatus, StoryVerificationState } from '@kakehashi/client-platform';
import { STORIES_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});

/** Status at a glance: 下書き/レビュー中/アーカイブ済み for those who see them, 要確認 for a stale story. */
export function StoryBadges({ status, verification }: { status: StoryStatus; verification?: { state: StoryVerificationState } | null }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  const stale = status === 'PUBLISHED' && verification?.state === 'STALE';
  if (status === 'PUBLISHED' && !stale) return null;
  return (
    <span className={styles.badges}>
      {status !== 'PUBLISHED' ? (
        <Badge appearance="tint" color={status === 'IN_REVIEW' ? 'warning' : 'informative'}>
          {t(`status.${status}`)}
        </Badge>
      ) : null}
      {stale ? (
        <Badge appearance="tint" color="danger" icon={<WarningRegular />}>
          {t('verification.STALE')}
        </Badge>
      ) : null}
    </span>
  );
}
