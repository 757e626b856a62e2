import { GoalConfidence, GoalDirection } from '@kakehashi/shared-contracts';
import { type GoalMeasure, paceValueAt, progressOf, rolledUpProgress, suggestedConfidence } from './progress';

const year: Pick<GoalMeasure, 'periodStart' | 'periodEnd' | 'rangeLow' | 'rangeHigh' | 'monthlyTargets'> = {
  periodStart: '2026-04-01',
  periodEnd: '2027-03-31',
  rangeLow: null,
  rangeHigh: null,
  monthlyTargets: [],
};

describe('goal progress', () => {
  it('measures from baseline to target, either way', () => {
    const up: GoalMeasure = { ...year, direction: GoalDirection.INCREASE, baseline: 100, target: 200 };
    const down: GoalMeasure = { ...year, direction: GoalDirection.DECREASE, baseline: 8, target: 3 };
    expect(progressOf(up, 150)).toBe(0.5);
    expect(progressOf(up, 250)).toBe(1.5);
    expect(progressOf(down, 5.5)).toBe(0.5);
    expect(progressOf(down, 10)).toBeCloseTo(-0.4);
  });

  it('keeps a range goal at 1 inside its band, falling off outside', () => {
    const range: GoalMeasure = { ...year, direction: GoalDirection.RANGE, baseline: 100, target: null, rangeLow: 95, rangeHigh: 105 };
    expect(progressOf(range, 100)).toBe(1);
    expect(progressOf(range, 110)).toBe(0.5);
    expect(progressOf(range, 200)).toBe(0);
    expect(paceValueAt(range, '2026-10-01')).toBeNull();
  });

  it('expects a straight line, or the seasonal monthly targets', () => {
    const up: GoalMeasure = { ...year, direction: GoalDirection.INCREASE, baseline: 0, target: 365 };
    expect(paceValueAt(up, '2026-04-01')).toBeCloseTo(1);
    expect(paceValueAt(up, '2027-03-31')).toBe(365);
    expect(paceValueAt(up, '2030-01-01')).toBe(365);
    const seasonal: GoalMeasure = { ...up, target: 120, monthlyTargets: [5, 10, 30, 35, 40, 60, 65, 70, 80, 85, 90, 120] };
    expect(paceValueAt(seasonal, '2026-06-30')).toBeCloseTo(30);
    expect(paceValueAt(seasonal, '2026-04-30')).toBeCloseTo(5);
    expect(paceValueAt(seasonal, '2027-03-31')).toBe(120);
  });

  it('suggests a confidence from how far actual trails pace', () => {
    const up: GoalMeasure = { ...year, direction: GoalDirection.INCREASE, baseline: 0, target: 365 };
    const midYear = '2026-09-30'; // 183 days: pace 183
    expect(suggestedConfidence(up, 180, midYear)).toBe(GoalConfidence.ON_TRACK);
    expect(suggestedConfidence(up, 160, midYear)).toBe(GoalConfidence.AT_RISK);
    expect(suggestedConfidence(up, 100, midYear)).toBe(GoalConfidence.OFF_TRACK);
  });

  it('weights children, counting those without a check-in as none', () => {
    expect(
      rolledUpProgress([
        { weight: 60, progress: 0.5 },
        { weight: 40, progress: 1 },
      ]),
    ).toBeCloseTo(0.7);
    expect(
      rolledUpProgress([
        { weight: 50, progress: null },
        { weight: 50, progress: 1 },
      ]),
    ).toBeCloseTo(0.5);
    expect(rolledUpProgress([])).toBeNull();
  });
});
