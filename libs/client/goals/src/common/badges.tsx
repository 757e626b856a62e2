import type { ReactElement } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, ClockRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { GoalConfidence, GoalStatus } from '@kakehashi/client-platform';
import { GOALS_NAMESPACE } from '../i18n';
import { suggestionIsWorse } from './format';

const useStyles = makeStyles({
  confidence: { display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorPaletteDarkOrangeForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  badge: { whiteSpace: 'nowrap' },
});

const CONFIDENCE_LOOK: Record<GoalConfidence, { color: 'success' | 'warning' | 'danger'; icon: ReactElement }> = {
  ON_TRACK: { color: 'success', icon: <CheckmarkCircleRegular /> },
  AT_RISK: { color: 'warning', icon: <WarningRegular /> },
  OFF_TRACK: { color: 'danger', icon: <ErrorCircleRegular /> },
};

/** The owner's call (順調・要注意・未達見込み), with an icon as well as a colour; 未チェックイン when none yet. */
export function ConfidenceBadge({
  confidence,
  size = 'medium',
}: {
  confidence: GoalConfidence | null | undefined;
  size?: 'small' | 'medium';
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const styles = useStyles();
  if (!confidence) {
    return (
      <Badge className={styles.badge} appearance="outline" color="informative" size={size} icon={<CircleRegular />}>
        {t('confidence.none')}
      </Badge>
    );
  }
  const look = CONFIDENCE_LOOK[confidence];
  return (
    <Badge className={styles.badge} appearance="tint" color={look.color} size={size} icon={look.icon}>
      {t(`confidence.${confidence}`)}
    </Badge>
  );
}

/** The owner's confidence, and 「数値上は要注意」 when the numbers say worse. */
export function ConfidenceWithHint({
  confidence,
  suggested,
}: {
  confidence: GoalConfidence | null | undefined;
  suggested: GoalConfidence | null | undefined;
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const styles = useStyles();
  return (
    <span className={styles.confidence}>
      <ConfidenceBadge confidence={confidence} />
      {suggested && suggestionIsWorse(confidence, suggested) ? (
        <Text className={styles.hint}>{t('confidence.suggested', { confidence: t(`confidence.${suggested}`) })}</Text>
      ) : null}
    </span>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="filled" color="danger" size="small" icon={<ClockRegular />}>
      {t('badges.overdue')}
    </Badge>
  );
}

export function DueBadge() {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color="brand" size="small" icon={<ClockRegular />}>
      {t('badges.due')}
    </Badge>
  );
}

const STATUS_COLOR: Record<GoalStatus, 'informative' | 'brand' | 'success' | 'danger'> = {
  DRAFT: 'informative',
  ACTIVE: 'brand',
  ACHIEVED: 'success',
  MISSED: 'danger',
  CANCELLED: 'informative',
};

export function StatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="outline" color={STATUS_COLOR[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: 'KGI' | 'KPI' }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance={kind === 'KGI' ? 'filled' : 'tint'} color="brand" size="small">
      {t(`kinds.${kind}`)}
    </Badge>
  );
}
