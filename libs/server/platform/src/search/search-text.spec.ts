import { correctableWords, highlight, lexiconWords, searchTerms, snippet, toTsQuery } from './search-text';

describe('search text', () => {
  it('splits Japanese runs and English words, normalizing width and case', () => {
    expect(searchTerms('営業 ＡＢＣ ｶﾀｶﾅ Salesforce連携')).toEqual({ words: ['abc', 'salesforce'], runs: ['営業', 'カタカナ', '連携'] });
    expect(searchTerms('%_\\"\'!&|:* 😀')).toEqual({ words: [], runs: [] });
  });

  it('builds a tsquery of bigrams and word prefixes, with similar words as alternatives', () => {
    expect(toTsQuery(searchTerms('顧客満足 値'))).toBe("'顧客' & '客満' & '満足' & '値'");
    expect(toTsQuery(searchTerms("o'brien onbording"), new Map([['onbording', ['onboarding']]]))).toBe(
      "'o':* & 'brien':* & ('onbording':* | 'onboarding')",
    );
    expect(toTsQuery(searchTerms('!!!'))).toBeNull();
  });

  it('corrects only longer plain words', () => {
    expect(correctableWords(searchTerms('api onbording 営業 x2go'))).toEqual(['onbording']);
  });

  it('highlights whole runs as typed, word prefixes at word starts, and maps back across widths', () => {
    expect(highlight('営業部と営業', searchTerms('営業'))).toEqual([
      { text: '営業', match: true },
      { text: '部と', match: false },
      { text: '営業', match: true },
    ]);
    expect(highlight('Onboarding for reboarding', searchTerms('board onboard'))).toEqual([
      { text: 'Onboard', match: true },
      { text: 'ing for reboarding', match: false },
    ]);
    expect(highlight('ＡＢＣ社', searchTerms('abc'))).toEqual([
      { text: 'ＡＢＣ', match: true },
      { text: '社', match: false },
    ]);
    // A run the text does not hold as typed: its bigrams are highlighted.
    expect(highlight('顧客の満足度', searchTerms('顧客満足'))).toEqual([
      { text: '顧客', match: true },
      { text: 'の', match: false },
      { text: '満足', match: true },
      { text: '度', match: false },
    ]);
  });

  it('cuts a snippet around the first match of the first text that has one', () => {
    const long = `${'あ'.repeat(100)}在庫${'い'.repeat(200)}`;
    const segments = snippet(['関係ない文章', long], searchTerms('在庫'));
    expect(segments[0]).toEqual({ text: '…', match: false });
    expect(segments.filter((segment) => segment.match)).toEqual([{ text: '在庫', match: true }]);
    expect(segments.at(-1)).toEqual({ text: '…', match: false });
    expect(snippet(['', '最初の文章'], searchTerms('xyz'))).toEqual([{ text: '最初の文章', match: false }]);
  });

  it('keeps plain Latin words for the lexicon', () => {
    expect(lexiconWords('Onboarding of SAP-based EDI, 2024 and ok')).toEqual(['onboarding', 'sap', 'based', 'edi', 'and']);
  });
});
