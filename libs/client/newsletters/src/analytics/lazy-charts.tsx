import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChunkLoadFailure, LazyBoundary, LoadingState } from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { ChartFrame } from './chart-frame';
import type { ChartHeadingLevel, DepartmentBreakdownChartProps, RateTrendChartProps } from './types';

// Fluent charts (and d3) load with the first chart on screen, never with a reading page.
const RateTrendChart = lazy(() => import('./rate-trend-chart'));
const DepartmentBreakdownChart = lazy(() => import('./department-breakdown-chart'));

/** While the chart code loads: the same card and heading, so nothing jumps when it arrives. */
function ChartPlaceholder({ title, headingLevel, failed }: { title: string; headingLevel?: ChartHeadingLevel; failed?: boolean }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const titleId = useId();
  return (
    <ChartFrame titleId={titleId} title={title} headingLevel={headingLevel}>
      {failed ? <ChunkLoadFailure message={t('analytics.loadFailed')} /> : <LoadingState label={t('analytics.loadingChart')} />}
    </ChartFrame>
  );
}

export function LazyRateTrendChart(props: RateTrendChartProps) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const title = props.title ?? t('analytics.trend.title');
  return (
    <LazyBoundary
      fallback={<ChartPlaceholder title={title} headingLevel={props.headingLevel} />}
      failure={<ChartPlaceholder title={title} headingLevel={props.headingLevel} failed />}
    >
      <RateTrendChart {...props} />
    </LazyBoundary>
  );
}

export function LazyDepartmentBreakdownChart(props: DepartmentBreakdownChartProps) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const title = props.title ?? t('analytics.departments.title');
  return (
    <LazyBoundary
      fallback={<ChartPlaceholder title={title} headingLevel={props.headingLevel} />}
      failure={<ChartPlaceholder title={title} headingLevel={props.headingLevel} failed />}
    >
      <DepartmentBreakdownChart {...props} />
    </LazyBoundary>
  );
}
