import { useTranslation } from 'react-i18next';
import { ProgressBar, useLocale, type GoalConfidence } from '@kakehashi/client-platform';
import { GOALS_NAMESPACE } from '../i18n';
import { formatRatio } from './format';

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
  const paceText = formatRatio(pace, locale);
  const label =
    actual !== null && actual !== undefined
      ? t(rolledUp ? 'progress.rolledUpLabel' : 'progress.label', { actual: formatRatio(actual, locale), pace: paceText })
      : t('progress.labelNoActual', { pace: paceText });
  return <ProgressBar actual={actual} pace={pace} label={label} tone={tone} emptyText={t('common.none')} className={className} />;
}
