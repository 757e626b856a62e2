import { graphql } from '@kakehashi/client-platform';

export const StoryPersonFragment = graphql(`
  fragment StoryPerson on Person {
    id
    displayName
    displayNameEn
    displayNameKana
  }
`);

export const StoryOutcomeFieldsFragment = graphql(`
  fragment StoryOutcomeFields on StoryOutcome {
    label
    before
    after
    unit
    period
  }
`);

/** What a result card and a "my stories" row show of a story. */
export const StoryCardFragment = graphql(`
  fragment StoryCard on Story {
    id
    title
    titleEn
    status
    publishedAt
    updatedAt
    helpfulCount
    customer {
      accountName
      industry
    }
    outcomes {
      ...StoryOutcomeFields
    }
    verification {
      state
    }
  }
`);

export const StoryMarksFragment = graphql(`
  fragment StoryMarks on Story {
    id
    helpfulCount
    helpfulByMe
    bookmarkCount
    bookmarkedByMe
  }
`);

export const StoriesSearchQuery = graphql(`
  query StoriesSearch($search: String, $filter: StoryFilterInput, $sort: StorySort, $first: Int!, $after: String) {
    stories(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      corrections {
        word
        similar
      }
      facets {
        withOutcomes
        industries {
          value
          count
        }
        departments {
          count
          department {
            id
            nameJa
            nameEn
          }
        }
        products {
          value
          count
        }
        tags {
          value
          count
        }
        verification {
          value
          count
        }
      }
      hits {
        cursor
        titleHighlight {
          text
          match
        }
        snippet {
          text
          match
        }
        story {
          ...StoryCard
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const MyStoriesQuery = graphql(`
  query MyStories($scope: MyStoriesScope!, $first: Int!, $after: String) {
    myStories(scope: $scope, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...StoryCard
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/**
 * Everything the story page and the form need of one story. Written inline rather than as a
 * fragment: every document lands in the app's entry chunk, and a fragment would be one more.
 */
export const StoryQuery = graphql(`
  query Story($id: ID!) {
    story(id: $id) {
      ...StoryCard
      ...StoryMarks
      language
      version
      contentUpdatedAt
      viewCount
      canEdit
      canManage
      canReview
      canVerify
      challengeHtml
      solutionHtml
      resultHtml
      products
      tags
      verifyIntervalDays
      customer {
        accountName
        industry
        companySize
        region
      }
      quote {
        text
        attribution
      }
      verification {
        state
        intervalDays
        verifiedAt
        dueAt
        verifiedBy {
          ...StoryPerson
        }
      }
      departments {
        id
        nameJa
        nameEn
      }
      people {
        ...StoryPerson
      }
      coAuthors {
        ...StoryPerson
      }
      author {
        ...StoryPerson
      }
      verifier {
        ...StoryPerson
      }
      reviewer {
        ...StoryPerson
      }
      reviews {
        id
        decision
        comment
        createdAt
        reviewer {
          ...StoryPerson
        }
      }
    }
  }
`);

/** Published stories like this one: loaded apart, after the story itself. */
export const SimilarStoriesQuery = graphql(`
  query SimilarStories($id: ID!) {
    story(id: $id) {
      id
      similar {
        ...StoryCard
      }
    }
  }
`);

/** Authors and managers only (the server answers others with an empty list). */
export const StoryVersionsQuery = graphql(`
  query StoryVersions($id: ID!) {
    story(id: $id) {
      id
      versions {
        version
        title
        challengeHtml
        solutionHtml
        resultHtml
        replacedAt
        outcomes {
          ...StoryOutcomeFields
        }
        replacedBy {
          ...StoryPerson
        }
      }
    }
  }
`);

// Mutations answer with little: every document lands in the app's entry chunk (the platform's
// graphql() map), and the story page's query, asked again after a workflow step, carries the rest.

/** What the form needs back after a save: the new version (for the next save's conflict check). */
export const StorySavedFragment = graphql(`
  fragment StorySaved on Story {
    id
    version
    status
    canEdit
    updatedAt
  }
`);

export const CreateStoryMutation = graphql(`
  mutation CreateStory($input: CreateStoryInput!) {
    createStory(input: $input) {
      ...StorySaved
    }
  }
`);

export const UpdateStoryMutation = graphql(`
  mutation UpdateStory($input: UpdateStoryInput!) {
    updateStory(input: $input) {
      ...StorySaved
    }
  }
`);

export const SubmitStoryMutation = graphql(`
  mutation SubmitStory($input: SubmitStoryInput!) {
    submitStory(input: $input) {
      ...StorySaved
    }
  }
`);

export const ReviewStoryMutation = graphql(`
  mutation ReviewStory($input: ReviewStoryInput!) {
    reviewStory(input: $input) {
      ...StorySaved
    }
  }
`);

export const VerifyStoryMutation = graphql(`
  mutation VerifyStory($id: ID!) {
    verifyStory(id: $id) {
      ...StorySaved
    }
  }
`);

export const ArchiveStoryMutation = graphql(`
  mutation ArchiveStory($id: ID!) {
    archiveStory(id: $id) {
      ...StorySaved
    }
  }
`);

export const RestoreStoryMutation = graphql(`
  mutation RestoreStory($id: ID!) {
    restoreStory(id: $id) {
      ...StorySaved
    }
  }
`);

export const SetStoryHelpfulMutation = graphql(`
  mutation SetStoryHelpful($id: ID!, $helpful: Boolean!) {
    setStoryHelpful(id: $id, helpful: $helpful) {
      ...StoryMarks
    }
  }
`);

export const SetStoryBookmarkedMutation = graphql(`
  mutation SetStoryBookmarked($id: ID!, $bookmarked: Boolean!) {
    setStoryBookmarked(id: $id, bookmarked: $bookmarked) {
      ...StoryMarks
    }
  }
`);

export const RecordStoryViewMutation = graphql(`
  mutation RecordStoryView($id: ID!) {
    recordStoryView(id: $id)
  }
`);
