import { Matches } from 'class-validator';

// Control characters are exactly what these patterns look for.
/* eslint-disable no-control-regex */
const NUL = /^[^\u0000]*$/;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;
/* eslint-enable no-control-regex */

/** PostgreSQL text cannot hold NUL: refuse it by name instead of failing in the database. */
export const NoNulCharacters = (): PropertyDecorator => Matches(NUL, { message: 'must not contain NUL characters' });

/** Search text as the database can take it: no control characters, bounded, trimmed. */
export function cleanSearchText(value: string | null | undefined, maxLength: number): string | null {
  const cleaned = (value ?? '').replace(CONTROL_CHARACTERS, ' ').trim().slice(0, maxLength);
  return cleaned === '' ? null : cleaned;
}
