import { Locale } from '@kakehashi/shared-contracts';
import { clampRate, formatRate } from './format';

describe('formatRate', () => {
  it('shows whole percentages in both languages', () => {
    expect(formatRate(0.4166, Locale.ja)).toBe('42%');
    expect(formatRate(0.4166, Locale.en)).toBe('42%');
  });

  it('keeps rates within 0–100 %', () => {
    expect(clampRate(1.02)).toBe(1);
    expect(clampRate(-0.1)).toBe(0);
    expect(clampRate(Number.NaN)).toBe(0);
  });
});
