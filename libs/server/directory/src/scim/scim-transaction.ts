import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { ScimError } from './scim-error';

/** What a unique index that a concurrent write hit means to the client. */
const UNIQUE_INDEXES: Record<string, string> = {
  people_scim_user_name_key: 'userName is already taken by another user.',
  people_email_key: 'emails: the address already belongs to another user.',
  scim_groups_external_id_key: 'externalId is already taken by another group.',
  scim_groups_display_name_key: 'displayName is already taken by another group.',
};

/** The unique violation of a write that raced another (two identical POSTs at once), as SCIM's 409. */
export function uniquenessError(error: unknown): ScimError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code !== '23505') return null;
  return ScimError.uniqueness(UNIQUE_INDEXES[driverError.constraint ?? ''] ?? 'The resource conflicts with an existing one.');
}

/** One transaction per SCIM request: nothing of a refused request is left half-applied. */
export async function inScimTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    throw uniquenessError(error) ?? error;
  }
}
