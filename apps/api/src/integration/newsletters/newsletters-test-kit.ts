// Shared set-up of the newsletters specs: the api with the directory behind the
// PersonDirectoryPort (the newsletters need people and departments), and small factories.
import { randomUUID } from 'node:crypto';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { NEWSLETTERS_ENTITIES, NewslettersModule } from '@kakehashi/server-newsletters';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { type GraphQLResponse, startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import type { Role } from '@kakehashi/shared-contracts';
import { connect, until, within, type WsConnection } from '../graphql-ws-test-client';

export const ENTITIES = [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES, ...NEWSLETTERS_ENTITIES];

export function startNewslettersApp(env?: Record<string, string>): Promise<TestApp> {
  return startTestApp({ imports: [DirectoryModule, NewslettersModule], entities: ENTITIES, env });
}

let sequence = 0;

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

export const CREATE_NEWSLETTER = /* GraphQL */ `
  mutation CreateNewsletter($input: CreateNewsletterInput!) {
    createNewsletter(input: $input) {
      id
      nameJa
      companyWide
      followed
      canEdit
      version
      department {
        id
      }
    }
  }
`;

export const CREATE_EDITION = /* GraphQL */ `
  mutation CreateEdition($input: CreateEditionInput!) {
    createEdition(input: $input) {
      id
      status
      title
      bodyHtml
      tags
      version
      audience {
        kind
        size
        departments {
          id
        }
      }
    }
  }
`;

export const PUBLISH_EDITION = /* GraphQL */ `
  mutation PublishEdition($id: ID!) {
    publishEdition(id: $id) {
      id
      status
      publishedAt
      version
      audience {
        size
      }
    }
  }
`;

/** A newsletter of a department, created by an editor of it (or an admin). */
export async function newsletterOf(
  editor: Actor,
  departmentId: string,
  fields: { nameJa?: string; companyWide?: boolean } = {},
): Promise<string> {
  const data = ok(
    await editor.gql<{ createNewsletter: { id: string } }>(CREATE_NEWSLETTER, {
      input: {
        departmentId,
        nameJa: fields.nameJa ?? `ニュース ${++sequence}`,
        nameEn: `News ${sequence}`,
        cadence: 'MONTHLY',
        companyWide: fields.companyWide ?? false,
      },
    }),
  );
  return data.createNewsletter.id;
}

export interface EditionFields {
  title?: string;
  summary?: string;
  bodyHtml?: string;
  tags?: string[];
  audience?: { kind: 'COMPANY' | 'DEPARTMENTS'; departmentIds?: string[] };
  mustRead?: boolean;
  pinnedUntil?: string | null;
}

export async function draftEdition(editor: Actor, newsletterId: string, fields: EditionFields = {}): Promise<string> {
  const data = ok(
    await editor.gql<{ createEdition: { id: string } }>(CREATE_EDITION, {
      input: {
        newsletterId,
        title: fields.title ?? `号 ${++sequence}`,
        summary: fields.summary ?? '',
        bodyHtml: fields.bodyHtml ?? '<p>本文です。</p>',
        tags: fields.tags ?? [],
        audience: fields.audience ?? { kind: 'COMPANY' },
        mustRead: fields.mustRead ?? false,
        pinnedUntil: fields.pinnedUntil ?? null,
      },
    }),
  );
  return data.createEdition.id;
}

export async function publishedEdition(editor: Actor, newsletterId: string, fields: EditionFields = {}): Promise<string> {
  const id = await draftEdition(editor, newsletterId, fields);
  ok(await editor.gql(PUBLISH_EDITION, { id }));
  return id;
}

export const SET_REACTION = /* GraphQL */ `
  mutation SetReaction($editionId: ID!, $kind: ReactionKind!, $on: Boolean!) {
    setReaction(editionId: $editionId, kind: $kind, on: $on) {
      id
      reactions {
        kind
        count
        reactedByMe
      }
    }
  }
`;

/** A graphql-ws connection of a signed-in person (or of nobody), and its close code. */
export type LiveSocket = WsConnection;

export function openSocket(api: TestApp, cookie?: string): LiveSocket {
  return connect(api, cookie ? { cookie } : {});
}

export { until, within };
