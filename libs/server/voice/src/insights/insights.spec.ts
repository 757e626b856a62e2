import { lastMonths, triageTimes } from './insights.service';

describe('insight helpers', () => {
  it('lists the last months, across a year end', () => {
    expect(lastMonths('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(lastMonths('2026-11', 1)).toEqual(['2026-11']);
  });

  it('puts triage times in buckets, with the share within target and the median', () => {
    const times = triageTimes(
      [
        { days: 0, tickets: 3, waiting: 0, overdue: 0 },
        { days: 4, tickets: 2, waiting: 0, overdue: 0 },
        { days: 8, tickets: 1, waiting: 0, overdue: 0 },
        { days: 15, tickets: 1, waiting: 0, overdue: 0 },
        { days: null, tickets: 0, waiting: 5, overdue: 2 },
      ],
      5,
    );
    expect(times.triaged).toBe(7);
    expect(times.withinTarget).toBe(5);
    expect(times.medianDays).toBe(4);
    expect(times.waiting).toBe(5);
    expect(times.overdue).toBe(2);
    expect(times.buckets.find((bucket) => bucket.fromDays === 6)!.tickets).toBe(1);
    expect(times.buckets.at(-1)).toEqual({ fromDays: 11, toDays: null, tickets: 1 });
  });

  it('has no median without triaged tickets', () => {
    expect(triageTimes([], 5).medianDays).toBeNull();
  });
});
