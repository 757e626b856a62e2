import type { Locale, Role } from '@kakehashi/shared-contracts';
import type { Department } from '../directory/department.model';
import type { Person } from '../directory/person.model';
import type { GraphQLContext } from '../graphql/graphql-context';

/** The signed-in person as the platform knows them. */
export interface Viewer {
  personId: string;
  sessionId: string;
  roles: Role[];
  preferredLocale: Locale;
  /** Their own department (audiences and department-scoped editing read it). */
  departmentId: string | null;
}

/** Someone a domain sends something to (a notification, a mail). */
export interface DirectoryRecipient {
  id: string;
  displayName: string;
  email: string;
  preferredLocale: Locale;
  departmentId: string | null;
}

/**
 * What the platform and the other domains need from the directory of people (implemented
 * by the directory). Domains ask here instead of reading the directory's tables.
 */
export interface PersonDirectoryPort {
  /** The active person with this id, or null when unknown or deactivated. */
  findActivePerson(personId: string): Promise<{ id: string; roles: Role[]; preferredLocale: Locale; departmentId: string | null } | null>;
  /** Just-in-time provisioning from Entra ID claims: create or update, return the person id. */
  provisionFromEntra(identity: {
    objectId: string;
    email: string | null;
    displayName: string;
    roles: Role[];
  }): Promise<{ id: string; active: boolean }>;
  /** A person for a GraphQL field of any domain (an author, an owner): batched per request, cached with the directory's own. */
  loadPerson(context: GraphQLContext, id: string | null): Promise<Person | null>;
  /** Every department (cached, tens of rows), in display order. */
  departments(): Promise<Department[]>;
  /** The given departments and all their descendants, as ids (an audience "includes sub-departments"). */
  departmentsWithDescendants(departmentIds: readonly string[]): Promise<string[]>;
  /** Active people per department (the department itself, not its descendants); cached for a short time. */
  activeMemberCounts(): Promise<Map<string, number>>;
  /** Active people in these departments (exactly these ids), or everyone when null: recipients of a message. */
  activePeople(departmentIds: readonly string[] | null): Promise<DirectoryRecipient[]>;
  /** Active people by id (unknown or inactive ids are left out): mentioned people, for example. */
  activePeopleByIds(ids: readonly string[]): Promise<DirectoryRecipient[]>;
  /** Active people holding a role (triagers to remind, for example). */
  activePeopleWithRole(role: Role): Promise<DirectoryRecipient[]>;
}

export const PERSON_DIRECTORY = Symbol('PERSON_DIRECTORY');
