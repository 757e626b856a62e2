// Live reactions through the real server: editionReactionsChanged over a real WebSocket
// (graphql-ws) while other readers react over HTTP (setReaction), with who may listen, and a
// socket that stops when its session signs out.
import type { FormattedExecutionResult } from 'graphql-ws';
import { type InProcessPubSub, PubSub } from '@kakehashi/server-platform';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { REACTION_KINDS, ReactionKind, Role } from '@kakehashi/shared-contracts';
import {
  type Actor,
  actor,
  createDepartment,
  createPerson,
  errorCode,
  type LiveSocket,
  newsletterOf,
  ok,
  openSocket,
  publishedEdition,
  SET_REACTION,
  startNewslettersApp,
  until,
  within,
} from './newsletters-test-kit';

/** The web client's document (libs/client/newsletters/src/graphql/documents.ts). */
const EDITION_REACTIONS_CHANGED = /* GraphQL */ `
  subscription EditionReactionsChanged($editionId: ID!) {
    editionReactionsChanged(editionId: $editionId) {
      editionId
      counts {
        kind
        count
      }
    }
  }
`;

const EDITION_REACTIONS = /* GraphQL */ `
  query EditionReactions($id: ID!) {
    edition(id: $id) {
      id
      reactions {
        kind
        count
        reactedByMe
      }
    }
  }
`;

/** The topic the reactions are published on (reaction.service.ts): the spec waits for a subscription to be in place. */
const reactionsTopic = (editionId: string): string => `newsletters.edition-reactions.${editionId}`;

interface ReactionsChanged {
  editionReactionsChanged: { editionId: string; counts: { kind: ReactionKind; count: number }[] };
}
interface EditionReactions {
  edition: { id: string; reactions: { kind: ReactionKind; count: number; reactedByMe: boolean }[] };
}
type ChangeEvent = FormattedExecutionResult<ReactionsChanged>;

/** Every kind in display order, as the event carries them: zero but for the ones given. */
function counts(nonZero: Partial<Record<ReactionKind, number>>): { kind: ReactionKind; count: number }[] {
  return REACTION_KINDS.map((kind) => ({ kind, count: nonZero[kind] ?? 0 }));
}

