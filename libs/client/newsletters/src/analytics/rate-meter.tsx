import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatNumber, useLocale } from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { clampRate, formatRate } from '../shared/format';

const useStyles = makeStyles({
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: '0',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
  fraction: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
});

export interface RateMeterProps {
  /** What is measured ("既読率"). */
  label: string;
  /** 0–1 over the audience; computed from numerator / denominator when left out. */
  rate?: number;
  /** People counted ("42"). */
  numerator: number;
  /** The audience ("120"). */
  denominator: number;
  /** One line on how the rate is defined. */
  hint?: string;
  className?: string;
}

/**
 * A compact KPI tile: "既読率 35% — 42 / 120 人". Plain Fluent, no chart library,
 * so that pages can show it without loading chart code.
 */
export function RateMeter({ label, rate, numerator, denominator, hint, className }: RateMeterProps) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const labelId = useId();
  const hasAudience = denominator > 0;
  const value = clampRate(rate ?? (hasAudience ? numerator / denominator : 0));

  return (
    <div role="group" aria-labelledby={labelId} className={mergeClasses(styles.tile, className)}>
      <Text id={labelId} size={300} weight="semibold" className={styles.label}>
        {label}
      </Text>
      {hasAudience ? (
        <>
          <Text size={700} weight="semibold" className={styles.value}>
            {formatRate(value, locale)}
          </Text>
          {/* The figures are the content; the bar only repeats them for the eye. */}
          <ProgressBar aria-hidden="true" value={value} max={1} thickness="large" shape="rounded" />
          <Text size={200} className={styles.fraction}>
            {t('analytics.fraction', { numerator: formatNumber(numerator, locale), denominator: formatNumber(denominator, locale) })}
          </Text>
        </>
      ) : (
        <>
          <Text size={700} weight="semibold" className={styles.muted} aria-hidden="true">
            {t('analytics.notAvailable')}
          </Text>
          <Text size={200} className={styles.muted}>
            {t('analytics.noAudience')}
          </Text>
        </>
      )}
      {hint ? (
        <Text size={200} className={styles.muted}>
          {hint}
        </Text>
      ) : null}
    </div>
  );
}

export default RateMeter;
