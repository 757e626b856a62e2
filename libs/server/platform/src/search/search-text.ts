/**
 * The search text as the database's kk_search_tokens sees it, on the api side: to build
 * the tsquery (with similar words for misspelt English ones) and to highlight what matched.
 * Same rules as the SQL: NFKC (ＡＢＣ = ABC, ｶﾀｶﾅ = カタカナ) and lower case; runs of
 * kana/kanji/hangul are matched by their bigrams (a one-character run by itself); other
 * words whole, by prefix.
 */

const CJK = '\\u3041-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3005\\u3006\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
const WORD = 'a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const RUNS = new RegExp(`[${CJK}]+|[${WORD}]+`, 'g');
const WORD_START = new RegExp(`^[${WORD}]`);
const WORD_CHARACTER = new RegExp(`[${WORD}]`);
/** As the SQL: words are cut at 64 characters, the query at 1,000. */
const WORD_MAX_LENGTH = 64;
const QUERY_MAX_LENGTH = 1000;
/** Words shorter than this are never corrected (too many similar words). */
const CORRECTABLE_MIN_LENGTH = 4;

export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export interface SearchTerms {
  /** Whole words (Latin, Greek, Cyrillic letters and digits), matched by prefix. */
  words: string[];
  /** Runs of Japanese (or Korean) characters, matched by their bigrams. */
  runs: string[];
}

/** The distinct words and character runs of a search text; empty when it has no letters. */
export function searchTerms(text: string): SearchTerms {
  const words = new Set<string>();
  const runs = new Set<string>();
  for (const [run] of normalizeSearchText(text.slice(0, QUERY_MAX_LENGTH)).matchAll(RUNS)) {
    if (WORD_START.test(run)) words.add(run.slice(0, WORD_MAX_LENGTH));
    else runs.add(run);
  }
  return { words: [...words], runs: [...runs] };
}

export function hasTerms(terms: SearchTerms): boolean {
  return terms.words.length > 0 || terms.runs.length > 0;
}

/** Words worth looking up in the lexicon of similar words. */
export function correctableWords(terms: SearchTerms): string[] {
  return terms.words.filter((word) => word.length >= CORRECTABLE_MIN_LENGTH && /^[a-z]+$/.test(word));
}

/** The bigrams of a run (the run itself when one character long). */
function bigrams(run: string): string[] {
  const characters = [...run];
  if (characters.length === 1) return characters;
  return characters.slice(0, -1).map((character, index) => character + characters[index + 1]);
}

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The tsquery text: every term must match (`&`; `|` for ranking: any term scores); a word
 * matches by prefix, or any of its similar words (when it has some) exactly. Null when the
 * text has no terms (nothing to search).
 */
export function toTsQuery(
  terms: SearchTerms,
  similar: ReadonlyMap<string, readonly string[]> = new Map(),
  operator: '&' | '|' = '&',
): string | null {
  const parts: string[] = [];
  for (const word of terms.words) {
    const alternatives = similar.get(word) ?? [];
    const own = `${quoteLexeme(word)}:*`;
    parts.push(alternatives.length > 0 ? `(${[own, ...alternatives.map(quoteLexeme)].join(' | ')})` : own);
  }
  const seen = new Set<string>();
  for (const run of terms.runs) {
    for (const bigram of bigrams(run)) {
      if (seen.has(bigram)) continue;
      seen.add(bigram);
      parts.push(quoteLexeme(bigram));
    }
  }
  return parts.length > 0 ? parts.join(` ${operator} `) : null;
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** The text, with each code point normalized alone: its normalized offsets map back to the original. */
function normalizedWithOffsets(text: string): { normalized: string; originalOffsets: number[] | null } {
  // Most text keeps its length when normalized (one code unit each way): then offsets are the same.
  const whole = normalizeSearchText(text);
  if (whole.length === text.length) return { normalized: whole, originalOffsets: null };
  let normalized = '';
  const originalOffsets: number[] = [];
  let offset = 0;
  for (const character of text) {
    const piece = normalizeSearchText(character);
    for (let index = 0; index < piece.length; index++) originalOffsets.push(offset);
    normalized += piece;
    offset += character.length;
  }
  originalOffsets.push(offset);
  return { normalized, originalOffsets };
}

/** Where the terms occur in the text, as [start, end) ranges of the original text, merged and in order. */
export function matchRanges(
  text: string,
  terms: SearchTerms,
  similar: ReadonlyMap<string, readonly string[]> = new Map(),
): [number, number][] {
  if (!text || !hasTerms(terms)) return [];
  const { normalized, originalOffsets } = normalizedWithOffsets(text);
  const ranges: [number, number][] = [];
  const addAll = (needle: string, atWordStart: boolean): boolean => {
    let found = false;
    for (let index = normalized.indexOf(needle); index >= 0; index = normalized.indexOf(needle, index + needle.length)) {
      if (atWordStart && index > 0 && WORD_CHARACTER.test(normalized[index - 1]!)) continue;
      const end = index + needle.length;
      ranges.push(originalOffsets ? [originalOffsets[index]!, originalOffsets[end]!] : [index, end]);
      found = true;
    }
    return found;
  };
  for (const word of terms.words) {
    addAll(word, true);
    for (const alternative of similar.get(word) ?? []) addAll(alternative, true);
  }
  for (const run of terms.runs) {
    // The whole run where it occurs as typed; its bigrams otherwise (each is in the story).
    if (!addAll(run, false)) for (const bigram of bigrams(run)) addAll(bigram, false);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Splits text into matched and unmatched segments at the ranges. */
export function toSegments(text: string, ranges: readonly [number, number][]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), match: false });
  return segments;
}

export function highlight(text: string, terms: SearchTerms, similar?: ReadonlyMap<string, readonly string[]>): TextSegment[] {
  return toSegments(text, matchRanges(text, terms, similar));
}

/** Characters of a snippet, and how many of them come before its first match. */
const SNIPPET_LENGTH = 140;
const SNIPPET_LEAD = 30;

/**
 * A passage of the first text (in the order given) where a term matched, about 140
 * characters, cut at the edges with an ellipsis; the opening of the first non-empty text
 * when none matched.
 */
export function snippet(texts: readonly string[], terms: SearchTerms, similar?: ReadonlyMap<string, readonly string[]>): TextSegment[] {
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ').trim();
    const ranges = matchRanges(text, terms, similar);
    if (ranges.length === 0) continue;
    const start = Math.max(0, ranges[0]![0] - SNIPPET_LEAD);
    return cut(text, start, ranges);
  }
  const first = texts.map((text) => text.replace(/\s+/g, ' ').trim()).find((text) => text.length > 0) ?? '';
  return cut(first, 0, []);
}

function cut(text: string, start: number, ranges: readonly [number, number][]): TextSegment[] {
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const inside = ranges
    .filter(([from, to]) => to > start && from < end)
    .map(([from, to]): [number, number] => [Math.max(from, start) - start, Math.min(to, end) - start]);
  const segments = toSegments(text.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < text.length) segments.push({ text: '…', match: false });
  return segments;
}

/** Latin words (3 to 40 letters) of a text: what the lexicon of similar words keeps. */
export function lexiconWords(text: string): string[] {
  const words = new Set<string>();
  for (const [run] of normalizeSearchText(text).matchAll(RUNS)) {
    if (/^[a-z]{3,40}$/.test(run)) words.add(run);
  }
  return [...words];
}
