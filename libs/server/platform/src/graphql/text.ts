import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

// Control characters are exactly what these patterns look for.
/* eslint-disable no-control-regex */
const NUL = /^[^\u0000]*$/;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;
/* eslint-enable no-control-regex */

/** PostgreSQL text cannot hold NUL: refuse it by name instead of failing in the database. */
export const NoNulCharacters = (options: { each?: boolean } = {}): PropertyDecorator =>
  Matches(NUL, { ...options, message: 'must not contain NUL characters' });

/**
 * Text a person types into a field: a string without NUL, at most `max` characters, and not
 * empty when `required`. Each failure names the problem (the field's name comes with it).
 */
export function IsText(max: number, options: { required?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    IsString(),
    NoNulCharacters(),
    ...(options.required ? [MinLength(1, { message: 'must not be empty' })] : []),
    MaxLength(max, { message: `must be at most ${max} characters` }),
  );
}

/** A client-made key for a write it may retry (DESIGN: idempotent writes): 8–100 safe characters. */
export const IsIdempotencyKey = (): PropertyDecorator =>
  Matches(/^[A-Za-z0-9_:.-]{8,100}$/, { message: 'must be 8–100 letters, digits or - _ : .' });

/** Search text as the database can take it: no control characters, bounded, trimmed. */
export function cleanSearchText(value: string | null | undefined, maxLength: number): string | null {
  const cleaned = (value ?? '').replace(CONTROL_CHARACTERS, ' ').trim().slice(0, maxLength);
  return cleaned === '' ? null : cleaned;
}

/** Words a person typed into a list (tags, products): trimmed, inner spaces collapsed, blanks dropped, duplicates (ignoring case) kept once. */
export function distinctWords(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of values) {
    const word = raw.trim().replace(/\s+/g, ' ');
    if (!word || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    words.push(word);
  }
  return words;
}
