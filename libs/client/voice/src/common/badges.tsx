import type { ReactElement } from 'react';
import { Badge, makeStyles } from '@fluentui/react-components';
import {
  MergeRegular,
  CheckmarkCircleRegular,
  CircleRegular,
  ClockAlarmRegular,
  DismissCircleRegular,
  PlayCircleRegular,
  CalendarLtrRegular,
  TagRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { TicketImpact, TicketStatus } from '@kakehashi/client-platform';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  badge: { whiteSpace: 'nowrap' },
});

type BadgeColor = 'brand' | 'danger' | 'important' | 'informative' | 'severe' | 'subtle' | 'success' | 'warning';

const STATUS_LOOK: Record<TicketStatus, { color: BadgeColor; icon: ReactElement }> = {
  NEW: { color: 'brand', icon: <CircleRegular /> },
  TRIAGED: { color: 'informative', icon: <TagRegular /> },
  PLANNED: { color: 'warning', icon: <CalendarLtrRegular /> },
  IN_PROGRESS: { color: 'important', icon: <PlayCircleRegular /> },
  SHIPPED: { color: 'success', icon: <CheckmarkCircleRegular /> },
  DECLINED: { color: 'subtle', icon: <DismissCircleRegular /> },
  MERGED: { color: 'informative', icon: <MergeRegular /> },
};

/** 新規・トリアージ済み・計画中 …, with an icon as well as a colour. */
export function StatusBadge({ status, size = 'medium' }: { status: TicketStatus; size?: 'small' | 'medium' }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const styles = useStyles();
  const look = STATUS_LOOK[status];
  return (
    <Badge className={styles.badge} appearance="tint" color={look.color} size={size} icon={look.icon}>
      {t(`status.${status}`)}
    </Badge>
  );
}

// Outline colours that keep 4.5:1 on the page's grey as well as on white (severe and warning do not).
const IMPACT_COLOR: Record<TicketImpact, BadgeColor> = {
  BLOCKS_DEAL: 'danger',
  CHURN_RISK: 'danger',
  PAIN: 'important',
  NICE_TO_HAVE: 'informative',
};

export function ImpactBadge({ impact }: { impact: TicketImpact }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="outline" color={IMPACT_COLOR[impact]}>
      {t(`impact.${impact}`)}
    </Badge>
  );
}

/** Still new after its triage target. */
export function OverdueBadge() {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="filled" color="danger" icon={<ClockAlarmRegular />}>
      {t('badges.overdue')}
    </Badge>
  );
}
