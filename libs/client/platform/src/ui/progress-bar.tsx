import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatNumber } from '../i18n/format';
import { useLocale } from '../i18n/i18n';
import { useVisuallyHiddenStyles } from './visually-hidden';

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

/** Colours of the bar: a goal's confidence (or what its numbers say). */
export type ProgressTone = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

/**
 * Progress towards a target (0 at the baseline, 1 at the target) as a bar with a marker at the
 * pace expected by today, and the percentage beside it. Screen readers hear `label` instead.
 * Goals and teams show their goals with it.
 */
export function ProgressBar({
  actual,
  pace,
  label,
  tone,
  emptyText = '—',
  className,
}: {
  /** Null before the first check-in. */
  actual: number | null | undefined;
  pace: number;
  /** What the bar says, in words (e.g. 「進捗 62%（ペース 70%）」). */
  label: string;
  tone?: ProgressTone | null;
  /** Shown instead of the percentage when there is no actual yet. */
  emptyText?: string;
  className?: string;
}) {
  const locale = useLocale();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const has = actual !== null && actual !== undefined;
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
        {has ? formatNumber(actual, locale, { style: 'percent', maximumFractionDigits: 0 }) : emptyText}
      </span>
    </div>
  );
}
