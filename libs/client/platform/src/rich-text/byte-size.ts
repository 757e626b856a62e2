import type { Locale } from '@kakehashi/shared-contracts';
import { formatNumber } from '../i18n/format';

/** A size in binary units as the limits are written (200 * 1024 → "200 KB", 5 MiB → "5 MB"). */
export function formatBytes(bytes: number, locale: Locale): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return formatNumber(megabytes, locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return formatNumber(bytes / 1024, locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
}

/** How many bytes a string takes in UTF-8, without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair is one code point of 4 bytes.
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
