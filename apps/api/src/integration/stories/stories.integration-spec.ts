// Success stories through /graphql: the template, review and publication, who may see and edit
// what, verification, helpful votes, bookmarks and views, bad input and sanitizing.
import { Role, STORY_TITLE_MAX_LENGTH } from '@kakehashi/shared-contracts';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { StorySimilarity, StoryVerificationReminder } from '@kakehashi/server-stories';
import {
  type Actor,
  actor,
  CREATE_STORY,
  createDepartment,
  createPerson,
  draftStory,
  errorCode,
  errorFields,
  ok,
  publishedStory,
  REVIEW_STORY,
  STORY,
  type StoryData,
  storyInput,
  startStoriesApp,
  SUBMIT_STORY,
  UPDATE_STORY,
} from './stories-test-kit';

const MARK = /* GraphQL */ `
  mutation Mark($id: ID!, $on: Boolean!) {
    setStoryHelpful(id: $id, helpful: $on) {
      id
      helpfulCount
      helpfulByMe
    }
  }
`;

const BOOKMARK = /* GraphQL */ `
  mutation Bookmark($id: ID!, $on: Boolean!) {
    setStoryBookmarked(id: $id, bookmarked: $on) {
      id
      bookmarkCount
      bookmarkedByMe
    }
  }
`;

const VIEW = /* GraphQL */ `
  mutation View($id: ID!) {
    recordStoryView(id: $id)
  }
`;

const VERIFY = /* GraphQL */ `
  mutation Verify($id: ID!) {
    verifyStory(id: $id) {
      id
      verification {
        state
        verifiedAt
        dueAt
        verifiedBy {
          id
        }
      }
    }
  }
`;

const MY_STORIES = /* GraphQL */ `
  query Mine($scope: MyStoriesScope!) {
    myStories(scope: $scope, first: 20) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`;

const NOTIFICATIONS = /* GraphQL */ `
  query Notifications {
    myNotifications(first: 20) {
      edges {
        node {
          kind
          link
        }
      }
    }
  }
`;