describe('editionReactionsChanged over the WebSocket', () => {
  let api: TestApp;
  let editor: Actor;
  let readerA: Actor;
  let readerB: Actor;
  let outsider: Actor;
  let salesNews: string;
  let salesId: string;
  const sockets: LiveSocket[] = [];
  const pubSub = () => api.app.get(PubSub) as InProcessPubSub;

  beforeAll(async () => {
    api = await startNewslettersApp();
    salesId = await createDepartment(api, '営業本部');
    const eastId = await createDepartment(api, '東日本営業部', salesId);
    const hrId = await createDepartment(api, '人事部');
    editor = await actor(api, await createPerson(api, { departmentId: salesId, roles: [Role.HUB_EDITOR], name: '営業 編集者' }));
    readerA = await actor(api, await createPerson(api, { departmentId: eastId, name: '東 読者' }));
    readerB = await actor(api, await createPerson(api, { departmentId: salesId, name: '営業 読者' }));
    outsider = await actor(api, await createPerson(api, { departmentId: hrId, name: '人事 読者' }));
    salesNews = await newsletterOf(editor, salesId, { nameJa: '営業ニュース' });
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) await socket.client.dispose();
  });

  afterAll(async () => {
    await api?.close();
  });

  /** A published edition for 営業本部 and its sub-departments: readers A and B, not the outsider. */
  const salesEdition = () => publishedEdition(editor, salesNews, { audience: { kind: 'DEPARTMENTS', departmentIds: [salesId] } });

  /** Subscribes as this person and waits until the subscription listens (so that no event is missed). */
  async function listen(who: Actor, editionId: string, listeners = 1) {
    const socket = openSocket(api, who.cookie);
    sockets.push(socket);
    const events = socket.client.iterate<ReactionsChanged>({ query: EDITION_REACTIONS_CHANGED, variables: { editionId } });
    const next = async (what: string): Promise<ChangeEvent> => {
      const result = await within(events.next(), 3000, what);
      expect(result.done).toBe(false);
      return result.value as ChangeEvent;
    };
    const first = next('the first event');
    // Awaited by the test; this only keeps a failure from being reported as unhandled first.
    first.catch(() => undefined);
    await until(() => pubSub().subscriberCount(reactionsTopic(editionId)) === listeners, 'the subscription to be in place');
    return { socket, events, first, next };
  }

  const react = (who: Actor, editionId: string, kind: ReactionKind, on: boolean) =>
    who.gql<{ setReaction: EditionReactions['edition'] }>(SET_REACTION, { editionId, kind, on });

  it('sends a reader the new counts when another reader reacts, and again when they take it back', async () => {
    const editionId = await salesEdition();
    const a = await listen(readerA, editionId);

    ok(await react(readerB, editionId, ReactionKind.INSIGHTFUL, true));

    expect(await a.first).toEqual({ data: { editionReactionsChanged: { editionId, counts: counts({ [ReactionKind.INSIGHTFUL]: 1 }) } } });
    // The event carries counts only; "mine" stays each reader's own: B's reaction is not A's.
    const seenByA = ok(await readerA.gql<EditionReactions>(EDITION_REACTIONS, { id: editionId })).edition.reactions;
    expect(seenByA.find((reaction) => reaction.kind === 'INSIGHTFUL')).toEqual({ kind: 'INSIGHTFUL', count: 1, reactedByMe: false });
    expect(seenByA.filter((reaction) => reaction.reactedByMe)).toEqual([]);
    const seenByB = ok(await readerB.gql<EditionReactions>(EDITION_REACTIONS, { id: editionId })).edition.reactions;
    expect(seenByB.find((reaction) => reaction.kind === 'INSIGHTFUL')).toEqual({ kind: 'INSIGHTFUL', count: 1, reactedByMe: true });

    ok(await react(readerB, editionId, ReactionKind.INSIGHTFUL, false));

    expect(await a.next('the event of taking it back')).toEqual({
      data: { editionReactionsChanged: { editionId, counts: counts({}) } },
    });
    await a.events.return?.();
    await until(() => pubSub().subscriberCount(reactionsTopic(editionId)) === 0, 'the subscription to end on the server');
  });

  it('sends every listener the counts of every reaction, its own too, and nothing for a repeat that changes nothing', async () => {
    const editionId = await salesEdition();
    const a = await listen(readerA, editionId);
    const b = await listen(readerB, editionId, 2);

    ok(await react(readerB, editionId, ReactionKind.LIKE, true));
    expect(await a.first).toEqual({ data: { editionReactionsChanged: { editionId, counts: counts({ [ReactionKind.LIKE]: 1 }) } } });
    expect(await b.first).toEqual({ data: { editionReactionsChanged: { editionId, counts: counts({ [ReactionKind.LIKE]: 1 }) } } });

    // A repeated "on" and an "off" of a reaction nobody gave change nothing and send nothing:
    // the next event anyone gets is A's own congratulations.
    ok(await react(readerB, editionId, ReactionKind.LIKE, true));
    ok(await react(readerA, editionId, ReactionKind.CURIOUS, false));
    ok(await react(readerA, editionId, ReactionKind.CONGRATS, true));

    const expected = {
      data: { editionReactionsChanged: { editionId, counts: counts({ [ReactionKind.LIKE]: 1, [ReactionKind.CONGRATS]: 1 }) } },
    };
    expect(await a.next('A’s own reaction')).toEqual(expected);
    expect(await b.next('A’s reaction, heard by B')).toEqual(expected);
  });

  it('refuses a person outside the audience as the edition query does (NOT_FOUND), and sends them nothing', async () => {
    const editionId = await salesEdition();
    const query = await outsider.gql(EDITION_REACTIONS, { id: editionId });
    expect(errorCode(query)).toBe('NOT_FOUND');

    const socket = openSocket(api, outsider.cookie);
    sockets.push(socket);
    const events = socket.client.iterate<ReactionsChanged>({ query: EDITION_REACTIONS_CHANGED, variables: { editionId } });

    // A failed subscribe is the operation's one result, then it completes.
    const refused = await within(events.next(), 3000, 'the refusal');
    expect(refused.value).toEqual({
      errors: [
        expect.objectContaining({
          message: query.errors![0]!.message,
          extensions: { code: 'NOT_FOUND' },
          path: ['editionReactionsChanged'],
        }),
      ],
    });
    expect(await within(events.next(), 3000, 'the end')).toEqual({ done: true, value: undefined });
    expect(pubSub().subscriberCount(reactionsTopic(editionId))).toBe(0);

    // A reaction now reaches the audience, and the outsider has no subscription to hear it on.
    const a = await listen(readerA, editionId);
    ok(await react(readerB, editionId, ReactionKind.EMPATHY, true));
    expect((await a.first).data?.editionReactionsChanged.counts).toEqual(counts({ [ReactionKind.EMPATHY]: 1 }));
    expect(pubSub().subscriberCount(reactionsTopic(editionId))).toBe(1);
  });

  it('answers an edition that does not exist with NOT_FOUND, and an id that is no id with BAD_USER_INPUT', async () => {
    const socket = openSocket(api, readerA.cookie);
    sockets.push(socket);
    const subscribe = async (editionId: string) =>
      (await within(socket.client.iterate({ query: EDITION_REACTIONS_CHANGED, variables: { editionId } }).next(), 3000, editionId))
        .value as ChangeEvent;

    expect((await subscribe('00000000-0000-4000-8000-000000000000')).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await subscribe('edition-1')).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('stops a reader’s live counts when they sign out: the socket closes with 4401', async () => {
    const editionId = await salesEdition();
    const leaving = await actor(api, readerA.id);
    const a = await listen(leaving, editionId);

    const signedOut = await fetch(`${api.baseUrl}/auth/sign-out`, { method: 'POST', headers: { cookie: leaving.cookie } });
    expect(signedOut.status).toBe(200);

    await expect(a.first).rejects.toMatchObject({ code: 4401 });
    expect(await within(a.socket.closed, 3000, 'the close')).toBe(4401);
    await until(() => pubSub().subscriberCount(reactionsTopic(editionId)) === 0, 'the subscription to end on the server');
    // Reader A's other session (signed in before this test) is untouched.
    expect(ok(await readerA.gql<EditionReactions>(EDITION_REACTIONS, { id: editionId })).edition.id).toBe(editionId);
  });
});
