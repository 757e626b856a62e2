import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChunkLoadFailure, LazyBoundary, LoadingState } from '@kakehashi/client-platform';
import { VOICE_NAMESPACE } from '../i18n';
import type { TriageTimesChartProps, VolumeChartProps } from './insight-charts';

// Fluent charts (and d3) load with the charts themselves, after the page has shown its figures.
const VolumeChart = lazy(() => import('./insight-charts').then((module) => ({ default: module.VolumeChart })));
const TriageTimesChart = lazy(() => import('./insight-charts').then((module) => ({ default: module.TriageTimesChart })));

export function LazyVolumeChart(props: VolumeChartProps) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  return (
    <LazyBoundary
      fallback={<LoadingState label={t('insights.chartLoading')} />}
      failure={<ChunkLoadFailure message={t('insights.chartFailed')} />}
    >
      <VolumeChart {...props} />
    </LazyBoundary>
  );
}

export function LazyTriageTimesChart(props: TriageTimesChartProps) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  return (
    <LazyBoundary
      fallback={<LoadingState label={t('insights.chartLoading')} />}
      failure={<ChunkLoadFailure message={t('insights.chartFailed')} />}
    >
      <TriageTimesChart {...props} />
    </LazyBoundary>
  );
}