describe('success stories', () => {
  let api: TestApp;
  let sales: string;
  let author: Actor;
  let coAuthor: Actor;
  let reviewer: Actor;
  let reader: Actor;
  let editor: Actor;
  let otherEditor: Actor;
  let admin: Actor;

  beforeAll(async () => {
    api = await startStoriesApp();
    sales = await createDepartment(api, '営業部');
    const product = await createDepartment(api, 'プロダクト部');
    author = await actor(api, await createPerson(api, { departmentId: sales, name: '営業 花子' }));
    coAuthor = await actor(api, await createPerson(api, { departmentId: sales }));
    reviewer = await actor(api, await createPerson(api, { departmentId: product, name: 'レビュー 太郎' }));
    reader = await actor(api, await createPerson(api, { departmentId: product }));
    editor = await actor(api, await createPerson(api, { departmentId: sales, roles: [Role.HUB_EDITOR] }));
    otherEditor = await actor(api, await createPerson(api, { departmentId: product, roles: [Role.HUB_EDITOR] }));
    admin = await actor(api, await createPerson(api, { departmentId: product, roles: [Role.HUB_ADMIN] }));
  });

  afterAll(() => api?.close());

  const read = async (who: Actor, id: string) => who.gql<{ story: StoryData }>(STORY, { id });

  it('takes a story from draft through review to published, verified by the reviewer', async () => {
    const draft = await draftStory(author, { departmentIds: [sales], coAuthorIds: [coAuthor.id] });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      canEdit: true,
      verification: null,
      author: { id: author.id },
      owner: { id: author.id },
    });

    const submitted = ok(
      await coAuthor.gql<{ submitStory: StoryData }>(SUBMIT_STORY, { input: { id: draft.id, reviewerId: reviewer.id } }),
    );
    expect(submitted.submitStory).toMatchObject({ status: 'IN_REVIEW', reviewer: { id: reviewer.id }, verifier: { id: reviewer.id } });

    // The reviewer is told, and finds it waiting.
    const notified = ok(await reviewer.gql<{ myNotifications: { edges: { node: { kind: string; link: string } }[] } }>(NOTIFICATIONS));
    expect(notified.myNotifications.edges.map((edge) => edge.node)).toContainEqual({
      kind: 'story.reviewRequested',
      link: `/stories/${draft.id}`,
    });
    const waiting = ok(await reviewer.gql<{ myStories: { edges: { node: { id: string } }[] } }>(MY_STORIES, { scope: 'REVIEWING' }));
    expect(waiting.myStories.edges.map((edge) => edge.node.id)).toContain(draft.id);

    // Changes asked for need a comment; then it is a draft again.
    const noComment = await reviewer.gql(REVIEW_STORY, { input: { id: draft.id, decision: 'CHANGES_REQUESTED' } });
    expect(errorFields(noComment)).toEqual(['comment']);
    const sentBack = ok(
      await reviewer.gql<{ reviewStory: StoryData & { reviews: { decision: string; comment: string }[] } }>(REVIEW_STORY, {
        input: { id: draft.id, decision: 'CHANGES_REQUESTED', comment: '成果の数値の期間を書いてください。' },
      }),
    );
    expect(sentBack.reviewStory.status).toBe('DRAFT');
    expect(sentBack.reviewStory.reviews[0]).toMatchObject({ decision: 'CHANGES_REQUESTED', comment: '成果の数値の期間を書いてください。' });

    ok(await author.gql(SUBMIT_STORY, { input: { id: draft.id, reviewerId: reviewer.id } }));
    const approved = ok(await reviewer.gql<{ reviewStory: StoryData }>(REVIEW_STORY, { input: { id: draft.id, decision: 'APPROVED' } }));
    expect(approved.reviewStory).toMatchObject({
      status: 'PUBLISHED',
      verification: { state: 'VERIFIED', verifiedBy: { id: reviewer.id } },
    });
    const due = new Date(approved.reviewStory.verification!.dueAt!).getTime();
    expect(Math.round((due - Date.now()) / 86_400_000)).toBe(180);

    // Now everyone sees it; the reviewer may not approve twice.
    expect(ok(await read(reader, draft.id)).story.status).toBe('PUBLISHED');
    expect(errorCode(await reviewer.gql(REVIEW_STORY, { input: { id: draft.id, decision: 'APPROVED' } }))).toBe('CONFLICT');
  });

  it('shows drafts only to their authors and reviewer, and lets only them edit it', async () => {
    const draft = await draftStory(author, { coAuthorIds: [coAuthor.id] });
    for (const outsider of [reader, editor, admin]) {
      expect(errorCode(await read(outsider, draft.id))).toBe('NOT_FOUND');
      const edit = await outsider.gql(UPDATE_STORY, { input: { id: draft.id, version: draft.version, title: '乗っ取り' } });
      expect(errorCode(edit)).toBe('NOT_FOUND');
    }
    expect(ok(await read(coAuthor, draft.id)).story.canEdit).toBe(true);
    ok(await author.gql(SUBMIT_STORY, { input: { id: draft.id, reviewerId: reviewer.id } }));
    const asReviewer = ok(await read(reviewer, draft.id)).story;
    expect(asReviewer).toMatchObject({ status: 'IN_REVIEW', canReview: true, canEdit: false });
    expect(errorCode(await reviewer.gql(UPDATE_STORY, { input: { id: draft.id, version: asReviewer.version, title: 'x' } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('lets the owner, editors of a department involved and admins edit a published story, keeping versions', async () => {
    const story = await publishedStory(author, reviewer, { departmentIds: [sales] });
    let version = story.version;
    for (const allowed of [author, editor, admin]) {
      const result = ok(
        await allowed.gql<{ updateStory: StoryData & { versions: { version: number; replacedBy: { id: string } }[] } }>(UPDATE_STORY, {
          input: { id: story.id, version, title: `改訂 ${allowed.id.slice(0, 4)}` },
        }),
      );
      expect(result.updateStory.versions[0]).toMatchObject({ version, replacedBy: { id: allowed.id } });
      version = result.updateStory.version;
    }
    for (const denied of [reader, otherEditor, coAuthor, reviewer]) {
      const result = await denied.gql(UPDATE_STORY, { input: { id: story.id, version, title: '不正な編集' } });
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    // A stale version is a conflict, not an overwrite.
    const stale = await author.gql(UPDATE_STORY, { input: { id: story.id, version: version - 1, title: '古い版' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    // The template stays filled in once published.
    const emptied = await author.gql(UPDATE_STORY, { input: { id: story.id, version, challengeHtml: '<p> </p>' } });
    expect(errorFields(emptied)).toEqual(['challengeHtml']);
    expect(ok(await read(reader, story.id)).story.title).toMatch(/^改訂/);
  });

  it('refuses to submit an unfinished template, naming every empty section', async () => {
    const draft = ok(
      await author.gql<{ createStory: StoryData }>(CREATE_STORY, {
        input: { title: '書きかけ', customer: { accountName: '' }, challengeHtml: '<p>課題だけ</p>' },
      }),
    ).createStory;
    const result = await author.gql(SUBMIT_STORY, { input: { id: draft.id, reviewerId: reviewer.id } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorFields(result)).toEqual(['customer.accountName', 'customer.industry', 'solutionHtml', 'resultHtml']);
    expect(ok(await read(author, draft.id)).story.status).toBe('DRAFT');
    // Nor to oneself, nor to someone inactive.
    const full = await draftStory(author);
    expect(errorFields(await author.gql(SUBMIT_STORY, { input: { id: full.id, reviewerId: author.id } }))).toEqual(['reviewerId']);
    const gone = await createPerson(api, { departmentId: sales, active: false });
    expect(errorFields(await author.gql(SUBMIT_STORY, { input: { id: full.id, reviewerId: gone } }))).toEqual(['reviewerId']);
  });

  it('names oversize and malformed fields, and stores nothing', async () => {
    const before = await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM stories');
    const result = await author.gql(CREATE_STORY, {
      input: storyInput({
        title: 'あ'.repeat(STORY_TITLE_MAX_LENGTH + 1),
        tags: Array.from({ length: 11 }, (_, index) => `タグ${index}`),
        outcomes: [{ label: '解約率', before: '8%', after: '3', unit: '%' }],
        challengeHtml: `<p>${'x'.repeat(101 * 1024)}</p>`,
        verifyIntervalDays: 1,
      }),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorFields(result).sort()).toEqual(expect.arrayContaining(['title', 'tags', 'verifyIntervalDays']));
    const bigSection = await author.gql(CREATE_STORY, { input: storyInput({ challengeHtml: `<p>${'x'.repeat(101 * 1024)}</p>` }) });
    expect(errorFields(bigSection)).toEqual(['challengeHtml']);
    const badNumber = await author.gql(CREATE_STORY, { input: storyInput({ outcomes: [{ label: '解約率', before: '8%', unit: '%' }] }) });
    expect(errorFields(badNumber)[0]).toMatch(/outcomes\.0\.before|before/);
    const after = await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM stories');
    expect(after[0]!.count).toBe(before[0]!.count);
  });

  it('sanitizes script payloads in every section', async () => {
    const payloads = [
      '<p>ok</p><script>alert(1)</script>',
      '<img src="/uploads/a.png" onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<svg><script>alert(1)</script></svg><p>after</p>',
    ];
    const story = await draftStory(author, { challengeHtml: payloads.join(''), solutionHtml: payloads[2], resultHtml: payloads[3] });
    const stored = await api.dataSource.query<{ all: string }[]>(
      'SELECT challenge_html || solution_html || result_html AS all FROM stories WHERE id = $1',
      [story.id],
    );
    expect(stored[0]!.all).not.toMatch(/script|onerror|javascript:|<svg/i);
    expect(stored[0]!.all).toContain('<p>ok</p>');
  });

  it('counts helpful votes, bookmarks and unique viewers once per person, whatever the retries', async () => {
    const story = await publishedStory(author, reviewer);
    await Promise.all([reader.gql(MARK, { id: story.id, on: true }), reader.gql(MARK, { id: story.id, on: true })]);
    const marked = ok(await reader.gql<{ setStoryHelpful: StoryData }>(MARK, { id: story.id, on: true })).setStoryHelpful;
    expect(marked).toMatchObject({ helpfulCount: 1, helpfulByMe: true });
    expect(ok(await author.gql<{ setStoryHelpful: StoryData }>(MARK, { id: story.id, on: true })).setStoryHelpful.helpfulCount).toBe(2);
    expect(ok(await reader.gql<{ setStoryHelpful: StoryData }>(MARK, { id: story.id, on: false })).setStoryHelpful).toMatchObject({
      helpfulCount: 1,
      helpfulByMe: false,
    });
    expect(ok(await reader.gql<{ setStoryBookmarked: StoryData }>(BOOKMARK, { id: story.id, on: true })).setStoryBookmarked).toMatchObject({
      bookmarkCount: 1,
      bookmarkedByMe: true,
    });
    const bookmarks = ok(await reader.gql<{ myStories: { edges: { node: { id: string } }[] } }>(MY_STORIES, { scope: 'BOOKMARKED' }));
    expect(bookmarks.myStories.edges.map((edge) => edge.node.id)).toContain(story.id);

    const views = await Promise.all([
      reader.gql<{ recordStoryView: boolean }>(VIEW, { id: story.id }),
      reader.gql<{ recordStoryView: boolean }>(VIEW, { id: story.id }),
    ]);
    // Two at once: exactly one of them was the first view.
    expect(views.map((view) => ok(view).recordStoryView).sort()).toEqual([false, true]);
    ok(await author.gql(VIEW, { id: story.id }));
    expect(ok(await read(reader, story.id)).story.viewCount).toBe(2);

    // Votes on drafts are refused; a view of a draft counts nothing.
    const draft = await draftStory(author);
    expect(errorCode(await author.gql(MARK, { id: draft.id, on: true }))).toBe('CONFLICT');
    expect(ok(await author.gql<{ recordStoryView: boolean }>(VIEW, { id: draft.id })).recordStoryView).toBe(false);
  });

  it('lets the verifier, owner or an admin verify, and reminds owners of stale stories once', async () => {
    const story = await publishedStory(author, reviewer);
    expect(errorCode(await reader.gql(VERIFY, { id: story.id }))).toBe('FORBIDDEN');
    // Lapsed: its verification was 200 days ago.
    await api.dataSource.query(
      "UPDATE stories SET verified_at = now() - interval '200 days', verify_due_at = now() - interval '20 days' WHERE id = $1",
      [story.id],
    );
    expect(ok(await read(reader, story.id)).story.verification).toMatchObject({ state: 'STALE' });
    const reminder = api.app.get(StoryVerificationReminder);
    expect(await reminder.remindDue()).toBeGreaterThanOrEqual(1);
    expect(await reminder.remindDue()).toBe(0);
    const inbox = ok(await author.gql<{ myNotifications: { edges: { node: { kind: string; link: string } }[] } }>(NOTIFICATIONS));
    expect(
      inbox.myNotifications.edges.filter((edge) => edge.node.kind === 'story.verificationDue' && edge.node.link === `/stories/${story.id}`),
    ).toHaveLength(1);

    const verified = ok(await reviewer.gql<{ verifyStory: StoryData }>(VERIFY, { id: story.id })).verifyStory;
    expect(verified.verification).toMatchObject({ state: 'VERIFIED', verifiedBy: { id: reviewer.id } });
    ok(await admin.gql(VERIFY, { id: story.id }));
  });

  it('shows the similar stories computed for it: same industry, shared products and tags first', async () => {
    const base = {
      customer: { accountName: '北陸物流株式会社', industry: 'LOGISTICS' },
      products: ['StockSense 在庫分析'],
      tags: ['在庫'],
    };
    const story = await publishedStory(author, reviewer, base);
    const close = await publishedStory(author, reviewer, base);
    const sameIndustry = await publishedStory(author, reviewer, { customer: { accountName: '港湾運輸', industry: 'LOGISTICS' } });
    const unrelated = await publishedStory(author, reviewer, {
      customer: { accountName: '市役所', industry: 'PUBLIC_SECTOR' },
      products: ['SignPort 電子契約'],
      tags: ['自治体'],
    });
    const archived = await publishedStory(author, reviewer, base);
    await api.app.get(StorySimilarity).refresh([story.id]);
    ok(await author.gql(ARCHIVE, { id: archived.id }));
    const similar = ok(await reader.gql<{ story: { similar: { id: string }[] } }>(SIMILAR, { id: story.id })).story.similar.map(
      (found) => found.id,
    );
    expect(similar[0]).toBe(close.id);
    expect(similar).toContain(sameIndustry.id);
    expect(similar).not.toContain(unrelated.id);
    expect(similar).not.toContain(archived.id);
    expect(similar).not.toContain(story.id);
  });
});

const SIMILAR = /* GraphQL */ `
  query Similar($id: ID!) {
    story(id: $id) {
      similar {
        id
      }
    }
  }
`;

const ARCHIVE = /* GraphQL */ `
  mutation Archive($id: ID!) {
    archiveStory(id: $id) {
      id
      status
    }
  }
`;
