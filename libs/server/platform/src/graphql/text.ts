import { Matches } from 'class-validator';

/** PostgreSQL text cannot hold NUL: refuse it by name instead of failing in the database. */
export const NoNulCharacters = (): PropertyDecorator => Matches(/^[^\u0000]*$/, { message: 'must not contain NUL characters' });

/** Search text as the database can take it: no control characters, bounded, trimmed. */
export function cleanSearchText(value: string | null | undefined, maxLength: number): string | null {
  // eslint-disable-next-line no-control-regex -- control characters carry no meaning in a search
  const cleaned = (value ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, maxLength);
  return cleaned === '' ? null : cleaned;
}
