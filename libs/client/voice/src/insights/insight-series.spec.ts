import { Locale } from '@kakehashi/shared-contracts';
import { bucketLabel, monthLabel, monthsOf, volumeSeries, withinTargetShare } from './insight-series';

const billing = { id: 'billing', nameJa: '請求', nameEn: 'Billing' };
const reports = { id: 'reports', nameJa: 'レポート', nameEn: 'Reports' };

describe('the insight page’s series', () => {
  it('stacks each month by product area, every month present, the biggest area first', () => {
    const series = volumeSeries(
      ['2026-09', '2026-10', '2026-11'],
      [
        { month: '2026-09', tickets: 1, voices: 2, productArea: billing },
        { month: '2026-11', tickets: 2, voices: 2, productArea: reports },
        { month: '2026-11', tickets: 3, voices: 4, productArea: null },
        { month: '2026-10', tickets: 1, voices: 1, productArea: reports },
      ],
      Locale.ja,
      '領域未設定',
    );
    expect(series.areas.map((area) => area.name)).toEqual(['レポート', '領域未設定', '請求']);
    expect(series.months.map((month) => month.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(series.months[1]).toMatchObject({ label: '2026年10月', total: 1 });
    expect(series.months[2]?.tickets).toEqual({ reports: 2, '∅': 3, billing: 0 });
  });

  it('names months and buckets in both languages', () => {
    expect(monthLabel('2026-04', Locale.en)).toBe('Apr 2026');
    expect(bucketLabel({ fromDays: 0, toDays: 0 })).toEqual({ key: 'one', from: 0 });
    expect(bucketLabel({ fromDays: 1, toDays: 2 })).toEqual({ key: 'range', from: 1, to: 2 });
    expect(bucketLabel({ fromDays: 10, toDays: null })).toEqual({ key: 'open', from: 10 });
  });

  it('reads the period from the address and the within-target share from the counts', () => {
    expect(monthsOf('6')).toBe(6);
    expect(monthsOf('7')).toBe(12);
    expect(monthsOf(null)).toBe(12);
    expect(withinTargetShare({ triaged: 0, withinTarget: 0 })).toBeNull();
    expect(withinTargetShare({ triaged: 8, withinTarget: 6 })).toBe(0.75);
  });
});
