import { Field, ObjectType } from '@nestjs/graphql';
import { PAGE_SIZE_MAX } from '@kakehashi/shared-contracts';
import { BadUserInputError } from './errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Checks `first` against the hard maximum page size. */
export function pageSize(first: number, field = 'first', max = PAGE_SIZE_MAX): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw BadUserInputError.field(field, `must be a whole number from 1 to ${max}`);
  }
  return first;
}

/** Opaque keyset cursors: base64url of the JSON of the sort key values. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): (string | number | null)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number | null)[];
    }
  } catch {
    // falls through to the error below
  }
  throw BadUserInputError.field(field, 'is not a cursor this list gave out');
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
}

/** Fetch `size + 1` rows and call this: the extra row only tells whether a next page exists. */
export function toPage<T>(rows: T[], size: number): Page<T> {
  return { nodes: rows.slice(0, size), hasNextPage: rows.length > size };
}
