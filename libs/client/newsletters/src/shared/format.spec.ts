import { Locale } from '@kakehashi/shared-contracts';
import { clampRate, formatBytes, formatRate, utf8ByteLength } from './format';

describe('utf8ByteLength', () => {
  it('counts like TextEncoder', () => {
    for (const text of ['', 'abc', '<p>こんにちは</p>', 'é', '𠮷野家', '👍🎉💡❤️👀', '\ud800x']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

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

describe('formatBytes', () => {
  it('writes the limits as they are defined', () => {
    expect(formatBytes(200 * 1024, Locale.en)).toBe('200 kB');
    expect(formatBytes(5 * 1024 * 1024, Locale.ja)).toBe('5 MB');
    expect(formatBytes(163.84 * 1024, Locale.ja)).toBe('163.8 KB');
  });
});
