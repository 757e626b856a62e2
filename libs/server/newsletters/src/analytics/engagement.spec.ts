import { engagement, tokyoWeekStart, weekly } from './engagement';

const counts = (audienceSize: number, openers: number, readers = 0, acknowledgements = 0) => ({
  audienceSize,
  openers,
  readers,
  reactors: 0,
  comments: 0,
  acknowledgements,
});

describe('engagement', () => {
  it('gives rates over the audience, and none over an empty one', () => {
    expect(engagement(counts(40, 10, 5, 8), true)).toMatchObject({ reach: 0.25, readRate: 0.125, acknowledgementRate: 0.2 });
    expect(engagement(counts(40, 10), false).acknowledgementRate).toBeNull();
    expect(engagement(counts(0, 0), false).reach).toBe(0);
  });

  it('starts weeks on Monday in Tokyo', () => {
    // Sunday 2026-11-22 20:00 UTC is Monday 05:00 in Tokyo.
    expect(tokyoWeekStart(new Date('2026-11-22T20:00:00Z'))).toBe('2026-11-23');
    expect(tokyoWeekStart(new Date('2026-11-22T14:00:00Z'))).toBe('2026-11-16');
  });

  it('sums a week over its audiences, acknowledgements over must-reads only', () => {
    const [week] = weekly([
      { ...counts(10, 5), publishedAt: new Date('2026-11-17T00:00:00Z'), mustRead: false },
      { ...counts(30, 15, 0, 6), publishedAt: new Date('2026-11-18T00:00:00Z'), mustRead: true },
    ]);
    expect(week).toMatchObject({ weekStart: '2026-11-16', editions: 2, audienceSize: 40, reach: 0.5, acknowledgementRate: 0.2 });
  });
});
