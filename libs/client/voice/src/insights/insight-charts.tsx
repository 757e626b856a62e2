import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataVizPalette,
  VerticalBarChart,
  VerticalStackedBarChart,
  getColorFromToken,
  type VerticalBarChartDataPoint,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
import { formatNumber, intlLocale, useLocale, useVisuallyHiddenStyles } from '@kakehashi/client-platform';
import { VOICE_NAMESPACE } from '../i18n';
import type { VolumeSeries } from './insight-series';

const PALETTE = [
  DataVizPalette.color1,
  DataVizPalette.color2,
  DataVizPalette.color3,
  DataVizPalette.color4,
  DataVizPalette.color5,
  DataVizPalette.color6,
  DataVizPalette.color7,
  DataVizPalette.color8,
  DataVizPalette.color9,
  DataVizPalette.color10,
].map((token) => getColorFromToken(token));

export interface VolumeChartProps {
  series: VolumeSeries;
  title: string;
  height?: number;
}

/** Tickets filed per month, stacked by product area, with a data table for screen readers. */
export function VolumeChart({ series, title, height = 320 }: VolumeChartProps) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const hidden = useVisuallyHiddenStyles();
  const data = useMemo<VerticalStackedChartProps[]>(
    () =>
      series.months.map((month) => ({
        xAxisPoint: month.label,
        chartData: series.areas.map((area, index) => {
          const tickets = month.tickets[area.key] ?? 0;
          return {
            legend: area.name,
            data: tickets,
            color: PALETTE[index % PALETTE.length],
            yAxisCalloutData: formatNumber(tickets, locale),
            callOutAccessibilityData: {
              ariaLabel: t('insights.volumePoint', { month: month.label, area: area.name, count: tickets }),
            },
          };
        }),
      })),
    [series, locale, t],
  );
  const total = series.months.reduce((sum, month) => sum + month.total, 0);
  return (
    <>
      <VerticalStackedBarChart
        data={data}
        chartTitle={title}
        height={height}
        culture={intlLocale(locale)}
        barWidth="auto"
        maxBarWidth={48}
        hideLabels
        yAxisTickFormat={(value: number) => formatNumber(value, locale, { notation: 'compact' })}
        svgProps={{ 'aria-label': `${title}. ${t('insights.volumeSummary', { count: total })}` }}
      />
      {/* Hidden on its wrapper: a table ignores the 1 px width and would widen the page on a phone. */}
      <div className={hidden.root}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.month')}</th>
              {series.areas.map((area) => (
                <th key={area.key} scope="col">
                  {area.name}
                </th>
              ))}
              <th scope="col">{t('insights.total')}</th>
            </tr>
          </thead>
          <tbody>
            {series.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{month.label}</th>
                {series.areas.map((area) => (
                  <td key={area.key}>{formatNumber(month.tickets[area.key] ?? 0, locale)}</td>
                ))}
                <td>{formatNumber(month.total, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export interface TriageTimesChartProps {
  buckets: readonly { label: string; tickets: number }[];
  title: string;
  height?: number;
}

/** How many tickets were first triaged within each span of business days. */
export function TriageTimesChart({ buckets, title, height = 260 }: TriageTimesChartProps) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const hidden = useVisuallyHiddenStyles();
  const color = PALETTE[0];
  const data = useMemo<VerticalBarChartDataPoint[]>(
    () =>
      buckets.map((bucket) => ({
        x: bucket.label,
        y: bucket.tickets,
        color,
        yAxisCalloutData: formatNumber(bucket.tickets, locale),
        callOutAccessibilityData: { ariaLabel: t('insights.bucketPoint', { bucket: bucket.label, count: bucket.tickets }) },
      })),
    [buckets, color, locale, t],
  );
  return (
    <>
      <VerticalBarChart
        data={data}
        chartTitle={title}
        height={height}
        culture={intlLocale(locale)}
        barWidth="auto"
        maxBarWidth={48}
        hideLegend
        hideLabels
        yAxisTickFormat={(value: number) => formatNumber(value, locale, { notation: 'compact' })}
        svgProps={{ 'aria-label': title }}
      />
      <div className={hidden.root}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.bucket')}</th>
              <th scope="col">{t('insights.tickets')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.label}>
                <th scope="row">{bucket.label}</th>
                <td>{formatNumber(bucket.tickets, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
