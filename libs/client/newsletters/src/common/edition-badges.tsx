import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, PinRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { isoOf } from './scalars';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});

export interface EditionBadgeState {
  status: string;
  pinned: boolean;
  mustRead: boolean;
  unread: boolean;
  acknowledgedByMe: boolean;
  /** DateTime. */
  updatedAt?: unknown;
}

/** Status at a glance: 下書き/予約済み for editors, ピン留め, 必読 or 確認済み, 未読, 更新あり. */
export function EditionBadges({ edition, showUnread = true }: { edition: EditionBadgeState; showUnread?: boolean }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const styles = useStyles();
  const published = edition.status === 'PUBLISHED';
  return (
    <span className={styles.badges}>
      {!published ? (
        <Badge appearance="tint" color={edition.status === 'SCHEDULED' ? 'warning' : 'informative'}>
          {t(`edition.status.${edition.status}`)}
        </Badge>
      ) : null}
      {edition.pinned ? (
        <Badge appearance="tint" color="brand" icon={<PinRegular />}>
          {t('edition.pinned')}
        </Badge>
      ) : null}
      {edition.mustRead && published ? (
        edition.acknowledgedByMe ? (
          <Badge appearance="tint" color="success" icon={<CheckmarkCircleRegular />}>
            {t('edition.acknowledged')}
          </Badge>
        ) : (
          <Badge appearance="filled" color="danger">
            {t('edition.mustRead')}
          </Badge>
        )
      ) : null}
      {edition.mustRead && !published ? (
        <Badge appearance="outline" color="danger">
          {t('edition.mustRead')}
        </Badge>
      ) : null}
      {showUnread && published && edition.unread ? (
        <Badge appearance="filled" color="brand">
          {t('edition.unread')}
        </Badge>
      ) : null}
      {published && isoOf(edition.updatedAt) ? (
        <Badge appearance="outline" color="informative">
          {t('edition.updated')}
        </Badge>
      ) : null}
    </span>
  );
}
