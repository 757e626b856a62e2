import { Locale } from '@kakehashi/shared-contracts';
import { formatDecimal, formatOutcomeValue, outcomeChange, outcomeChip } from './outcome-format';

describe('outcome formatting', () => {
  it('writes a change from before to after with the unit', () => {
    expect(outcomeChip({ label: '解約率', before: '8', after: '3', unit: '%' }, Locale.ja)).toBe('解約率 8% → 3%');
    expect(outcomeChange({ label: '帳票作成時間', before: '40', after: '5', unit: '時間' }, Locale.ja)).toBe('40 時間 → 5 時間');
  });

  it('shows one side alone when the other is unknown', () => {
    expect(outcomeChange({ label: 'NPS', before: null, after: '42', unit: '' }, Locale.en)).toBe('42');
    expect(outcomeChange({ label: 'NPS', before: '12.5', after: null, unit: 'pt' }, Locale.en)).toBe('12.5pt');
    expect(outcomeChip({ label: 'Onboarding', before: null, after: null, unit: '' }, Locale.en)).toBe('Onboarding');
  });

  it('groups thousands and keeps the decimals the server stores', () => {
    expect(formatDecimal('1200', Locale.ja)).toBe('1,200');
    expect(formatDecimal('0.125', Locale.en)).toBe('0.125');
    expect(formatOutcomeValue('-3.5', '万円', Locale.ja)).toBe('-3.5 万円');
  });
});
