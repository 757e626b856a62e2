import { GoalCadence, GoalPeriodKind } from '@kakehashi/shared-contracts';
import {
  addDays,
  addMonths,
  daysBetween,
  fiscalPeriod,
  monthsIn,
  nextPeriod,
  periodContaining,
  periodKey,
  previousSlot,
  slotEnd,
  slotStart,
  toCalendarDate,
  tokyoToday,
} from './periods';

describe('fiscal periods', () => {
  it('starts fiscal years in the configured month, named by the year they start in', () => {
    expect(fiscalPeriod(GoalPeriodKind.FISCAL_YEAR, 2026, null, 4)).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
    expect(fiscalPeriod(GoalPeriodKind.QUARTER, 2026, 4, 4)).toMatchObject({ start: '2027-01-01', end: '2027-03-31' });
    expect(fiscalPeriod(GoalPeriodKind.FISCAL_YEAR, 2026, null, 1)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(fiscalPeriod(GoalPeriodKind.QUARTER, 2025, 4, 10)).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
  });

  it('finds the period a date falls in and the one after it', () => {
    expect(periodContaining(GoalPeriodKind.QUARTER, '2026-11-21', 4)).toMatchObject({ fiscalYear: 2026, quarter: 3 });
    expect(periodContaining(GoalPeriodKind.QUARTER, '2027-02-28', 4)).toMatchObject({ fiscalYear: 2026, quarter: 4 });
    expect(periodContaining(GoalPeriodKind.FISCAL_YEAR, '2026-03-31', 4)).toMatchObject({ fiscalYear: 2025 });
    const q4 = fiscalPeriod(GoalPeriodKind.QUARTER, 2026, 4, 4);
    expect(nextPeriod(q4, 4)).toMatchObject({ fiscalYear: 2027, quarter: 1, start: '2027-04-01' });
    expect(periodKey(q4)).toBe('FY2026-Q4');
    expect(monthsIn(q4)).toBe(3);
  });

  it('cuts cadence slots at Mondays and month starts, in Asia/Tokyo', () => {
    expect(slotStart(GoalCadence.WEEKLY, '2026-11-21')).toBe('2026-11-16');
    expect(slotStart(GoalCadence.WEEKLY, '2026-11-16')).toBe('2026-11-16');
    expect(slotEnd(GoalCadence.WEEKLY, '2026-11-16')).toBe('2026-11-22');
    expect(slotStart(GoalCadence.MONTHLY, '2026-11-21')).toBe('2026-11-01');
    expect(slotEnd(GoalCadence.MONTHLY, '2027-02-01')).toBe('2027-02-28');
    expect(previousSlot(GoalCadence.MONTHLY, '2026-01-01')).toBe('2025-12-01');
    expect(tokyoToday(new Date('2026-11-20T15:30:00Z'))).toBe('2026-11-21');
  });
});

describe('calendar arithmetic', () => {
  // The day-number arithmetic against Date's own, over ten years with three leap days.
  const reference = (date: string) => new Date(`${date}T00:00:00Z`);
  it('agrees with Date on days, months, weekdays and Tokyo today, 2023–2032', () => {
    for (let time = Date.UTC(2023, 0, 1); time < Date.UTC(2033, 0, 1); time += 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      const value = reference(date);
      expect(addDays(date, 1)).toBe(new Date(time + 86_400_000).toISOString().slice(0, 10));
      expect(addDays(date, -40)).toBe(new Date(time - 40 * 86_400_000).toISOString().slice(0, 10));
      expect(daysBetween('2023-01-01', date)).toBe(Math.round((time - Date.UTC(2023, 0, 1)) / 86_400_000));
      expect(addMonths(date, -13)).toBe(new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth() - 13, 1)).toISOString().slice(0, 10));
      const monday = new Date(time - ((value.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
      expect(slotStart(GoalCadence.WEEKLY, date)).toBe(monday);
      expect(toCalendarDate(new Date(time + 86_399_999))).toBe(date);
      expect(tokyoToday(new Date(time - 9 * 3_600_000))).toBe(date);
    }
  });

  it('refuses what is not a calendar date', () => {
    expect(() => addDays('2026-1-5', 1)).toThrow('Not a calendar date');
    expect(() => daysBetween('next week', '2026-01-01')).toThrow('Not a calendar date');
  });
});
