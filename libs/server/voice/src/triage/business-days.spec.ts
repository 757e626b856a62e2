import { businessDaysBetween, isBusinessDay, japaneseHolidays, tokyoDate, triageDueAt } from './business-days';

/** An instant given as a Tokyo wall-clock time ('2026-11-20T10:00' JST). */
const jst = (local: string): Date => new Date(`${local}:00+09:00`);
const sorted = (days: Set<string>): string[] => [...days].sort();

describe('Japanese national holidays', () => {
  it('names 2026 with its substitute day (5/6) and the day between two holidays (9/22)', () => {
    expect(sorted(japaneseHolidays(2026))).toEqual([
      '2026-01-01',
      '2026-01-12',
      '2026-02-11',
      '2026-02-23',
      '2026-03-20',
      '2026-04-29',
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-07-20',
      '2026-08-11',
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
      '2026-10-12',
      '2026-11-03',
      '2026-11-23',
    ]);
  });

  it('names 2025 with three substitute days (2/24, 5/6, 11/24)', () => {
    expect(sorted(japaneseHolidays(2025))).toEqual([
      '2025-01-01',
      '2025-01-13',
      '2025-02-11',
      '2025-02-23',
      '2025-02-24',
      '2025-03-20',
      '2025-04-29',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
      '2025-05-06',
      '2025-07-21',
      '2025-08-11',
      '2025-09-15',
      '2025-09-23',
      '2025-10-13',
      '2025-11-03',
      '2025-11-23',
      '2025-11-24',
    ]);
  });

  it('names 2027: 春分の日 on a Sunday moves to Monday 3/22, no day between 敬老の日 and 秋分の日', () => {
    expect(sorted(japaneseHolidays(2027))).toEqual([
      '2027-01-01',
      '2027-01-11',
      '2027-02-11',
      '2027-02-23',
      '2027-03-21',
      '2027-03-22',
      '2027-04-29',
      '2027-05-03',
      '2027-05-04',
      '2027-05-05',
      '2027-07-19',
      '2027-08-11',
      '2027-09-20',
      '2027-09-23',
      '2027-10-11',
      '2027-11-03',
      '2027-11-23',
    ]);
  });

  it('puts the equinoxes where the formula and the announcements do', () => {
    const has = (date: string) => japaneseHolidays(Number(date.slice(0, 4))).has(date);
    expect(['2024-03-20', '2024-09-22', '2024-09-23', '2028-03-20', '2028-09-22', '2030-03-20', '2030-09-23'].every(has)).toBe(true);
    expect(has('2030-09-22')).toBe(false);
  });

  it('hands out a copy: changing it changes nothing', () => {
    japaneseHolidays(2026).add('2026-06-01');
    expect(japaneseHolidays(2026).has('2026-06-01')).toBe(false);
  });
});

describe('business days', () => {
  it('are weekdays that are neither holidays nor 年末年始 (Dec 29 – Jan 3)', () => {
    expect(isBusinessDay('2026-11-20')).toBe(true); // Friday
    expect(isBusinessDay('2026-11-21')).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-22')).toBe(false); // Sunday
    expect(isBusinessDay('2026-11-23')).toBe(false); // 勤労感謝の日 (Monday)
    expect(isBusinessDay('2026-11-24')).toBe(true);
    expect(isBusinessDay('2026-05-06')).toBe(false); // 振替休日
    expect(isBusinessDay('2026-09-22')).toBe(false); // 国民の休日
    expect(isBusinessDay('2025-11-24')).toBe(false); // 振替休日
    expect(isBusinessDay('2026-12-28')).toBe(true); // 仕事納め
    expect(isBusinessDay('2026-12-29')).toBe(false);
    expect(isBusinessDay('2026-12-31')).toBe(false);
    expect(isBusinessDay('2027-01-01')).toBe(false);
    expect(isBusinessDay('2026-01-02')).toBe(false); // a Friday, still closed
    expect(isBusinessDay('2027-01-04')).toBe(true); // 仕事始め
  });

  it('refuses what is not a calendar date', () => {
    expect(() => isBusinessDay('2026-02-30')).toThrow(RangeError);
    expect(() => isBusinessDay('2026/11/20')).toThrow(RangeError);
  });

  it('reads instants in Asia/Tokyo', () => {
    expect(tokyoDate(new Date('2026-11-20T14:59:59.999Z'))).toBe('2026-11-20');
    expect(tokyoDate(new Date('2026-11-20T15:00:00Z'))).toBe('2026-11-21');
    expect(tokyoDate(jst('2027-01-01T00:00'))).toBe('2027-01-01');
  });
});

