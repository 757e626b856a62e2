import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataVizPalette, LineChart, getColorFromToken, type LineChartPoints } from '@fluentui/react-charts';
import { DataTrendingRegular } from '@fluentui/react-icons';
import { DEFAULT_TIME_ZONE, type Locale } from '@kakehashi/shared-contracts';
import { EmptyState, formatDate, formatNumber, intlLocale, useLocale, useVisuallyHiddenStyles } from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { clampRate, formatRate } from '../shared/format';
import { ChartFrame } from './chart-frame';
import type { RateTrendChartProps, RateTrendPoint } from './types';

type Series = 'reach' | 'readRate' | 'reactionRate';

const SERIES: readonly { key: Series; color: string; dashed: boolean }[] = [
  { key: 'reach', color: getColorFromToken(DataVizPalette.color1), dashed: false },
  { key: 'readRate', color: getColorFromToken(DataVizPalette.color3), dashed: false },
  // A dash as well as a colour: the three lines stay apart for colour-blind readers.
  { key: 'reactionRate', color: getColorFromToken(DataVizPalette.color2), dashed: true },
];

/** Ticks at every point while they fit; the chart picks its own beyond that. */
const MAX_POINT_TICKS = 8;

function axisDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', day: 'numeric', timeZone: DEFAULT_TIME_ZONE }).format(date);
}

/** Percent on a 0–100 axis, so d3 picks round ticks (0, 20, 40 …). */
function toPercent(rate: number): number {
  return Math.round(clampRate(rate) * 1000) / 10;
}

interface DatedPoint extends RateTrendPoint {
  at: Date;
}

/** Reach, read rate and reaction rate of a newsletter over time, with a data table for screen readers. */
export default function RateTrendChart({ points, granularity = 'edition', title, headingLevel, height = 280 }: RateTrendChartProps) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const visuallyHidden = useVisuallyHiddenStyles();
  const titleId = useId();
  const heading = title ?? t('analytics.trend.title');

  const dated = useMemo<DatedPoint[]>(
    () =>
      points
        .map((point) => ({ ...point, at: new Date(point.date) }))
        .filter((point) => !Number.isNaN(point.at.getTime()))
        .sort((a, b) => a.at.getTime() - b.at.getTime()),
    [points],
  );

  const lineChartData = useMemo<LineChartPoints[]>(
    () =>
      SERIES.map(({ key, color, dashed }) => {
        const legend = t(`analytics.${key}`);
        return {
          legend,
          color,
          lineOptions: dashed ? { strokeDasharray: '6 4' } : undefined,
          data: dated.map((point) => {
            const date = formatDate(point.at, locale);
            const value = formatRate(point[key], locale);
            return {
              x: point.at,
              y: toPercent(point[key]),
              xAxisCalloutData: t('analytics.trend.pointHeader', { label: point.label, date }),
              yAxisCalloutData: value,
              callOutAccessibilityData: { ariaLabel: t('analytics.trend.point', { label: point.label, date, series: legend, value }) },
            };
          }),
        };
      }),
    [dated, locale, t],
  );

  const latest = dated[dated.length - 1];
  const summary = latest
    ? t('analytics.trend.summary', {
        count: dated.length,
        label: latest.label,
        reach: formatRate(latest.reach, locale),
        readRate: formatRate(latest.readRate, locale),
        reactionRate: formatRate(latest.reactionRate, locale),
      })
    : '';

  return (
    <ChartFrame titleId={titleId} title={heading} headingLevel={headingLevel}>
      {latest ? (
        <>
          <LineChart
            data={{ chartTitle: heading, lineChartData }}
            height={height}
            culture={intlLocale(locale)}
            yMinValue={0}
            yMaxValue={100}
            yAxisTickCount={5}
            yAxisTickFormat={(value: number) => formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 0 })}
            customDateTimeFormatter={(date: Date) => axisDate(date, locale)}
            tickValues={dated.length <= MAX_POINT_TICKS ? dated.map((point) => point.at) : undefined}
            allowMultipleShapesForPoints
            svgProps={{ 'aria-label': `${heading}. ${summary}` }}
          />
          {/* Hidden on its wrapper: a table ignores the 1 px width and would widen the page on a phone. */}
          <div className={visuallyHidden.root}>
            <table>
              <caption>{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{granularity === 'week' ? t('analytics.trend.byWeek') : t('analytics.trend.byEdition')}</th>
                  <th scope="col">{t('analytics.trend.date')}</th>
                  <th scope="col">{t('analytics.reach')}</th>
                  <th scope="col">{t('analytics.readRate')}</th>
                  <th scope="col">{t('analytics.reactionRate')}</th>
                </tr>
              </thead>
              <tbody>
                {dated.map((point, index) => (
                  <tr key={`${point.date}-${index}`}>
                    <th scope="row">{point.label}</th>
                    <td>{formatDate(point.at, locale)}</td>
                    <td>{formatRate(point.reach, locale)}</td>
                    <td>{formatRate(point.readRate, locale)}</td>
                    <td>{formatRate(point.reactionRate, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <EmptyState icon={<DataTrendingRegular />} title={t('analytics.trend.emptyTitle')} hint={t('analytics.trend.emptyHint')} />
      )}
    </ChartFrame>
  );
}
