// The reader's side through /graphql: the feed (who sees what, in which order, unread,
// statement budget), reactions (idempotent, counted, live), reads and the edition page.
import { Role } from '@kakehashi/shared-contracts';
import type { TestApp } from '@kakehashi/server-platform/testing';
import {
  type Actor,
  actor,
  createDepartment,
  createPerson,
  draftEdition,
  errorCode,
  newsletterOf,
  ok,
  publishedEdition,
  SET_REACTION,
  startNewslettersApp,
} from './newsletters-test-kit';

const FEED = /* GraphQL */ `
  query Feed($first: Int!, $after: String, $unreadOnly: Boolean) {
    feed(first: $first, after: $after, unreadOnly: $unreadOnly) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          summary
          pinned
          mustRead
          acknowledgedByMe
          unread
          commentCount
          publishedAt
          newsletter {
            id
            nameJa
            followed
            department {
              nameJa
            }
          }
          author {
            displayName
          }
          reactions {
            kind
            emoji
            count
            reactedByMe
          }
        }
      }
    }
  }
`;

const RECORD_READ = /* GraphQL */ `
  mutation Read($editionId: ID!, $progress: ReadProgress!, $dwellSeconds: Int!) {
    recordEditionRead(editionId: $editionId, progress: $progress, dwellSeconds: $dwellSeconds) {
      editionId
      recorded
      progress
      dwellSeconds
    }
  }
`;

const FOLLOW = /* GraphQL */ `
  mutation Follow($newsletterId: ID!, $follow: Boolean!) {
    followNewsletter(newsletterId: $newsletterId, follow: $follow) {
      id
      followed
    }
  }
`;

interface FeedNode {
  id: string;
  title: string;
  pinned: boolean;
  unread: boolean;
  commentCount: number;
  newsletter: { id: string; followed: boolean };
  author: { displayName: string } | null;
  reactions: { kind: string; count: number; reactedByMe: boolean }[];
}
type FeedData = { feed: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: FeedNode }[] } };

const feedIds = async (reader: Actor, first = 50): Promise<string[]> =>
  ok(await reader.gql<FeedData>(FEED, { first })).feed.edges.map((edge) => edge.node.id);

