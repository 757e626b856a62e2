// Shared set-up of the stories specs: the api with the directory behind the PersonDirectoryPort,
// and a factory that takes a story from draft to published through the real mutations.
import { DIRECTORY_ENTITIES, DirectoryModule } from '@kakehashi/server-directory';
import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { STORIES_ENTITIES, StoriesModule } from '@kakehashi/server-stories';
import { type Actor, nextSequence, ok } from '../test-kit';

export { actor, type Actor, createDepartment, createPerson, errorCode, errorFields, ok } from '../test-kit';

export function startStoriesApp(env?: Record<string, string>): Promise<TestApp> {
  return startTestApp({
    imports: [DirectoryModule, StoriesModule],
    entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES, ...STORIES_ENTITIES],
    env,
  });
}

export const STORY_FIELDS = /* GraphQL */ `
  fragment StoryFields on Story {
    id
    status
    language
    title
    titleEn
    customer {
      accountName
      industry
      companySize
      region
    }
    departments {
      id
    }
    products
    tags
    challengeHtml
    solutionHtml
    resultHtml
    outcomes {
      label
      before
      after
      unit
      period
    }
    quote {
      text
      attribution
    }
    verifyIntervalDays
    verification {
      state
      verifiedAt
      dueAt
      verifiedBy {
        id
      }
    }
    publishedAt
    version
    helpfulCount
    bookmarkCount
    viewCount
    helpfulByMe
    bookmarkedByMe
    canEdit
    canManage
    canReview
    canVerify
    author {
      id
    }
    owner {
      id
    }
    reviewer {
      id
    }
    verifier {
      id
    }
  }
`;

export const CREATE_STORY = /* GraphQL */ `
  ${STORY_FIELDS}
  mutation CreateStory($input: CreateStoryInput!) {
    createStory(input: $input) {
      ...StoryFields
    }
  }
`;

export const UPDATE_STORY = /* GraphQL */ `
  ${STORY_FIELDS}
  mutation UpdateStory($input: UpdateStoryInput!) {
    updateStory(input: $input) {
      ...StoryFields
      versions {
        version
        title
        replacedBy {
          id
        }
      }
    }
  }
`;

export const SUBMIT_STORY = /* GraphQL */ `
  ${STORY_FIELDS}
  mutation SubmitStory($input: SubmitStoryInput!) {
    submitStory(input: $input) {
      ...StoryFields
    }
  }
`;

export const REVIEW_STORY = /* GraphQL */ `
  ${STORY_FIELDS}
  mutation ReviewStory($input: ReviewStoryInput!) {
    reviewStory(input: $input) {
      ...StoryFields
      reviews {
        decision
        comment
        reviewer {
          id
        }
      }
    }
  }
`;

export const STORY = /* GraphQL */ `
  ${STORY_FIELDS}
  query Story($id: ID!) {
    story(id: $id) {
      ...StoryFields
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query Stories($search: String, $filter: StoryFilterInput, $sort: StorySort, $first: Int, $after: String) {
    stories(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      hits {
        cursor
        relevance
        story {
          id
          title
        }
        titleHighlight {
          text
          match
        }
        snippet {
          text
          match
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        industries {
          value
          count
        }
        departments {
          department {
            id
          }
          count
        }
        products {
          value
          count
        }
        tags {
          value
          count
        }
        withOutcomes
        verification {
          value
          count
        }
      }
      corrections {
        word
        similar
      }
    }
  }
`;

export interface StoryData {
  id: string;
  status: string;
  title: string;
  version: number;
  helpfulCount: number;
  bookmarkCount: number;
  viewCount: number;
  helpfulByMe: boolean;
  bookmarkedByMe: boolean;
  canEdit: boolean;
  canManage: boolean;
  canReview: boolean;
  canVerify: boolean;
  verification: { state: string; verifiedAt: string | null; dueAt: string | null; verifiedBy: { id: string } | null } | null;
  [field: string]: unknown;
}

export interface SearchData {
  stories: {
    totalCount: number;
    hits: {
      cursor: string;
      relevance: number | null;
      story: { id: string; title: string };
      titleHighlight: { text: string; match: boolean }[];
      snippet: { text: string; match: boolean }[];
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: {
      industries: { value: string; count: number }[];
      departments: { department: { id: string }; count: number }[];
      products: { value: string; count: number }[];
      tags: { value: string; count: number }[];
      withOutcomes: number;
      verification: { value: string; count: number }[];
    };
    corrections: { word: string; similar: string[] }[];
  };
}

/** A filled-in template (what submitting needs), with the fields given. */
export function storyInput(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: `成功事例 ${nextSequence()}`,
    customer: { accountName: '株式会社テスト精機', industry: 'MANUFACTURING', companySize: 'MEDIUM', region: 'KANTO' },
    challengeHtml: '<p>紙の帳票で月40時間かかっていました。</p>',
    solutionHtml: '<p>FormFlow を導入しました。</p>',
    resultHtml: '<p>帳票作成が月5時間になりました。</p>',
    outcomes: [{ label: '帳票作成時間', before: '40', after: '5', unit: '時間/月', period: '導入後3か月' }],
    tags: ['ペーパーレス'],
    products: ['FormFlow 帳票クラウド'],
    ...fields,
  };
}

export async function draftStory(author: Actor, fields: Record<string, unknown> = {}): Promise<StoryData> {
  return ok(await author.gql<{ createStory: StoryData }>(CREATE_STORY, { input: storyInput(fields) })).createStory;
}

/** Drafted by the author, submitted to the reviewer and approved: published. */
export async function publishedStory(author: Actor, reviewer: Actor, fields: Record<string, unknown> = {}): Promise<StoryData> {
  const draft = await draftStory(author, fields);
  ok(await author.gql(SUBMIT_STORY, { input: { id: draft.id, reviewerId: reviewer.id } }));
  return ok(await reviewer.gql<{ reviewStory: StoryData }>(REVIEW_STORY, { input: { id: draft.id, decision: 'APPROVED' } })).reviewStory;
}
