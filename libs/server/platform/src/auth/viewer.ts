import type { Locale, Role } from '@kakehashi/shared-contracts';

/** The signed-in person as the platform knows them. */
export interface Viewer {
  personId: string;
  sessionId: string;
  roles: Role[];
  preferredLocale: Locale;
}

/** What the platform's auth needs from the directory of people (implemented by the directory). */
export interface PersonDirectoryPort {
  /** The active person with this id, or null when unknown or deactivated. */
  findActivePerson(personId: string): Promise<{ id: string; roles: Role[]; preferredLocale: Locale } | null>;
  /** Just-in-time provisioning from Entra ID claims: create or update, return the person id. */
  provisionFromEntra(identity: {
    objectId: string;
    email: string | null;
    displayName: string;
    roles: Role[];
  }): Promise<{ id: string; active: boolean }>;
}

export const PERSON_DIRECTORY = Symbol('PERSON_DIRECTORY');
