import { actualSeries, paceSeries, rangeSeries, valueOn, yAxis, type ChartGoal } from './chart-series';

const quarter: ChartGoal['period'] = { kind: 'QUARTER', start: '2026-10-01', end: '2026-12-31' };

const goal = (changes: Partial<ChartGoal> = {}): ChartGoal => ({
  direction: 'INCREASE',
  cadence: 'MONTHLY',
  baseline: 0,
  target: 300,
  monthlyTargets: [],
  period: quarter,
  ...changes,
});

describe('the goal chart’s series', () => {
  it('draws the pace from the baseline at the start to the target at the end', () => {
    expect(paceSeries(goal())).toEqual([
      { date: '2026-10-01', value: 0 },
      { date: '2026-12-31', value: 300 },
    ]);
  });

  it('goes through each month’s end for a seasonal goal', () => {
    expect(paceSeries(goal({ monthlyTargets: [50, 150, 300] }))).toEqual([
      { date: '2026-10-01', value: 0 },
      { date: '2026-10-31', value: 50 },
      { date: '2026-11-30', value: 150 },
      { date: '2026-12-31', value: 300 },
    ]);
  });

  it('has no pace for a range goal but two band lines', () => {
    const range = goal({ direction: 'RANGE', target: null, rangeLow: 95, rangeHigh: 102 });
    expect(paceSeries(range)).toBeNull();
    expect(rangeSeries(range)?.high).toEqual([
      { date: '2026-10-01', value: 102 },
      { date: '2026-12-31', value: 102 },
    ]);
  });

  it('places a check-in on the day it was written, within its slot, oldest first', () => {
    const series = actualSeries(goal(), [
      // Written in Tokyo on 5 Dec for December.
      { slotStart: '2026-12-01', createdAt: '2026-12-04T16:00:00Z', value: 180 },
      // Written late, on 3 Dec, for November: stands at November's end.
      { slotStart: '2026-11-01', createdAt: '2026-12-03T01:00:00Z', value: 120 },
    ]);
    expect(series).toEqual([
      { date: '2026-11-30', value: 120 },
      { date: '2026-12-05', value: 180 },
    ]);
  });

  it('reads the pace on a day between its points', () => {
    const pace = paceSeries(goal({ baseline: 0, target: 100, period: { kind: 'QUARTER', start: '2026-01-01', end: '2026-01-11' } }))!;
    expect(valueOn(pace, '2026-01-06')).toBeCloseTo(50);
    expect(valueOn(pace, '2025-12-31')).toBe(0);
  });

  it('fits the y axis to the values with round ticks', () => {
    expect(yAxis([64, 69.5, 75])).toEqual({ min: 60, max: 75, tickCount: 4 });
    expect(yAxis([0, 45, 120])).toEqual({ min: 0, max: 150, tickCount: 4 });
    expect(yAxis([-12, 8])).toEqual({ min: -15, max: 10, tickCount: 6 });
    expect(yAxis([])).toBeNull();
  });
});
