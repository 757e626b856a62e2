import { ScimError } from './scim-error';
import { SCIM_LIMITS } from './scim.constants';

// The filter language of RFC 7644 §3.4.2.2, as far as provisioning clients use it: `eq` joined
// by `and` (all that Microsoft Entra ID sends), `pr`, parentheses, value filters on
// multi-valued attributes (`emails[type eq "work"].value`). Everything else is refused by
// name, so a client learns what to change instead of getting a silently wrong answer.

export type FilterValue = string | number | boolean | null;

export interface AttributePath {
  /** The schema URN the path was qualified with (`urn:…:enterprise:2.0:User:manager`), else null. */
  urn: string | null;
  attribute: string;
  subAttribute: string | null;
  /** A filter on the values of a multi-valued attribute: `emails[type eq "work"]`. */
  valueFilter: FilterExpression | null;
}

export type FilterExpression =
  | { kind: 'and'; left: FilterExpression; right: FilterExpression }
  | { kind: 'eq'; path: AttributePath; value: FilterValue }
  | { kind: 'present'; path: AttributePath }
  /** `emails[type eq "work" and value eq "a@b"]`: some value of the attribute matches. */
  | { kind: 'has'; path: AttributePath };

type Token =
  | { type: 'word'; text: string; start: number; end: number }
  | { type: 'string'; value: string; start: number; end: number }
  | { type: '(' | ')' | '[' | ']'; start: number; end: number };

const UNSUPPORTED_COMPARISONS = new Set(['ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const KEYWORDS = new Set(['eq', 'pr', 'and', 'or', 'not', ...UNSUPPORTED_COMPARISONS]);
const ATTRIBUTE_NAME = /^\$?[A-Za-z][A-Za-z0-9_-]*$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const PUNCTUATION = new Set(['(', ')', '[', ']']);

/** Splits a filter into words, quoted strings (JSON escapes) and brackets. */
export function tokenizeFilter(text: string, kind: 'filter' | 'path' = 'filter'): Token[] {
  const fail = (detail: string) => (kind === 'filter' ? ScimError.invalidFilter(detail) : ScimError.invalidPath(detail));
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      index += 1;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ type: char as '(' | ')' | '[' | ']', start: index, end: index + 1 });
      index += 1;
    } else if (char === '"') {
      const start = index;
      index += 1;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      if (index >= text.length) {
        throw fail(
          `Invalid ${kind} ${JSON.stringify(text)}: the quoted value at position ${start + 1} is never closed (unbalanced quotes).`,
        );
      }
      index += 1;
      const literal = text.slice(start, index);
      let value: unknown;
      try {
        value = JSON.parse(literal);
      } catch {
        throw fail(
          `Invalid ${kind} ${JSON.stringify(text)}: the quoted value at position ${start + 1} is not a valid quoted string (check its escapes).`,
        );
      }
      tokens.push({ type: 'string', value: String(value), start, end: index });
    } else {
      const start = index;
      while (index < text.length && !/\s/.test(text[index]!) && !PUNCTUATION.has(text[index]!) && text[index] !== '"') index += 1;
      tokens.push({ type: 'word', text: text.slice(start, index), start, end: index });
    }
  }
  return tokens;
}

function describe(token: Token | undefined): string {
  if (!token) return 'the end of the filter';
  if (token.type === 'word') return `"${token.text}"`;
  if (token.type === 'string') return `the quoted value ${JSON.stringify(token.value)}`;
  return `"${token.type}"`;
}

