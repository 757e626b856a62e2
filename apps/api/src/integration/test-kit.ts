// Factories and helpers every domain's integration specs share: departments and people
// written as the directory's own factories would, signed-in actors, and response checks.
import { randomUUID } from 'node:crypto';
import type { GraphQLResponse, TestApp } from '@kakehashi/server-platform/testing';
import type { Role } from '@kakehashi/shared-contracts';

let sequence = 0;

/** A number unique in this test file (names, codes). */
export function nextSequence(): number {
  return ++sequence;
}

/** Departments and people are the directory's: written here as its own factories would. */
export async function createDepartment(api: TestApp, nameJa: string, parentId: string | null = null): Promise<string> {
  sequence += 1;
  const [row] = await api.dataSource.query<{ id: string }[]>(
    'INSERT INTO departments (code, name_ja, name_en, parent_id, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [`NL${sequence}-${randomUUID().slice(0, 6)}`, nameJa, `Department ${sequence}`, parentId, sequence],
  );
  return row!.id;
}

export async function createPerson(
  api: TestApp,
  fields: { departmentId: string | null; roles?: Role[]; name?: string; active?: boolean },
): Promise<string> {
  sequence += 1;
  const name = fields.name ?? `社員 ${sequence}号`;
  const [row] = await api.dataSource.query<{ id: string }[]>(
    `INSERT INTO people (email, display_name, display_name_en, department_id, roles, active)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      `nl.${sequence}.${randomUUID().slice(0, 8)}@example.test`,
      name,
      `Employee ${sequence}`,
      fields.departmentId,
      fields.roles ?? [],
      fields.active ?? true,
    ],
  );
  return row!.id;
}

/** A signed-in person: their id and a function that sends GraphQL as them. */
export interface Actor {
  id: string;
  cookie: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export async function actor(api: TestApp, personId: string): Promise<Actor> {
  const cookie = await api.signIn(personId);
  return { id: personId, cookie, gql: (query, variables) => api.graphql(query, variables, { cookie }) };
}

/** The data of a response that must have succeeded (its errors shown when not). */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data as T;
}

export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

export function errorFields(response: GraphQLResponse<unknown>): string[] {
  return (response.errors?.[0]?.extensions?.fields ?? []).map((field) => field.field);
}
