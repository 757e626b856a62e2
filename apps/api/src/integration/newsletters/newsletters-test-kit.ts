// Shared set-up of the newsletters specs: the api with the directory behind the
// PersonDirectoryPort (the newsletters need people and departments), and small factories.
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { NEWSLETTERS_ENTITIES, NewslettersModule } from '@kakehashi/server-newsletters';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { connect, until, within, type WsConnection } from '../graphql-ws-test-client';
import { type Actor, nextSequence, ok } from '../test-kit';

export const ENTITIES = [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES, ...NEWSLETTERS_ENTITIES];

export function startNewslettersApp(env?: Record<string, string>): Promise<TestApp> {
  return startTestApp({ imports: [DirectoryModule, NewslettersModule], entities: ENTITIES, env });
}

export { actor, type Actor, createDepartment, createPerson, errorCode, errorFields, ok } from '../test-kit';

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
        nameJa: fields.nameJa ?? `ニュース ${nextSequence()}`,
        nameEn: `News ${nextSequence()}`,
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
        title: fields.title ?? `号 ${nextSequence()}`,
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
