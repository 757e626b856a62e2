import { Locale } from '@kakehashi/shared-contracts';
import {
  formatCheckInAge,
  formatGoalTarget,
  formatGoalValue,
  parseDecimal,
  periodLabel,
  slotEndOf,
  slotStartOf,
  suggestionIsWorse,
  teamName,
  teamNameMatches,
  tokyoDay,
  type Translate,
} from './format';
import { goalsEn } from '../i18n/en';
import { goalsJa } from '../i18n/ja';

/** A tiny stand-in for i18next's t over the real messages: {{name}} interpolation and _one/_other. */
function translator(messages: object): Translate {
  return (key, options = {}) => {
    const count = options['count'];
    const lookup = (path: string): unknown =>
      path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
    const found = (typeof count === 'number' && count === 1 ? lookup(`${key}_one`) : undefined) ?? lookup(key) ?? lookup(`${key}_other`);
    if (typeof found !== 'string') return key;
    return found.replace(/\{\{(\w+)(?:, number)?\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}

const ja = translator(goalsJa);
const en = translator(goalsEn);

describe('goal values', () => {
  it('writes yen without decimals, percent, cases, points and a named unit', () => {
    expect(formatGoalValue(1234567.8, { unit: 'YEN' }, Locale.ja, ja)).toBe('￥1,234,568');
    expect(formatGoalValue(62.456, { unit: 'PERCENT' }, Locale.ja, ja)).toBe('62.46%');
    expect(formatGoalValue(1200, { unit: 'CASES' }, Locale.ja, ja)).toBe('1,200 件');
    expect(formatGoalValue(1200, { unit: 'CASES' }, Locale.en, en)).toBe('1,200 cases');
    expect(formatGoalValue(-3.5, { unit: 'POINTS' }, Locale.en, en)).toBe('-3.5 pt');
    expect(formatGoalValue(8, { unit: 'FREE', unitLabel: '時間' }, Locale.ja, ja)).toBe('8 時間');
  });

  it('says the target with its direction, and a range once with its unit', () => {
    expect(formatGoalTarget({ unit: 'CASES', direction: 'INCREASE', target: 2000 }, Locale.ja, ja)).toBe('目標 2,000 件');
    expect(formatGoalTarget({ unit: 'PERCENT', direction: 'DECREASE', target: 1.5 }, Locale.ja, ja)).toBe('目標 1.5% 以下');
    expect(formatGoalTarget({ unit: 'PERCENT', direction: 'RANGE', rangeLow: 95, rangeHigh: 102 }, Locale.en, en)).toBe('Target 95–102%');
  });
});

describe('periods and slots', () => {
  it('names a quarter and a fiscal year in both languages', () => {
    expect(periodLabel({ fiscalYear: 2026, quarter: 3 }, ja)).toBe('2026年度 第3四半期');
    expect(periodLabel({ fiscalYear: 2026, quarter: 3 }, en)).toBe('FY2026 Q3');
    expect(periodLabel({ fiscalYear: 2026, quarter: null }, ja)).toBe('2026年度');
  });

  it('finds the cadence slot as the server does: the Monday, or the 1st of the month', () => {
    expect(slotStartOf('WEEKLY', '2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(slotStartOf('WEEKLY', '2026-11-16')).toBe('2026-11-16');
    expect(slotStartOf('MONTHLY', '2026-11-22')).toBe('2026-11-01');
    expect(slotEndOf('WEEKLY', '2026-11-16')).toBe('2026-11-22');
    expect(slotEndOf('MONTHLY', '2027-02-01')).toBe('2027-02-28');
  });

  it('reads instants as Tokyo dates and ages in calendar days', () => {
    expect(tokyoDay('2026-11-21T15:30:00Z')).toBe('2026-11-22');
    const now = new Date('2026-11-24T03:00:00Z');
    expect(formatCheckInAge('2026-11-21T01:00:00Z', Locale.ja, now)).toBe('3 日前');
    expect(formatCheckInAge('2026-11-24T00:00:00Z', Locale.en, now)).toBe('today');
  });
});

describe('typed numbers', () => {
  it('takes full-width digits, commas and a long dash, and refuses words', () => {
    expect(parseDecimal('１，２００')).toBe(1200);
    expect(parseDecimal('８．５')).toBe(8.5);
    expect(parseDecimal('−3')).toBe(-3);
    expect(parseDecimal('62.5%')).toBe(62.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('十')).toBeNull();
  });
});

describe('the numbers’ call against the owner’s', () => {
  it('is a hint only when the numbers say worse', () => {
    expect(suggestionIsWorse('ON_TRACK', 'AT_RISK')).toBe(true);
    expect(suggestionIsWorse('AT_RISK', 'AT_RISK')).toBe(false);
    expect(suggestionIsWorse('OFF_TRACK', 'ON_TRACK')).toBe(false);
    expect(suggestionIsWorse(null, 'OFF_TRACK')).toBe(false);
  });
});

describe('team names', () => {
  const team = { name: '解約防止タスクフォース', nameEn: 'Churn Prevention Task Force' };

  it('shows the English name in English when there is one', () => {
    expect(teamName(team, Locale.ja)).toBe('解約防止タスクフォース');
    expect(teamName(team, Locale.en)).toBe('Churn Prevention Task Force');
    expect(teamName({ name: '品質改善委員会', nameEn: null }, Locale.en)).toBe('品質改善委員会');
  });

  it('finds a team by part of either name, whatever the width and case', () => {
    expect(teamNameMatches(team, '解約')).toBe(true);
    expect(teamNameMatches(team, 'ｃｈｕｒｎ')).toBe(true);
    expect(teamNameMatches(team, ' task ')).toBe(true);
    expect(teamNameMatches(team, '品質')).toBe(false);
    expect(teamNameMatches(team, '')).toBe(true);
  });
});
