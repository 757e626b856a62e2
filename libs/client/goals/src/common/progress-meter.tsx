import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocale, useVisuallyHiddenStyles, type GoalConfidence } from '@kakehashi/client-platform';
import { GOALS_NAMESPACE } from '../i18n';
import { formatRatio } from './format';

const useStyles = makeStyles({
  meter: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  track: {
    position: 'relative',
    flexGrow: 1,
    minWidth: '64px',
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground5,
    // The track and the fill stay apart in forced colours too.
    outline: `1px solid ${tokens.colorTransparentStroke}`,
  },
  fill: {
    position: 'absolute',
    insetBlock: 0,
    insetInlineStart: 0,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
  },
  ON_TRACK: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  AT_RISK: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  OFF_TRACK: { backgroundColor: tokens.colorPaletteRedBackground3 },
  marker: {
    position: 'absolute',
    top: '-4px',
    bottom: '-4px',
    width: '2px',
    marginInlineStart: '-1px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
  percent: {
    flexShrink: 0,
    minWidth: '3.5em',
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

/**
 * Progress towards the target (0 at the baseline, 1 at the target) as a bar, with a marker at
 * the pace expected by today. Read out as 「進捗 62%（ペース 70%）」.
 */
export function ProgressMeter({
  actual,
  pace,
  rolledUp = false,
  tone,
  className,
}: {
  /** Null before the first check-in. */
  actual: number | null | undefined;
  pace: number;
  /** The progress is the KPIs' weighted progress, not the goal's own check-in. */
  rolledUp?: boolean;
  /** What the numbers say, which colours the bar. */
  tone?: GoalConfidence | null;
  className?: string;
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const paceText = formatRatio(pace, locale);
  const has = actual !== null && actual !== undefined;
  const label = has
    ? t(rolledUp ? 'progress.rolledUpLabel' : 'progress.label', { actual: formatRatio(actual, locale), pace: paceText })
    : t('progress.labelNoActual', { pace: paceText });
  return (
    <div className={mergeClasses(styles.meter, className)}>
      <span className={hidden.root}>{label}</span>
      <div className={styles.track} aria-hidden="true" title={label}>
        {has ? (
          <div className={mergeClasses(styles.fill, tone ? styles[tone] : undefined)} style={{ width: `${clamp(actual) * 100}%` }} />
        ) : null}
        <div className={styles.marker} style={{ insetInlineStart: `${clamp(pace) * 100}%` }} />
      </div>
      <span className={styles.percent} aria-hidden="true">
        {has ? formatRatio(actual, locale) : t('common.none')}
      </span>
    </div>
  );
}