class FilterParser {
  private position = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly kind: 'filter' | 'path',
  ) {}

  parseFilter(): FilterExpression {
    if (this.tokens.length === 0) throw this.error('the filter is empty');
    const expression = this.parseOr();
    const rest = this.peek();
    if (rest) throw this.error(`unexpected ${describe(rest)} at position ${rest.start + 1}`);
    return expression;
  }

  parsePath(): AttributePath {
    if (this.tokens.length === 0) throw this.error('the path is empty');
    const path = this.parseAttributePath();
    const rest = this.peek();
    if (rest) throw this.error(`unexpected ${describe(rest)} at position ${rest.start + 1}`);
    return path;
  }

  private parseOr(): FilterExpression {
    const left = this.parseAnd();
    const next = this.peek();
    if (this.isWord(next, 'or')) {
      throw this.error('the logical operator "or" is not supported (use eq, combined with and)');
    }
    return left;
  }

  private parseAnd(): FilterExpression {
    let left = this.parseUnary();
    while (this.isWord(this.peek(), 'and')) {
      const and = this.next()!;
      if (!this.peek() || this.peek()?.type === ')' || this.peek()?.type === ']') {
        throw this.error(`"and" at position ${and.start + 1} has nothing after it`);
      }
      left = { kind: 'and', left, right: this.parseUnary() };
      if (this.isWord(this.peek(), 'or')) throw this.error('the logical operator "or" is not supported (use eq, combined with and)');
    }
    return left;
  }

  private parseUnary(): FilterExpression {
    const token = this.peek();
    if (token?.type === '(') {
      this.next();
      const inner = this.parseOr();
      const close = this.next();
      if (close?.type !== ')') throw this.error(`the parenthesis at position ${token.start + 1} is never closed`);
      return inner;
    }
    if (this.isWord(token, 'not')) throw this.error('the logical operator "not" is not supported (use eq, combined with and)');
    return this.parseComparison();
  }

  private parseComparison(): FilterExpression {
    const path = this.parseAttributePath();
    const name = formatPath(path);
    const operatorToken = this.peek();
    if (!operatorToken || operatorToken.type === ')' || operatorToken.type === ']' || this.isWord(operatorToken, 'and')) {
      if (path.valueFilter && !path.subAttribute) return { kind: 'has', path };
      throw this.error(`${name} must be followed by an operator (eq or pr) and, for eq, a value`);
    }
    if (operatorToken.type !== 'word') {
      throw this.error(`expected an operator after ${name} but found ${describe(operatorToken)} at position ${operatorToken.start + 1}`);
    }
    this.next();
    const operator = operatorToken.text.toLowerCase();
    if (operator === 'pr') return { kind: 'present', path };
    if (UNSUPPORTED_COMPARISONS.has(operator)) {
      throw this.error(`the operator "${operatorToken.text}" is not supported (supported: eq, pr, and)`);
    }
    if (operator !== 'eq') throw this.error(`"${operatorToken.text}" after ${name} is not an operator (supported: eq, pr, and)`);
    return { kind: 'eq', path, value: this.parseValue(`${name} ${operatorToken.text}`) };
  }

  private parseValue(before: string): FilterValue {
    const token = this.next();
    if (!token || token.type === ')' || token.type === ']') throw this.error(`a value is missing after ${before}`);
    if (token.type === 'string') return token.value;
    if (token.type === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
      if (NUMBER.test(token.text)) return Number(token.text);
      if (KEYWORDS.has(word)) throw this.error(`a value is missing after ${before}`);
      throw this.error(`the value after ${before} must be quoted ("${token.text}" is not a string, true, false, null or a number)`);
    }
    throw this.error(`unexpected ${describe(token)} after ${before}`);
  }

  /** `[urn:…:]attribute[.sub]` or `attribute[filter][.sub]`. */
  private parseAttributePath(): AttributePath {
    const token = this.next();
    if (!token) throw this.error('an attribute name is missing');
    if (token.type !== 'word') throw this.error(`expected an attribute name but found ${describe(token)} at position ${token.start + 1}`);
    if (KEYWORDS.has(token.text.toLowerCase())) {
      throw this.error(`expected an attribute name but found the operator "${token.text}" at position ${token.start + 1}`);
    }
    const path = this.splitPath(token.text, token.start);
    const open = this.peek();
    if (open?.type === '[' && open.start === token.end) {
      if (path.subAttribute) throw this.error(`a value filter cannot follow the sub-attribute in "${token.text}"`);
      this.next();
      const inner = this.parseOr();
      const close = this.next();
      if (close?.type !== ']') throw this.error(`the bracket at position ${open.start + 1} is never closed`);
      path.valueFilter = inner;
      const sub = this.peek();
      if (sub?.type === 'word' && sub.start === close.end && sub.text.startsWith('.')) {
        this.next();
        const name = sub.text.slice(1);
        if (!ATTRIBUTE_NAME.test(name)) throw this.error(`"${name}" is not a valid sub-attribute name`);
        path.subAttribute = name;
      }
    }
    return path;
  }

  private splitPath(text: string, start: number): AttributePath {
    let urn: string | null = null;
    let rest = text;
    if (/^urn:/i.test(text)) {
      const lastColon = text.lastIndexOf(':');
      urn = text.slice(0, lastColon);
      rest = text.slice(lastColon + 1);
      if (!rest) throw this.error(`"${text}" names a schema but no attribute`);
    }
    const parts = rest.split('.');
    if (parts.length > 2) throw this.error(`"${text}" has too many parts (an attribute and at most one sub-attribute)`);
    const [attribute = '', subAttribute] = parts;
    if (!ATTRIBUTE_NAME.test(attribute)) throw this.error(`"${attribute || text}" at position ${start + 1} is not a valid attribute name`);
    if (subAttribute !== undefined && !ATTRIBUTE_NAME.test(subAttribute)) {
      throw this.error(`"${subAttribute}" in "${text}" is not a valid sub-attribute name`);
    }
    return { urn, attribute, subAttribute: subAttribute ?? null, valueFilter: null };
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.position];
    if (token) this.position += 1;
    return token;
  }

  private isWord(token: Token | undefined, word: string): boolean {
    return token?.type === 'word' && token.text.toLowerCase() === word;
  }

  private error(problem: string): ScimError {
    const detail = `Invalid ${this.kind} ${JSON.stringify(this.text)}: ${problem}.`;
    return this.kind === 'filter' ? ScimError.invalidFilter(detail) : ScimError.invalidPath(detail);
  }
}

/** Parses a `filter` query parameter; a malformed or unsupported filter is a 400 invalidFilter naming the problem. */
export function parseFilter(text: string): FilterExpression {
  if (text.length > SCIM_LIMITS.filterLength) {
    throw ScimError.invalidFilter(`Invalid filter: it is longer than ${SCIM_LIMITS.filterLength} characters.`);
  }
  return new FilterParser(text, tokenizeFilter(text, 'filter'), 'filter').parseFilter();
}

/** Parses a PATCH operation's `path` (RFC 7644 §3.5.2); a malformed one is a 400 invalidPath. */
export function parseAttributePath(text: string): AttributePath {
  return new FilterParser(text, tokenizeFilter(text, 'path'), 'path').parsePath();
}

/** The path as a client would write it (for messages). */
export function formatPath(path: AttributePath): string {
  const base = path.urn ? `${path.urn}:${path.attribute}` : path.attribute;
  return `${base}${path.valueFilter ? '[…]' : ''}${path.subAttribute ? `.${path.subAttribute}` : ''}`;
}
