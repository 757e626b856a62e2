// Comments, must-read acknowledgements, editor analytics and the weekly digest through
// /graphql (and the job queue), with their authorization and statement budgets.
import { randomUUID } from 'node:crypto';
import { Role } from '@kakehashi/shared-contracts';
import { JobQueue } from '@kakehashi/server-platform';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { engagementRecountSql } from '@kakehashi/server-newsletters';
import {
  type Actor,
  actor,
  createDepartment,
  createPerson,
  errorCode,
  errorFields,
  newsletterOf,
  ok,
  publishedEdition,
  startNewslettersApp,
} from './newsletters-test-kit';

const POST = /* GraphQL */ `
  mutation Post($input: PostCommentInput!) {
    postComment(input: $input) {
      id
      body
      parentId
      version
      mentions {
        id
      }
    }
  }
`;

const EDITION_PAGE = /* GraphQL */ `
  query EditionPage($id: ID!) {
    edition(id: $id) {
      id
      title
      bodyHtml
      commentCount
      unread
      author {
        displayName
      }
      newsletter {
        nameJa
        department {
          nameJa
        }
      }
      reactions {
        kind
        count
        reactedByMe
      }
      comments(first: 20) {
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            body
            deleted
            hidden
            hiddenReason
            mine
            author {
              displayName
            }
            mentions {
              displayName
            }
            replies {
              id
              body
              author {
                displayName
              }
            }
          }
        }
      }
    }
  }
`;

interface CommentView {
  id: string;
  body: string | null;
  deleted: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  replies: { id: string; body: string | null }[];
}
type EditionPage = { edition: { commentCount: number; comments: { edges: { node: CommentView }[] } } };

const notificationsOf = (api: TestApp, personId: string, kind: string) =>
  api.dataSource.query<{ title_ja: string; link: string; dedupe_key: string }[]>(
    'SELECT title_ja, link, dedupe_key FROM notifications WHERE recipient_id = $1 AND kind = $2 ORDER BY created_at',
    [personId, kind],
  );

