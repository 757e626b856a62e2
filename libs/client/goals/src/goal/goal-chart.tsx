import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataVizPalette, LineChart, getColorFromToken, type LineChartPoints } from '@fluentui/react-charts';
import { DataTrendingRegular } from '@fluentui/react-icons';
import type { Locale } from '@kakehashi/shared-contracts';
import { EmptyState, formatNumber, intlLocale, useLocale, useVisuallyHiddenStyles } from '@kakehashi/client-platform';
import { calendarDate, formatDay, formatGoalValue, type GoalUnitFacts } from '../common/format';
import { GOALS_NAMESPACE } from '../i18n';
import { actualSeries, paceSeries, rangeSeries, valueOn, yAxis, type ChartCheckIn, type ChartGoal, type DatedValue } from './chart-series';

export interface GoalChartProps {
  goal: ChartGoal & GoalUnitFacts;
  checkIns: readonly ChartCheckIn[];
  /** Names the chart's region; the frame around it shows the same words. */
  title: string;
  height?: number;
}

const ACTUAL_COLOR = getColorFromToken(DataVizPalette.color1);
const PACE_COLOR = getColorFromToken(DataVizPalette.color2);
const RANGE_COLOR = getColorFromToken(DataVizPalette.color5);

// The axis's ticks are the chart's own (local midnights), so they are read in the browser's time
// zone; the points sit at midday UTC, which is the same calendar day in every zone within ±12 h.
function axisDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', day: 'numeric' }).format(date);
}

/** Big figures stay short on the axis (3,000,000,000 → 30億 / 3B). */
function axisValue(value: number, locale: Locale): string {
  return formatNumber(value, locale, { notation: 'compact', maximumFractionDigits: 1 });
}

/** Actual check-in values against the target pace over the goal's period, with a data table for screen readers. */
export default function GoalChart({ goal, checkIns, title, height = 300 }: GoalChartProps) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const hidden = useVisuallyHiddenStyles();
  const actual = useMemo(() => actualSeries(goal, checkIns), [goal, checkIns]);
  const pace = useMemo(() => paceSeries(goal), [goal]);
  const range = useMemo(() => rangeSeries(goal), [goal]);

  const lineChartData = useMemo<LineChartPoints[]>(() => {
    const line = (legend: string, color: string, values: readonly DatedValue[], dashed: boolean): LineChartPoints => ({
      legend,
      color,
      lineOptions: dashed ? { strokeDasharray: '6 4' } : undefined,
      data: values.map((point) => {
        const date = formatDay(point.date, locale);
        const value = formatGoalValue(point.value, goal, locale, t);
        return {
          x: calendarDate(point.date),
          y: point.value,
          xAxisCalloutData: date,
          yAxisCalloutData: value,
          callOutAccessibilityData: { ariaLabel: t('goal.chartPoint', { series: legend, value, date }) },
        };
      }),
    });
    const lines = [line(t('goal.chartActual'), ACTUAL_COLOR, actual, false)];
    if (pace) lines.push(line(t('goal.chartPace'), PACE_COLOR, pace, true));
    if (range) {
      lines.push(line(t('goal.chartLow'), RANGE_COLOR, range.low, true));
      lines.push(line(t('goal.chartHigh'), RANGE_COLOR, range.high, true));
    }
    return lines;
  }, [actual, pace, range, goal, locale, t]);

  const bounds = useMemo(
    () => yAxis([...actual, ...(pace ?? []), ...(range ? [...range.low, ...range.high] : [])].map((point) => point.value)),
    [actual, pace, range],
  );
  const latest = actual[actual.length - 1];
  if (!latest) {
    return <EmptyState icon={<DataTrendingRegular />} title={t('goal.chartEmptyTitle')} hint={t('goal.chartEmptyHint')} />;
  }
  const summary = t('goal.chartSummary', {
    count: actual.length,
    value: formatGoalValue(latest.value, goal, locale, t),
    date: formatDay(latest.date, locale),
  });

  return (
    <>
      <LineChart
        data={{ chartTitle: title, lineChartData }}
        height={height}
        culture={intlLocale(locale)}
        yMinValue={bounds?.min}
        yMaxValue={bounds?.max}
        yAxisTickCount={bounds?.tickCount ?? 5}
        yAxisTickFormat={(value: number) => axisValue(value, locale)}
        customDateTimeFormatter={(date: Date) => axisDate(date, locale)}
        allowMultipleShapesForPoints
        svgProps={{ 'aria-label': `${title}. ${summary}` }}
      />
      {/* Hidden on its wrapper: a table ignores the 1 px width and would widen the page on a phone. */}
      <div className={hidden.root}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('goal.chartDate')}</th>
              <th scope="col">{t('goal.chartActual')}</th>
              {pace ? <th scope="col">{t('goal.chartPace')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {actual.map((point, index) => {
              const onPace = pace ? valueOn(pace, point.date) : null;
              return (
                <tr key={`${point.date}-${index}`}>
                  <th scope="row">{formatDay(point.date, locale)}</th>
                  <td>{formatGoalValue(point.value, goal, locale, t)}</td>
                  {pace ? <td>{onPace === null ? t('common.none') : formatGoalValue(onPace, goal, locale, t)}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
