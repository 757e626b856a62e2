import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataVizPalette, HorizontalBarChart, getColorFromToken, type ChartDataPoint, type ChartProps } from '@fluentui/react-charts';
import { DataBarHorizontalRegular } from '@fluentui/react-icons';
import { EmptyState, formatNumber, intlLocale, useLocale, useVisuallyHiddenStyles } from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { clampRate, formatRate } from '../shared/format';
import { ChartFrame } from './chart-frame';
import type { DepartmentBreakdownChartProps, DepartmentBreakdownRow } from './types';

const COLORS = {
  read: getColorFromToken(DataVizPalette.color11),
  openedOnly: getColorFromToken(DataVizPalette.color6),
  notOpened: getColorFromToken(DataVizPalette.disabled),
};

/** Whole people from a rate over the audience (the server sends rates; the bar needs counts). */
function peopleOf(rate: number, audience: number): number {
  return Math.round(clampRate(rate) * audience);
}

/**
 * Reach and read rate by department, one bar per department whose length is its audience:
 * read, opened but not read, not opened. Rates are always over that department's audience.
 */
export default function DepartmentBreakdownChart({ rows, title, headingLevel, cumulative = false }: DepartmentBreakdownChartProps) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const visuallyHidden = useVisuallyHiddenStyles();
  const titleId = useId();
  const heading = title ?? t('analytics.departments.title');

  // A department with nobody in the audience has no bar (0 / 0), only a row in the table.
  const charted = useMemo(() => rows.filter((row) => row.audience > 0), [rows]);

  const data = useMemo<ChartProps[]>(
    () =>
      charted.map((row: DepartmentBreakdownRow) => {
        const reached = peopleOf(row.reach, row.audience);
        // Reading implies opening: a read count above the openers is stale data, not a third state.
        const read = Math.min(peopleOf(row.readRate, row.audience), reached);
        const audience = formatNumber(row.audience, locale);
        const segment = (key: 'read' | 'openedOnly' | 'notOpened', count: number): ChartDataPoint => {
          const label = t(`analytics.departments.${key}`);
          const text = t(cumulative ? 'analytics.departments.segmentCumulative' : 'analytics.departments.segment', {
            department: row.department,
            segment: label,
            count: formatNumber(count, locale),
            audience,
            rate: formatRate(count / row.audience, locale),
          });
          return {
            legend: label,
            horizontalBarChartdata: { x: count, total: row.audience },
            color: COLORS[key],
            xAxisCalloutData: row.department,
            yAxisCalloutData: t('analytics.fraction', { numerator: formatNumber(count, locale), denominator: audience }),
            callOutAccessibilityData: { ariaLabel: text },
          };
        };
        return {
          chartTitle: t('analytics.departments.rowTitle', {
            department: row.department,
            reach: formatRate(row.reach, locale),
            readRate: formatRate(Math.min(clampRate(row.readRate), clampRate(row.reach)), locale),
          }),
          // Empty segments would be zero-width bars that still take a tab stop.
          chartData: [segment('read', read), segment('openedOnly', reached - read), segment('notOpened', row.audience - reached)].filter(
            (point) => (point.horizontalBarChartdata?.x ?? 0) > 0,
          ),
        };
      }),
    [charted, cumulative, locale, t],
  );

  // One legend for all bars (the chart would repeat it per department), not interactive.
  const legends = useMemo(
    () => (['read', 'openedOnly', 'notOpened'] as const).map((key) => ({ title: t(`analytics.departments.${key}`), color: COLORS[key] })),
    [t],
  );

  return (
    <ChartFrame titleId={titleId} title={heading} headingLevel={headingLevel}>
      {data.length > 0 ? (
        <>
          <HorizontalBarChart
            data={data}
            chartDataMode="hidden"
            barHeight={16}
            culture={intlLocale(locale)}
            showLegendForSinglePointBar
            legendProps={{ legends, allowFocusOnLegends: false, centerLegends: false }}
          />
          {/* Hidden on its wrapper: a table ignores the 1 px width and would widen the page on a phone. */}
          <div className={visuallyHidden.root}>
            <table>
              <caption>{`${heading}. ${t('analytics.departments.summary', { count: rows.length })}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analytics.departments.department')}</th>
                  <th scope="col">{cumulative ? t('analytics.departments.audienceCumulative') : t('analytics.audience')}</th>
                  <th scope="col">{t('analytics.reach')}</th>
                  <th scope="col">{t('analytics.readRate')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={`${row.department}-${index}`}>
                    <th scope="row">{row.department}</th>
                    <td>{t('analytics.people', { count: row.audience })}</td>
                    <td>{row.audience > 0 ? formatRate(row.reach, locale) : t('analytics.noAudience')}</td>
                    <td>{row.audience > 0 ? formatRate(row.readRate, locale) : t('analytics.noAudience')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <EmptyState
          icon={<DataBarHorizontalRegular />}
          title={t('analytics.departments.emptyTitle')}
          hint={t('analytics.departments.emptyHint')}
        />
      )}
    </ChartFrame>
  );
}