describe('engagement with newsletters through /graphql', () => {
  let api: TestApp;
  let salesId: string;
  let eastId: string;
  let hrId: string;
  let salesEditor: Actor;
  let hrEditor: Actor;
  let eastReader: Actor;
  let eastColleague: Actor;
  let hrReader: Actor;
  let salesNews: string;

  beforeAll(async () => {
    api = await startNewslettersApp();
    salesId = await createDepartment(api, '営業本部');
    eastId = await createDepartment(api, '東日本営業部', salesId);
    hrId = await createDepartment(api, '人事部');
    salesEditor = await actor(api, await createPerson(api, { departmentId: salesId, roles: [Role.HUB_EDITOR], name: '営業 編集者' }));
    hrEditor = await actor(api, await createPerson(api, { departmentId: hrId, roles: [Role.HUB_EDITOR] }));
    eastReader = await actor(api, await createPerson(api, { departmentId: eastId, name: '東 読者' }));
    eastColleague = await actor(api, await createPerson(api, { departmentId: eastId, name: '東 同僚' }));
    hrReader = await actor(api, await createPerson(api, { departmentId: hrId, name: '人事 読者' }));
    salesNews = await newsletterOf(salesEditor, salesId, { nameJa: '営業ニュース' });
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('comments', () => {
    let editionId: string;

    beforeAll(async () => {
      editionId = await publishedEdition(salesEditor, salesNews, {
        title: '受注報告',
        audience: { kind: 'DEPARTMENTS', departmentIds: [salesId] },
      });
    });

    it('posts once per idempotency key, however often it is retried', async () => {
      const input = { editionId, body: 'おめでとうございます！', idempotencyKey: randomUUID() };
      const [a, b] = await Promise.all([
        eastReader.gql<{ postComment: { id: string } }>(POST, { input }),
        eastReader.gql<{ postComment: { id: string } }>(POST, { input }),
      ]);
      const again = ok(await eastReader.gql<{ postComment: { id: string } }>(POST, { input }));
      expect(ok(a).postComment.id).toBe(ok(b).postComment.id);
      expect(again.postComment.id).toBe(ok(a).postComment.id);
      const [count] = await api.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM edition_comments WHERE edition_id = $1',
        [editionId],
      );
      expect(count?.count).toBe(1);
    });

    it('notifies mentioned people once per comment, and refuses people who are unknown or outside the audience', async () => {
      const posted = ok(
        await eastReader.gql<{ postComment: { id: string; mentions: { id: string }[] } }>(POST, {
          input: { editionId, body: '@東 同僚 さん、見ましたか？', mentionIds: [eastColleague.id], idempotencyKey: randomUUID() },
        }),
      ).postComment;
      expect(posted.mentions).toEqual([{ id: eastColleague.id }]);
      const notices = await notificationsOf(api, eastColleague.id, 'newsletter.mention');
      expect(notices).toHaveLength(1);
      expect(notices[0]?.link).toBe(`/news/editions/${editionId}#comment-${posted.id}`);
      const unknown = await eastReader.gql(POST, {
        input: { editionId, body: 'x', mentionIds: ['00000000-0000-4000-8000-000000000000'], idempotencyKey: randomUUID() },
      });
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(errorFields(unknown)).toEqual(['mentionIds']);
      const outside = await eastReader.gql(POST, {
        input: { editionId, body: 'x', mentionIds: [hrReader.id], idempotencyKey: randomUUID() },
      });
      expect(errorFields(outside)).toEqual(['mentionIds']);
      // Editing keeps the mention: no second notice.
      const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { body version } }`;
      const edited = ok(
        await eastReader.gql<{ editComment: { body: string; version: number } }>(EDIT, {
          input: { id: posted.id, version: 1, body: '@東 同僚 さん、見ましたか？（追記）', mentionIds: [eastColleague.id] },
        }),
      );
      expect(edited.editComment).toEqual({ body: '@東 同僚 さん、見ましたか？（追記）', version: 2 });
      expect(await notificationsOf(api, eastColleague.id, 'newsletter.mention')).toHaveLength(1);
      expect(errorCode(await eastColleague.gql(EDIT, { input: { id: posted.id, version: 2, body: '乗っ取り' } }))).toBe('FORBIDDEN');
      expect(errorCode(await eastReader.gql(EDIT, { input: { id: posted.id, version: 1, body: '古い' } }))).toBe('CONFLICT');
    });

    it('replies one level deep, deletes own comments softly, and lets only editors hide', async () => {
      const parent = ok(
        await eastColleague.gql<{ postComment: { id: string } }>(POST, {
          input: { editionId, body: '質問です', idempotencyKey: randomUUID() },
        }),
      ).postComment;
      const reply = ok(
        await salesEditor.gql<{ postComment: { id: string; parentId: string } }>(POST, {
          input: { editionId, parentId: parent.id, body: '回答です', idempotencyKey: randomUUID() },
        }),
      ).postComment;
      expect(reply.parentId).toBe(parent.id);
      const nested = await eastReader.gql(POST, { input: { editionId, parentId: reply.id, body: '孫', idempotencyKey: randomUUID() } });
      expect(errorFields(nested)).toEqual(['parentId']);

      const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { id deleted body } }`;
      expect(errorCode(await eastReader.gql(DELETE, { id: parent.id }))).toBe('FORBIDDEN');
      expect(ok(await eastColleague.gql<{ deleteComment: unknown }>(DELETE, { id: parent.id })).deleteComment).toEqual({
        id: parent.id,
        deleted: true,
        body: null,
      });

      const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { hidden hiddenReason body } }`;
      const spam = ok(
        await eastReader.gql<{ postComment: { id: string } }>(POST, {
          input: { editionId, body: '宣伝です', idempotencyKey: randomUUID() },
        }),
      ).postComment;
      expect(errorCode(await eastColleague.gql(HIDE, { input: { id: spam.id, reason: '不適切' } }))).toBe('FORBIDDEN');
      expect(errorCode(await hrEditor.gql(HIDE, { input: { id: spam.id, reason: '不適切' } }))).toBe('NOT_FOUND');
      expect(
        ok(await salesEditor.gql<{ hideComment: unknown }>(HIDE, { input: { id: spam.id, reason: '業務と無関係のため' } })).hideComment,
      ).toEqual({
        hidden: true,
        hiddenReason: '業務と無関係のため',
        body: null,
      });
      const page = ok(await eastReader.gql<EditionPage>(EDITION_PAGE, { id: editionId })).edition;
      const shown = page.comments.edges.map((edge) => edge.node);
      expect(shown.find((comment) => comment.id === parent.id)).toMatchObject({
        deleted: true,
        body: null,
        replies: [{ id: reply.id, body: '回答です' }],
      });
      expect(shown.find((comment) => comment.id === spam.id)).toMatchObject({ hidden: true, body: null });
      expect(page.commentCount).toBe(3);
    });

    it('refuses comments from outside the audience and plain-text limits', async () => {
      expect(errorCode(await hrReader.gql(POST, { input: { editionId, body: 'x', idempotencyKey: randomUUID() } }))).toBe('NOT_FOUND');
      const long = await eastReader.gql(POST, { input: { editionId, body: 'あ'.repeat(2001), idempotencyKey: randomUUID() } });
      expect(errorFields(long)).toEqual(['body']);
    });

    it('serves an edition page with 20 comments, replies, authors and reactions in at most 5 statements', async () => {
      const busy = await publishedEdition(salesEditor, salesNews, { audience: { kind: 'DEPARTMENTS', departmentIds: [salesId] } });
      const people = [eastReader, eastColleague, salesEditor];
      for (let i = 0; i < 22; i += 1) {
        const author = people[i % people.length]!;
        const comment = ok(
          await author.gql<{ postComment: { id: string } }>(POST, {
            input: { editionId: busy, body: `コメント ${i}`, mentionIds: i % 4 === 0 ? [eastReader.id] : [], idempotencyKey: randomUUID() },
          }),
        ).postComment;
        if (i % 5 === 0)
          ok(
            await salesEditor.gql(POST, {
              input: { editionId: busy, parentId: comment.id, body: `返信 ${i}`, idempotencyKey: randomUUID() },
            }),
          );
      }
      const page = await eastReader.gql<EditionPage>(EDITION_PAGE, { id: busy });
      expect(ok(page).edition.comments.edges).toHaveLength(20);
      expect(ok(page).edition.commentCount).toBe(27);
      // The issue's budget is 5; the page needs 4 (edition with reactions, comments, people, departments' cache aside).
      expect(page.operationStatements).toBeLessThanOrEqual(4);
      console.log(`edition page with 20 comments: ${page.operationStatements} statements`);
    });
  });

  describe('must-reads', () => {
    let editionId: string;
    const ACK = `mutation($id: ID!) { acknowledgeEdition(editionId: $id) { id acknowledgedByMe acknowledgedAt } }`;
    const WHO = `query($id: ID!, $acknowledged: Boolean!, $departmentId: ID) {
      editionAcknowledgements(editionId: $id, acknowledged: $acknowledged, departmentId: $departmentId, first: 10) {
        totalCount edges { node { id } department { id } acknowledgedAt } } }`;
    type Who = { editionAcknowledgements: { totalCount: number; edges: { node: { id: string }; department: { id: string } | null }[] } };
    const REMIND = `mutation($id: ID!) { sendMustReadReminder(editionId: $id) { notified nextAllowedAt } }`;

    beforeAll(async () => {
      editionId = await publishedEdition(salesEditor, salesNews, {
        title: '規程改定',
        mustRead: true,
        audience: { kind: 'DEPARTMENTS', departmentIds: [eastId] },
      });
    });

    it('tells every recipient at publication, in the app and by mail', async () => {
      for (const reader of [eastReader, eastColleague]) {
        const notices = await notificationsOf(api, reader.id, 'newsletter.mustRead');
        expect(notices.map((notice) => notice.link)).toEqual([`/news/editions/${editionId}`]);
      }
      expect(await notificationsOf(api, hrReader.id, 'newsletter.mustRead')).toEqual([]);
    });

    it('acknowledges once, however often', async () => {
      const first = ok(
        await eastReader.gql<{ acknowledgeEdition: { acknowledgedByMe: boolean; acknowledgedAt: string } }>(ACK, { id: editionId }),
      );
      const again = ok(
        await eastReader.gql<{ acknowledgeEdition: { acknowledgedByMe: boolean; acknowledgedAt: string } }>(ACK, { id: editionId }),
      );
      expect(first.acknowledgeEdition.acknowledgedByMe).toBe(true);
      expect(again.acknowledgeEdition.acknowledgedAt).toBe(first.acknowledgeEdition.acknowledgedAt);
      expect(errorCode(await hrReader.gql(ACK, { id: editionId }))).toBe('NOT_FOUND');
    });

    it('shows editors who has and has not acknowledged, by department', async () => {
      const done = ok(await salesEditor.gql<Who>(WHO, { id: editionId, acknowledged: true })).editionAcknowledgements;
      expect(done).toMatchObject({ totalCount: 1, edges: [{ node: { id: eastReader.id }, department: { id: eastId } }] });
      const pending = ok(
        await salesEditor.gql<Who>(WHO, { id: editionId, acknowledged: false, departmentId: eastId }),
      ).editionAcknowledgements;
      expect(pending.edges.map((edge) => edge.node.id)).toEqual([eastColleague.id]);
      expect(errorCode(await eastReader.gql(WHO, { id: editionId, acknowledged: false }))).toBe('FORBIDDEN');
      expect(errorCode(await hrEditor.gql(WHO, { id: editionId, acknowledged: false }))).toBe('NOT_FOUND');
    });

    it('reminds those who have not acknowledged, at most once a day', async () => {
      const reminded = ok(
        await salesEditor.gql<{ sendMustReadReminder: { notified: number; nextAllowedAt: string } }>(REMIND, { id: editionId }),
      );
      expect(reminded.sendMustReadReminder.notified).toBe(1);
      expect(await notificationsOf(api, eastColleague.id, 'newsletter.mustReadReminder')).toHaveLength(1);
      expect(await notificationsOf(api, eastReader.id, 'newsletter.mustReadReminder')).toHaveLength(0);
      const again = await salesEditor.gql(REMIND, { id: editionId });
      expect(errorCode(again)).toBe('RATE_LIMITED');
      expect(again.errors?.[0]?.message).toContain(reminded.sendMustReadReminder.nextAllowedAt);
      expect(Number(again.errors?.[0]?.extensions?.['retryAfterSeconds'])).toBeGreaterThan(23 * 3600);
      expect(errorCode(await eastReader.gql(REMIND, { id: editionId }))).toBe('FORBIDDEN');
    });
  });

  describe('analytics', () => {
    const ANALYTICS = /* GraphQL */ `
      query Analytics($id: ID!) {
        editionAnalytics(editionId: $id) {
          audienceSize
          openers
          readers
          reactors
          comments
          acknowledgements
          reach
          readRate
          reactionRate
          acknowledgementRate
          byDepartment {
            department {
              id
            }
            audienceSize
            openers
            reach
          }
        }
      }
    `;

    it('gives rates over the audience, by department, to editors only, in at most 5 statements', async () => {
      const id = await publishedEdition(salesEditor, salesNews, {
        mustRead: true,
        audience: { kind: 'DEPARTMENTS', departmentIds: [salesId] },
      });
      const read = `mutation($id: ID!, $p: ReadProgress!, $d: Int!) { recordEditionRead(editionId: $id, progress: $p, dwellSeconds: $d) { recorded } }`;
      ok(await eastReader.gql(read, { id, p: 'OPENED', d: 40 }));
      ok(await eastColleague.gql(read, { id, p: 'OPENED', d: 5 }));
      ok(await eastReader.gql(`mutation($id: ID!) { setReaction(editionId: $id, kind: INSIGHTFUL, on: true) { id } }`, { id }));
      ok(await eastReader.gql(`mutation($id: ID!) { acknowledgeEdition(editionId: $id) { id } }`, { id }));
      const result = await salesEditor.gql<{
        editionAnalytics: Record<string, unknown> & {
          byDepartment: { department: { id: string }; audienceSize: number; openers: number; reach: number }[];
        };
      }>(ANALYTICS, { id });
      const analytics = ok(result).editionAnalytics;
      // 営業本部 (its editor) and 東日本営業部 (two readers): an audience of 3.
      expect(analytics).toMatchObject({
        audienceSize: 3,
        openers: 2,
        readers: 1,
        reactors: 1,
        acknowledgements: 1,
        reach: 0.6667,
        readRate: 0.3333,
        reactionRate: 0.3333,
        acknowledgementRate: 0.3333,
      });
      expect(analytics.byDepartment).toEqual([
        { department: { id: eastId }, audienceSize: 2, openers: 2, reach: 1 },
        { department: { id: salesId }, audienceSize: 1, openers: 0, reach: 0 },
      ]);
      expect(result.operationStatements).toBeLessThanOrEqual(5);
      console.log(`edition analytics: ${result.operationStatements} statements`);
      expect(errorCode(await eastReader.gql(ANALYTICS, { id }))).toBe('FORBIDDEN');
      expect(errorCode(await hrEditor.gql(ANALYTICS, { id }))).toBe('NOT_FOUND');

      const OVER_TIME = `query($id: ID!, $from: DateTime!, $to: DateTime!) { newsletterAnalytics(newsletterId: $id, from: $from, to: $to) {
        editions { editionId audienceSize reach } weeks { weekStart editions audienceSize reach }
        byDepartment { department { id } audienceSize openers reach acknowledgementRate } } }`;
      const range = {
        id: salesNews,
        from: new Date(Date.now() - 86_400_000).toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
      };
      type OverTime = { newsletterAnalytics: { editions: { editionId: string; reach: number }[]; weeks: { editions: number }[] } };
      const overTime = await salesEditor.gql<OverTime>(OVER_TIME, range);
      expect(ok(overTime).newsletterAnalytics.editions.find((point) => point.editionId === id)?.reach).toBe(0.6667);
      expect(ok(overTime).newsletterAnalytics.weeks.reduce((sum, week) => sum + week.editions, 0)).toBe(
        ok(overTime).newsletterAnalytics.editions.length,
      );
      // By department over the range: the audiences of every edition summed, 東日本営業部 first (the largest).
      const departments = ok(overTime).newsletterAnalytics as unknown as {
        editions: { audienceSize: number }[];
        byDepartment: { department: { id: string }; audienceSize: number; openers: number; acknowledgementRate: number | null }[];
      };
      expect(departments.byDepartment.reduce((sum, row) => sum + row.audienceSize, 0)).toBe(
        departments.editions.reduce((sum, edition) => sum + edition.audienceSize, 0),
      );
      const east = departments.byDepartment.find((row) => row.department.id === eastId)!;
      expect(departments.byDepartment[0]).toBe(east);
      expect(east.openers).toBeGreaterThanOrEqual(2);
      expect(east.acknowledgementRate).not.toBeNull();
      expect(overTime.operationStatements).toBeLessThanOrEqual(5);
      expect(errorCode(await eastReader.gql(OVER_TIME, range))).toBe('FORBIDDEN');
      const tooLong = await salesEditor.gql(OVER_TIME, { ...range, from: '2020-01-01T00:00:00Z' });
      expect(errorFields(tooLong)).toEqual(['to']);

      // Kept for 15 s: the same range again costs the access check only, and a reader outside
      // the editors is still refused; a publication shows at once.
      const again = await salesEditor.gql<OverTime>(OVER_TIME, range);
      expect(ok(again)).toEqual(ok(overTime));
      expect(again.operationStatements).toBeLessThan(overTime.operationStatements);
      expect(errorCode(await eastReader.gql(OVER_TIME, range))).toBe('FORBIDDEN');
      const next = await publishedEdition(salesEditor, salesNews, { audience: { kind: 'DEPARTMENTS', departmentIds: [eastId] } });
      const afterPublication = ok(await salesEditor.gql<OverTime>(OVER_TIME, range)).newsletterAnalytics;
      expect(afterPublication.editions.map((point) => point.editionId)).toContain(next);
    });
  });

  describe('engagement counters', () => {
    const READ = `mutation($id: ID!, $p: ReadProgress!, $d: Int!) { recordEditionRead(editionId: $id, progress: $p, dwellSeconds: $d) { recorded } }`;
    const REACT = `mutation($id: ID!, $kind: ReactionKind!, $on: Boolean!) { setReaction(editionId: $id, kind: $kind, on: $on) { id } }`;
    const ACK = `mutation($id: ID!) { acknowledgeEdition(editionId: $id) { id } }`;
    const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { deleted } }`;
    const COUNTERS = 'SELECT department_id, openers, readers, reactors, comments, acknowledgements FROM edition_engagement';
    /** The counters of the edition's audience department (東日本営業部). */
    const counters = async (id: string) =>
      (
        await api.dataSource.query<Record<string, number>[]>(
          'SELECT openers, readers, reactors, comments, acknowledgements FROM edition_engagement WHERE edition_id = $1 AND department_id = $2',
          [id, eastId],
        )
      )[0];
    const byDepartment = (rows: (Record<string, unknown> & { department_id: string })[]) =>
      rows.sort((a, b) => a.department_id.localeCompare(b.department_id));
    const recount = async (id: string) => {
      const rows = await api.dataSource.query<(Record<string, unknown> & { department_id: string })[]>(
        `SELECT department_id, openers, readers, reactors, comments, acknowledgements FROM (${engagementRecountSql('e.id = $1')}) x`,
        [id],
      );
      return byDepartment(rows);
    };
    const stored = async (id: string) => byDepartment(await api.dataSource.query(`${COUNTERS} WHERE edition_id = $1`, [id]));

    it('move with every read, reaction, comment and acknowledgement, retries and races included, and equal a recount', async () => {
      // 東日本営業部 (under 営業本部) is the audience; 人事's editor is not, and neither counts when it reacts or comments.
      const id = await publishedEdition(salesEditor, salesNews, {
        mustRead: true,
        audience: { kind: 'DEPARTMENTS', departmentIds: [eastId] },
      });
      expect(await counters(id)).toBeUndefined();

      // Reads: opened, opened again, then read; a second person reads at once; repeats change nothing.
      ok(await eastReader.gql(READ, { id, p: 'OPENED', d: 3 }));
      ok(await eastReader.gql(READ, { id, p: 'OPENED', d: 5 }));
      expect(await counters(id)).toMatchObject({ openers: 1, readers: 0 });
      ok(await eastReader.gql(READ, { id, p: 'READ', d: 20 }));
      ok(await eastReader.gql(READ, { id, p: 'READ', d: 25 }));
      await Promise.all([eastColleague.gql(READ, { id, p: 'READ', d: 40 }), eastColleague.gql(READ, { id, p: 'READ', d: 40 })]);
      expect(await counters(id)).toMatchObject({ openers: 2, readers: 2 });

      // Reactions: a person with two kinds is one reactor until both are gone; double-clicks never double.
      await Promise.all([eastReader.gql(REACT, { id, kind: 'LIKE', on: true }), eastReader.gql(REACT, { id, kind: 'LIKE', on: true })]);
      ok(await eastReader.gql(REACT, { id, kind: 'CONGRATS', on: true }));
      ok(await eastColleague.gql(REACT, { id, kind: 'LIKE', on: true }));
      ok(await salesEditor.gql(REACT, { id, kind: 'LIKE', on: true }));
      expect(await counters(id)).toMatchObject({ reactors: 2 });
      ok(await eastReader.gql(REACT, { id, kind: 'LIKE', on: false }));
      ok(await eastReader.gql(REACT, { id, kind: 'LIKE', on: false }));
      expect(await counters(id)).toMatchObject({ reactors: 2 });
      ok(await eastReader.gql(REACT, { id, kind: 'CONGRATS', on: false }));
      ok(await salesEditor.gql(REACT, { id, kind: 'LIKE', on: false }));
      expect(await counters(id)).toMatchObject({ reactors: 1 });
      // Two or three kinds at the same moment (tabs), on and then off, make one reactor and then none.
      ok(await eastColleague.gql(REACT, { id, kind: 'LIKE', on: false }));
      expect(await counters(id)).toMatchObject({ reactors: 0 });
      const react = (kind: string, on: boolean) => eastColleague.gql(REACT, { id, kind, on });
      for (let round = 0; round < 8; round++) {
        for (const result of await Promise.all([react('INSIGHTFUL', true), react('EMPATHY', true), react('CURIOUS', true)])) ok(result);
        expect(await counters(id)).toMatchObject({ reactors: 1 });
        for (const result of await Promise.all([react('INSIGHTFUL', false), react('EMPATHY', false), react('CURIOUS', false)])) ok(result);
        expect(await counters(id)).toMatchObject({ reactors: 0 });
      }
      ok(await react('LIKE', true));
      expect(await counters(id)).toMatchObject({ reactors: 1 });

      // Comments: a retried post counts once, a reply counts, a deletion (twice) uncounts once; the editor's is not the audience's.
      const input = { editionId: id, body: '拝読しました', idempotencyKey: randomUUID() };
      const [first] = await Promise.all([
        eastReader.gql<{ postComment: { id: string } }>(POST, { input }),
        eastReader.gql<{ postComment: { id: string } }>(POST, { input }),
      ]);
      const commentId = ok(first!).postComment.id;
      ok(await eastColleague.gql(POST, { input: { editionId: id, parentId: commentId, body: '同じく', idempotencyKey: randomUUID() } }));
      ok(await salesEditor.gql(POST, { input: { editionId: id, body: '編集部より', idempotencyKey: randomUUID() } }));
      expect(await counters(id)).toMatchObject({ comments: 2 });
      ok(await eastReader.gql(DELETE, { id: commentId }));
      ok(await eastReader.gql(DELETE, { id: commentId }));
      expect(await counters(id)).toMatchObject({ comments: 1 });

      // Acknowledgements: once per person, however often.
      await Promise.all([eastReader.gql(ACK, { id }), eastReader.gql(ACK, { id })]);
      ok(await eastReader.gql(ACK, { id }));
      expect(await counters(id)).toMatchObject({ acknowledgements: 1 });

      expect(await counters(id)).toEqual({ openers: 2, readers: 2, reactors: 1, comments: 1, acknowledgements: 1 });
      // The editor's reaction (taken back) and comment are counted under 営業本部, outside the audience's snapshot.
      expect(await stored(id)).toEqual(await recount(id));
      expect((await stored(id)).map((row) => row.department_id).sort()).toEqual([eastId, salesId].sort());
      const analytics = ok(
        await salesEditor.gql<{ editionAnalytics: { comments: number; reactors: number } }>(
          `query($id: ID!) { editionAnalytics(editionId: $id) { comments reactors } }`,
          { id },
        ),
      );
      expect(analytics.editionAnalytics).toEqual({ comments: 1, reactors: 1 });
    });
  });

  describe('the weekly digest', () => {
    const mailsTo = (email: string) =>
      api.dataSource.query<{ subject: string; text: string }[]>(
        `SELECT data->>'subject' AS subject, data->>'text' AS text FROM pgboss.job
         WHERE name = 'mail.send' AND data->>'to' = $1 AND data->>'subject' LIKE '今週の未読ニュースレター%'`,
        [email],
      );
    const emailOf = async (id: string) =>
      (await api.dataSource.query<{ email: string }[]>('SELECT email FROM people WHERE id = $1', [id]))[0]!.email;

    it('is on by default and can be turned off', async () => {
      const PREFS = `{ newsletterPreferences { weeklyDigest } }`;
      expect(ok(await hrReader.gql<{ newsletterPreferences: { weeklyDigest: boolean } }>(PREFS)).newsletterPreferences.weeklyDigest).toBe(
        true,
      );
      const UPDATE = `mutation($on: Boolean!) { updateNewsletterPreferences(weeklyDigest: $on) { weeklyDigest } }`;
      expect(
        ok(await hrReader.gql<{ updateNewsletterPreferences: { weeklyDigest: boolean } }>(UPDATE, { on: false }))
          .updateNewsletterPreferences.weeklyDigest,
      ).toBe(false);
      expect(ok(await hrReader.gql<{ newsletterPreferences: { weeklyDigest: boolean } }>(PREFS)).newsletterPreferences.weeklyDigest).toBe(
        false,
      );
    });

    it('mails unread editions once a week through the job queue, and no one who opted out or has nothing unread', async () => {
      const hrNews = await newsletterOf(hrEditor, hrId, { nameJa: '人事だより' });
      await publishedEdition(hrEditor, hrNews, { title: '人事からのお知らせ' });
      const jobs = api.app.get(JobQueue);
      const [hrReaderMail, colleagueMail, hrEditorMail] = await Promise.all([
        emailOf(hrReader.id),
        emailOf(eastColleague.id),
        emailOf(hrEditor.id),
      ]);
      // 人事 opened their own edition: nothing unread for them.
      const [own] = await api.dataSource.query<{ id: string }[]>(`SELECT id FROM editions WHERE title = '人事からのお知らせ'`);
      ok(await hrEditor.gql(`mutation($id: ID!) { recordEditionRead(editionId: $id, progress: READ) { recorded } }`, { id: own!.id }));
      await jobs.send('newsletters.weekly-digest', {});
      let mails: { subject: string; text: string }[] = [];
      for (let attempt = 0; attempt < 40 && mails.length === 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        mails = await mailsTo(colleagueMail);
      }
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toMatch(/^今週の未読ニュースレター（\d+ 件）$/);
      expect(mails[0]?.text).toContain('規程改定');
      expect(mails[0]?.text).not.toContain('人事からのお知らせ');
      expect(await mailsTo(hrReaderMail)).toEqual([]);
      expect(await mailsTo(hrEditorMail)).toEqual([]);
      // A second run in the same week sends nothing more.
      await jobs.send('newsletters.weekly-digest', {});
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await mailsTo(colleagueMail)).toHaveLength(1);
    }, 30_000);
  });
});
