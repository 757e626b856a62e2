import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChunkLoadFailure, LazyBoundary, LoadingState } from '@kakehashi/client-platform';
import { GOALS_NAMESPACE } from '../i18n';
import type { GoalChartProps } from './goal-chart';

// Fluent charts (and d3) load with the chart itself, after the goal page has shown its facts.
const GoalChart = lazy(() => import('./goal-chart'));

export function LazyGoalChart(props: GoalChartProps) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  return (
    <LazyBoundary fallback={<LoadingState label={t('goal.chartLoading')} />} failure={<ChunkLoadFailure message={t('goal.chartFailed')} />}>
      <GoalChart {...props} />
    </LazyBoundary>
  );
}
