import { Locale } from '@kakehashi/shared-contracts';
import { formatBytes, utf8ByteLength } from './byte-size';

describe('utf8ByteLength', () => {
  it('counts like TextEncoder', () => {
    for (const text of ['', 'abc', '<p>こんにちは</p>', 'é', '𠮷野家', '👍🎉💡❤️👀', '\ud800x']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('formatBytes', () => {
  it('writes the limits as they are defined', () => {
    expect(formatBytes(200 * 1024, Locale.en)).toBe('200 kB');
    expect(formatBytes(5 * 1024 * 1024, Locale.ja)).toBe('5 MB');
    expect(formatBytes(163.84 * 1024, Locale.ja)).toBe('163.8 KB');
  });
});