describe('the triage due date', () => {
  it('is the end of the Nth business day after the filing day, 24:00 JST', () => {
    // Friday 11/20 + 5: Monday 11/23 is 勤労感謝の日, so 11/24, 25, 26, 27 and Monday 11/30.
    expect(triageDueAt(jst('2026-11-20T10:00'), 5)).toEqual(new Date('2026-11-30T15:00:00Z'));
    expect(triageDueAt(jst('2026-11-20T23:59'), 5)).toEqual(new Date('2026-11-30T15:00:00Z'));
    // Thursday 11/19 + 5: 11/20, then 11/24 to 11/27.
    expect(triageDueAt(jst('2026-11-19T09:00'), 5)).toEqual(new Date('2026-11-27T15:00:00Z'));
    expect(triageDueAt(jst('2026-11-24T12:00'), 1)).toEqual(new Date('2026-11-25T15:00:00Z'));
  });

  it('counts from the Tokyo day: filed after midnight JST on Saturday is filed on Saturday', () => {
    const saturdayJst = new Date('2026-11-20T15:30:00Z');
    expect(tokyoDate(saturdayJst)).toBe('2026-11-21');
    expect(triageDueAt(saturdayJst, 1)).toEqual(new Date('2026-11-24T15:00:00Z'));
    expect(triageDueAt(new Date('2026-11-20T14:30:00Z'), 1)).toEqual(new Date('2026-11-24T15:00:00Z'));
    expect(triageDueAt(jst('2026-11-22T20:00'), 5)).toEqual(new Date('2026-11-30T15:00:00Z'));
  });

  it('skips 年末年始, Golden Week and the September holidays', () => {
    // Friday 12/25 + 5: Monday 12/28, then closed to 1/3; 2027-01-04 … 01-07.
    expect(triageDueAt(jst('2026-12-25T16:00'), 5)).toEqual(new Date('2027-01-07T15:00:00Z'));
    expect(triageDueAt(jst('2026-12-28T18:00'), 1)).toEqual(new Date('2027-01-04T15:00:00Z'));
    expect(triageDueAt(jst('2026-12-30T11:00'), 1)).toEqual(new Date('2027-01-04T15:00:00Z'));
    // Thursday 4/30 + 5: Friday 5/1, closed 5/2–5/6, then 5/7, 5/8, 5/11, 5/12.
    expect(triageDueAt(jst('2026-04-30T10:00'), 5)).toEqual(new Date('2026-05-12T15:00:00Z'));
    // Friday 9/18 + 3: closed 9/19–9/23, then 9/24, 9/25, 9/28.
    expect(triageDueAt(jst('2026-09-18T10:00'), 3)).toEqual(new Date('2026-09-28T15:00:00Z'));
    // Thursday 2025-11-20 + 2: Friday 11/21, then Monday 11/24 is 振替休日: Tuesday 11/25.
    expect(triageDueAt(jst('2025-11-20T10:00'), 2)).toEqual(new Date('2025-11-25T15:00:00Z'));
  });

  it('is the end of the filing day for 0, and refuses a negative or fractional count', () => {
    expect(triageDueAt(jst('2026-11-21T10:00'), 0)).toEqual(new Date('2026-11-21T15:00:00Z'));
    expect(() => triageDueAt(jst('2026-11-20T10:00'), -1)).toThrow(RangeError);
    expect(() => triageDueAt(jst('2026-11-20T10:00'), 1.5)).toThrow(RangeError);
  });
});

describe('business days between two instants', () => {
  it('counts only business days that fully elapsed in between, in Tokyo', () => {
    expect(businessDaysBetween(jst('2026-11-20T09:00'), jst('2026-11-20T18:00'))).toBe(0);
    expect(businessDaysBetween(jst('2026-11-19T09:00'), jst('2026-11-20T18:00'))).toBe(0);
    // Friday to Tuesday: the weekend and 勤労感謝の日 in between.
    expect(businessDaysBetween(jst('2026-11-20T09:00'), jst('2026-11-24T18:00'))).toBe(0);
    expect(businessDaysBetween(jst('2026-11-20T09:00'), jst('2026-11-25T08:00'))).toBe(1);
    expect(businessDaysBetween(jst('2026-11-20T09:00'), jst('2026-11-30T10:00'))).toBe(4);
    expect(businessDaysBetween(jst('2026-11-20T09:00'), jst('2026-12-01T10:00'))).toBe(5);
    // Over 年末年始: only 12/28 and 1/4 in between.
    expect(businessDaysBetween(jst('2026-12-25T09:00'), jst('2027-01-05T09:00'))).toBe(2);
    // UTC's day is not Tokyo's: 2026-11-24T15:30Z is already Wednesday in Tokyo.
    expect(businessDaysBetween(jst('2026-11-20T09:00'), new Date('2026-11-24T15:30:00Z'))).toBe(1);
  });

  it('is 0 when the second instant is not later', () => {
    expect(businessDaysBetween(jst('2026-11-30T09:00'), jst('2026-11-20T09:00'))).toBe(0);
  });

  it('agrees with counting day by day over years, and with the due date: on time when fewer than N elapsed', () => {
    const dayMs = 86_400_000;
    const start = Date.UTC(2024, 11, 20);
    for (let offset = 0; offset < 800; offset += 7) {
      const from = new Date(start + offset * dayMs + 3 * 3_600_000);
      for (const span of [0, 1, 3, 9, 40, 400]) {
        const to = new Date(from.getTime() + span * dayMs);
        let expected = 0;
        for (let day = 1; day < span; day++) if (isBusinessDay(tokyoDate(new Date(from.getTime() + day * dayMs)))) expected++;
        expect(businessDaysBetween(from, to)).toBe(expected);
      }
      for (const target of [1, 3, 5, 10]) {
        const due = triageDueAt(from, target);
        expect(businessDaysBetween(from, new Date(due.getTime() - 1))).toBe(target - 1);
        expect(businessDaysBetween(from, due)).toBe(target);
        expect(isBusinessDay(tokyoDate(new Date(due.getTime() - 1)))).toBe(true);
      }
    }
  });
});
