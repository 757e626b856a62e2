import { BadUserInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is the caller's mistake, named, not a database error. */
export function assertId(value: string, field = 'id'): string {
  if (!UUID.test(value)) throw BadUserInputError.field(field, 'is not a valid id');
  return value.toLowerCase();
}
