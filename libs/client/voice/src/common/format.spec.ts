import { Locale } from '@kakehashi/shared-contracts';
import { voiceEn } from '../i18n/en';
import { voiceJa } from '../i18n/ja';
import { ageInDays, formatAge, formatYenOrNone, normalizeSegments, parseYen, segmentsText, suggestionText, type Translate } from './format';
import { parseTicketReference } from './paths';

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

describe('yen', () => {
  it('formats whole yen without decimals, or the placeholder', () => {
    expect(formatYenOrNone(1_200_000.4, Locale.ja, '—')).toMatch(/^[¥￥]1,200,000$/);
    expect(formatYenOrNone(1_200_000, Locale.en, '—')).toBe('¥1,200,000');
    expect(formatYenOrNone(null, Locale.en, '—')).toBe('—');
  });

  it('reads what people type: full-width digits, ¥, commas, 円; empty is no value', () => {
    expect(parseYen('')).toEqual({ value: null, error: null });
    expect(parseYen('  ')).toEqual({ value: null, error: null });
    expect(parseYen('１２０００００')).toEqual({ value: 1_200_000, error: null });
    expect(parseYen('¥1,200,000')).toEqual({ value: 1_200_000, error: null });
    expect(parseYen('￥3,000円')).toEqual({ value: 3000, error: null });
  });

  it('refuses negative, fractional, absurd and non-numeric values', () => {
    expect(parseYen('-5000').error).toBe('negative');
    expect(parseYen('1200.5').error).toBe('invalid');
    expect(parseYen('120万').error).toBe('invalid');
    expect(parseYen('9'.repeat(13)).error).toBe('tooLarge');
    expect(parseYen('abc').error).toBe('invalid');
  });
});

describe('age', () => {
  const now = new Date('2026-11-21T03:00:00Z');
  it('counts whole days, never negative', () => {
    expect(ageInDays('2026-11-21T01:00:00Z', now)).toBe(0);
    expect(ageInDays('2026-11-18T02:00:00Z', now)).toBe(3);
    expect(ageInDays('2026-11-22T00:00:00Z', now)).toBe(0);
  });

  it('reads naturally in both languages', () => {
    expect(formatAge(0, translator(voiceJa))).toBe('今日');
    expect(formatAge(3, translator(voiceJa))).toBe('3 日');
    expect(formatAge(1, translator(voiceEn))).toBe('1 day');
    expect(formatAge(12, translator(voiceEn))).toBe('12 days');
  });
});

describe('highlight segments', () => {
  it('drops empty pieces and joins neighbours of the same kind', () => {
    const segments = normalizeSegments([
      { text: 'CSV', match: true },
      { text: '出力', match: true },
      { text: '', match: false },
      { text: 'で', match: false },
      { text: '請求書', match: true },
    ]);
    expect(segments).toEqual([
      { text: 'CSV出力', match: true },
      { text: 'で', match: false },
      { text: '請求書', match: true },
    ]);
    expect(segmentsText(segments)).toBe('CSV出力で請求書');
  });

  it('does not change the segments it was given', () => {
    const given = [
      { text: 'a', match: true },
      { text: 'b', match: true },
    ];
    normalizeSegments(given);
    expect(given[0]).toEqual({ text: 'a', match: true });
  });
});

describe('the suggestion search text', () => {
  it('is the summary and the verbatim, spaces squeezed, cut at 500 characters (emoji count once)', () => {
    expect(suggestionText('  CSV が文字化け ', '明細が\n\n読めません')).toBe('CSV が文字化け 明細が 読めません');
    const long = suggestionText('🙏'.repeat(600), '');
    expect(Array.from(long)).toHaveLength(500);
  });
});

describe('a pasted ticket reference', () => {
  it('finds an id in a bare id or an address, and a number in VOC-123', () => {
    const id = '3f2a1c4e-8b7d-4e6f-9a0b-1c2d3e4f5a6b';
    expect(parseTicketReference(id)).toEqual({ kind: 'id', id });
    expect(parseTicketReference(`https://hub.example.jp/voice/tickets/${id.toUpperCase()}`)).toEqual({ kind: 'id', id });
    expect(parseTicketReference('VOC-123')).toEqual({ kind: 'number', number: 123 });
    expect(parseTicketReference('ｖｏｃ－４５')).toEqual({ kind: 'number', number: 45 });
    expect(parseTicketReference('#7')).toEqual({ kind: 'number', number: 7 });
    expect(parseTicketReference('CSV 文字化け')).toBeNull();
  });
});