describe('reading newsletters through /graphql', () => {
  let api: TestApp;
  let salesId: string;
  let eastId: string;
  let hrId: string;
  let prId: string;
  let salesEditor: Actor;
  let hrEditor: Actor;
  let admin: Actor;
  let eastReader: Actor;
  let hrReader: Actor;
  let salesNews: string;
  let hrNews: string;
  let companyNews: string;

  beforeAll(async () => {
    api = await startNewslettersApp();
    salesId = await createDepartment(api, '営業本部');
    eastId = await createDepartment(api, '東日本営業部', salesId);
    hrId = await createDepartment(api, '人事部');
    prId = await createDepartment(api, '広報部');
    admin = await actor(api, await createPerson(api, { departmentId: prId, roles: [Role.HUB_ADMIN] }));
    salesEditor = await actor(api, await createPerson(api, { departmentId: salesId, roles: [Role.HUB_EDITOR], name: '営業 編集者' }));
    hrEditor = await actor(api, await createPerson(api, { departmentId: hrId, roles: [Role.HUB_EDITOR] }));
    eastReader = await actor(api, await createPerson(api, { departmentId: eastId }));
    hrReader = await actor(api, await createPerson(api, { departmentId: hrId }));
    salesNews = await newsletterOf(salesEditor, salesId, { nameJa: '営業ニュース' });
    hrNews = await newsletterOf(hrEditor, hrId, { nameJa: '人事だより' });
    companyNews = await newsletterOf(admin, prId, { nameJa: '社内報', companyWide: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('the feed', () => {
    let salesOwn: string;
    let salesToHr: string;
    let hrToAll: string;
    let companyPinned: string;
    let companyOld: string;
    let draft: string;

    beforeAll(async () => {
      companyOld = await publishedEdition(admin, companyNews, { title: '全社: 古い号' });
      salesOwn = await publishedEdition(salesEditor, salesNews, {
        title: '営業: 部内向け',
        audience: { kind: 'DEPARTMENTS', departmentIds: [salesId] },
      });
      salesToHr = await publishedEdition(salesEditor, salesNews, {
        title: '営業: 人事向け',
        audience: { kind: 'DEPARTMENTS', departmentIds: [hrId] },
      });
      hrToAll = await publishedEdition(hrEditor, hrNews, { title: '人事: 全社向け' });
      companyPinned = await publishedEdition(admin, companyNews, {
        title: '全社: 固定',
        pinnedUntil: new Date(Date.now() + 86_400_000).toISOString(),
      });
      draft = await draftEdition(salesEditor, salesNews, { title: '営業: 下書き' });
    });

    it('shows what is addressed to me from what I follow by default, pinned first, then newest', async () => {
      // 東日本営業部 follows 営業本部's newsletter (a department above) and the company-wide one, not 人事.
      expect(await feedIds(eastReader)).toEqual([companyPinned, salesOwn, companyOld]);
      // 人事: its own newsletter and the company's; 営業's edition for 人事 is addressed to them but not followed.
      expect(await feedIds(hrReader)).toEqual([companyPinned, hrToAll, companyOld]);
      expect(await feedIds(hrReader)).not.toContain(draft);
    });

    it('follows and unfollows, idempotently', async () => {
      const followed = ok(
        await hrReader.gql<{ followNewsletter: { followed: boolean } }>(FOLLOW, { newsletterId: salesNews, follow: true }),
      );
      expect(followed.followNewsletter.followed).toBe(true);
      ok(await hrReader.gql(FOLLOW, { newsletterId: salesNews, follow: true }));
      expect(await feedIds(hrReader)).toEqual([companyPinned, hrToAll, salesToHr, companyOld]);
      ok(await hrReader.gql(FOLLOW, { newsletterId: companyNews, follow: false }));
      expect(await feedIds(hrReader)).toEqual([hrToAll, salesToHr]);
      ok(await hrReader.gql(FOLLOW, { newsletterId: companyNews, follow: true }));
      ok(await hrReader.gql(FOLLOW, { newsletterId: salesNews, follow: false }));
      expect(await feedIds(hrReader)).toEqual([companyPinned, hrToAll, companyOld]);
    });

    it('pages with a cursor, and refuses a page too large', async () => {
      const first = ok(await eastReader.gql<FeedData>(FEED, { first: 2 })).feed;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = ok(await eastReader.gql<FeedData>(FEED, { first: 2, after: first.pageInfo.endCursor })).feed;
      expect(second.edges.map((edge) => edge.node.id)).toEqual([companyOld]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(errorCode(await eastReader.gql(FEED, { first: 101 }))).toBe('BAD_USER_INPUT');
    });

    it('pages from the pinned editions into the others without skipping or repeating one', async () => {
      const pinnedPage = ok(await eastReader.gql<FeedData>(FEED, { first: 1 })).feed;
      expect(pinnedPage.edges.map((edge) => edge.node.id)).toEqual([companyPinned]);
      const rest = ok(await eastReader.gql<FeedData>(FEED, { first: 5, after: pinnedPage.pageInfo.endCursor })).feed;
      expect(rest.edges.map((edge) => edge.node.id)).toEqual([salesOwn, companyOld]);
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });

    it('marks unread until I open it, once, upgrading from opened to read', async () => {
      const unread = async () =>
        ok(await eastReader.gql<FeedData>(FEED, { first: 10 })).feed.edges.find((edge) => edge.node.id === salesOwn)!.node.unread;
      expect(await unread()).toBe(true);
      const opened = ok(
        await eastReader.gql<{ recordEditionRead: unknown }>(RECORD_READ, { editionId: salesOwn, progress: 'OPENED', dwellSeconds: 3 }),
      );
      expect(opened.recordEditionRead).toEqual({ editionId: salesOwn, recorded: true, progress: 'OPENED', dwellSeconds: 3 });
      expect(await unread()).toBe(false);
      const read = await eastReader.gql<{ recordEditionRead: unknown }>(RECORD_READ, {
        editionId: salesOwn,
        progress: 'OPENED',
        dwellSeconds: 45,
      });
      expect(read.operationStatements).toBe(1);
      expect(ok(read).recordEditionRead).toEqual({ editionId: salesOwn, recorded: true, progress: 'READ', dwellSeconds: 45 });
      const again = ok(
        await eastReader.gql<{ recordEditionRead: unknown }>(RECORD_READ, { editionId: salesOwn, progress: 'OPENED', dwellSeconds: 1 }),
      );
      expect(again.recordEditionRead).toEqual({ editionId: salesOwn, recorded: true, progress: 'READ', dwellSeconds: 45 });
      const [count] = await api.dataSource.query<{ count: number; department_id: string }[]>(
        'SELECT count(*)::int AS count, min(department_id::text) AS department_id FROM edition_reads WHERE edition_id = $1',
        [salesOwn],
      );
      expect(count).toEqual({ count: 1, department_id: eastId });
    });

    it('lists only what I have not opened when asked, pinned first, paging on from there', async () => {
      // eastReader opens salesOwn (again, if the test above ran: a read is recorded once); the others stay unread.
      ok(await eastReader.gql(RECORD_READ, { editionId: salesOwn, progress: 'OPENED', dwellSeconds: 3 }));
      const unreadIds = async (first: number, after?: string | null) =>
        ok(await eastReader.gql<FeedData>(FEED, { first, after, unreadOnly: true })).feed;
      const all = await unreadIds(10);
      expect(all.edges.map((edge) => edge.node.id)).toEqual([companyPinned, companyOld]);
      expect(all.edges.every((edge) => edge.node.unread)).toBe(true);
      const page = await unreadIds(1);
      expect(page.edges.map((edge) => edge.node.id)).toEqual([companyPinned]);
      const next = await unreadIds(1, page.pageInfo.endCursor);
      expect(next.edges.map((edge) => edge.node.id)).toEqual([companyOld]);
      expect(next.pageInfo.hasNextPage).toBe(false);
      // eastReader's reads are not hrReader's: nothing of theirs is opened yet.
      const hrUnread = ok(await hrReader.gql<FeedData>(FEED, { first: 10, unreadOnly: true })).feed;
      expect(hrUnread.edges.map((edge) => edge.node.id)).toEqual([companyPinned, hrToAll, companyOld]);
      expect(errorCode(await eastReader.gql(FEED, { first: 5, unreadOnly: 'yes' }))).toBe('BAD_USER_INPUT');
    });

    it('records nothing for a reader outside the audience, nor for a draft', async () => {
      const outside = ok(
        await hrReader.gql<{ recordEditionRead: { recorded: boolean } }>(RECORD_READ, {
          editionId: salesOwn,
          progress: 'READ',
          dwellSeconds: 0,
        }),
      );
      expect(outside.recordEditionRead.recorded).toBe(false);
      const ofDraft = ok(
        await salesEditor.gql<{ recordEditionRead: { recorded: boolean } }>(RECORD_READ, {
          editionId: draft,
          progress: 'READ',
          dwellSeconds: 0,
        }),
      );
      expect(ofDraft.recordEditionRead.recorded).toBe(false);
      expect(errorCode(await hrReader.gql(RECORD_READ, { editionId: salesOwn, progress: 'READ', dwellSeconds: -1 }))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('serves a page of 20 with newsletter, author, reactions, unread and comments in at most 5 statements', async () => {
      const busy = await newsletterOf(admin, prId, { nameJa: '大量', companyWide: true });
      const authors = [admin, salesEditor, hrEditor];
      for (let i = 0; i < 22; i += 1) {
        const editor = authors[i % authors.length]!;
        const id = await publishedEdition(admin, busy, { title: `大量 ${i}` });
        if (i % 2 === 0) ok(await editor.gql(SET_REACTION, { editionId: id, kind: 'LIKE', on: true }));
        if (i % 3 === 0) ok(await eastReader.gql(SET_REACTION, { editionId: id, kind: 'INSIGHTFUL', on: true }));
      }
      const page = await eastReader.gql<FeedData>(FEED, { first: 20 });
      const edges = ok(page).feed.edges;
      expect(edges).toHaveLength(20);
      expect(edges.every((edge) => edge.node.reactions.length === 5 && edge.node.author !== null)).toBe(true);
      // Counts and mine come with the editions' own statement: right for every edition of the page.
      const busyEditions = edges.map((edge) => edge.node).filter((node) => node.title.startsWith('大量 '));
      expect(busyEditions.length).toBeGreaterThanOrEqual(18);
      for (const node of busyEditions) {
        const i = Number(node.title.slice('大量 '.length));
        const like = node.reactions.find((reaction) => reaction.kind === 'LIKE')!;
        const insightful = node.reactions.find((reaction) => reaction.kind === 'INSIGHTFUL')!;
        expect([like.count, like.reactedByMe]).toEqual([i % 2 === 0 ? 1 : 0, false]);
        expect([insightful.count, insightful.reactedByMe]).toEqual([i % 3 === 0 ? 1 : 0, i % 3 === 0]);
      }
      // The budget is 5; the feed needs 2 (editions with reactions, then their authors).
      expect(page.operationStatements).toBeLessThanOrEqual(2);
      console.log(`feed page of 20: ${page.operationStatements} statements`);
    });
  });

  describe('reactions', () => {
    let editionId: string;

    beforeAll(async () => {
      editionId = await publishedEdition(salesEditor, salesNews, {
        title: 'リアクション',
        audience: { kind: 'DEPARTMENTS', departmentIds: [salesId] },
      });
    });

    const likeOf = (data: { setReaction: { reactions: { kind: string; count: number; reactedByMe: boolean }[] } }) =>
      data.setReaction.reactions.find((reaction) => reaction.kind === 'LIKE');

    it('counts a reaction once however often it is set, and removes it once', async () => {
      const first = ok(
        await eastReader.gql<{ setReaction: { reactions: { kind: string; count: number; reactedByMe: boolean }[] } }>(SET_REACTION, {
          editionId,
          kind: 'LIKE',
          on: true,
        }),
      );
      expect(likeOf(first)).toEqual({ kind: 'LIKE', count: 1, reactedByMe: true });
      // A double click: both at once.
      await Promise.all([
        eastReader.gql(SET_REACTION, { editionId, kind: 'LIKE', on: true }),
        eastReader.gql(SET_REACTION, { editionId, kind: 'LIKE', on: true }),
      ]);
      const other = ok(
        await salesEditor.gql<{ setReaction: { reactions: { kind: string; count: number; reactedByMe: boolean }[] } }>(SET_REACTION, {
          editionId,
          kind: 'LIKE',
          on: true,
        }),
      );
      expect(likeOf(other)).toEqual({ kind: 'LIKE', count: 2, reactedByMe: true });
      const off = ok(
        await eastReader.gql<{ setReaction: { reactions: { kind: string; count: number; reactedByMe: boolean }[] } }>(SET_REACTION, {
          editionId,
          kind: 'LIKE',
          on: false,
        }),
      );
      ok(await eastReader.gql(SET_REACTION, { editionId, kind: 'LIKE', on: false }));
      expect(likeOf(off)).toEqual({ kind: 'LIKE', count: 1, reactedByMe: false });
      const [counter] = await api.dataSource.query<{ count: number }[]>(
        `SELECT count FROM edition_reaction_counts WHERE edition_id = $1 AND kind = 'LIKE'`,
        [editionId],
      );
      expect(counter?.count).toBe(1);
    });

    it('lists who reacted, page by page', async () => {
      ok(await eastReader.gql(SET_REACTION, { editionId, kind: 'CONGRATS', on: true }));
      ok(await salesEditor.gql(SET_REACTION, { editionId, kind: 'CONGRATS', on: true }));
      const WHO = `query($id: ID!, $after: String) { edition(id: $id) { reactors(kind: CONGRATS, first: 1, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id } reactedAt } } } }`;
      type Who = { edition: { reactors: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } };
      const first = ok(await eastReader.gql<Who>(WHO, { id: editionId })).edition.reactors;
      expect(first.edges.map((edge) => edge.node.id)).toEqual([salesEditor.id]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = ok(await eastReader.gql<Who>(WHO, { id: editionId, after: first.pageInfo.endCursor })).edition.reactors;
      expect(second.edges.map((edge) => edge.node.id)).toEqual([eastReader.id]);
    });

    it('refuses reactions on editions I cannot see, and unknown kinds', async () => {
      expect(errorCode(await hrReader.gql(SET_REACTION, { editionId, kind: 'LIKE', on: true }))).toBe('NOT_FOUND');
      expect(errorCode(await eastReader.gql(SET_REACTION, { editionId, kind: 'ANGRY', on: true }))).toBe('BAD_USER_INPUT');
    });
  });
});
