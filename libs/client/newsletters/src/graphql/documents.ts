import { graphql } from '@kakehashi/client-platform';

export const NewsletterNameFragment = graphql(`
  fragment NewsletterName on Newsletter {
    id
    nameJa
    nameEn
    canEdit
  }
`);

export const EditionAuthorFragment = graphql(`
  fragment EditionAuthor on Person {
    id
    displayName
    displayNameEn
    displayNameKana
  }
`);

export const EditionReactionsFragment = graphql(`
  fragment EditionReactions on Edition {
    id
    reactions {
      kind
      emoji
      count
      reactedByMe
    }
  }
`);

/** What a feed card and a newsletter's list show of an edition. */
export const EditionCardFragment = graphql(`
  fragment EditionCard on Edition {
    id
    title
    summary
    coverImageUrl
    status
    mustRead
    pinned
    unread
    acknowledgedByMe
    publishedAt
    scheduledAt
    updatedAt
    createdAt
    commentCount
    tags
    author {
      ...EditionAuthor
    }
    newsletter {
      ...NewsletterName
    }
    ...EditionReactions
  }
`);

export const FeedQuery = graphql(`
  query Feed($first: Int!, $after: String, $unreadOnly: Boolean!) {
    feed(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          ...EditionCard
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const EditionDetailFragment = graphql(`
  fragment EditionDetail on Edition {
    ...EditionCard
    bodyHtml
    version
    canEdit
    pinnedUntil
    archivedAt
    acknowledgedAt
    readProgress
    audience {
      kind
      size
      departments {
        id
        nameJa
        nameEn
      }
    }
  }
`);

export const EditionQuery = graphql(`
  query Edition($id: ID!) {
    edition(id: $id) {
      ...EditionDetail
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on EditionComment {
    id
    body
    createdAt
    editedAt
    deleted
    hidden
    hiddenReason
    mine
    parentId
    version
    # Fields inline, not a nested fragment: replies already sit near the api's depth limit.
    author {
      id
      displayName
      displayNameEn
      displayNameKana
    }
    mentions {
      id
      displayName
      displayNameEn
    }
  }
`);

export const EditionCommentsQuery = graphql(`
  query EditionComments($id: ID!, $first: Int!, $after: String) {
    edition(id: $id) {
      id
      commentCount
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...CommentFields
            replyCount
            replies {
              ...CommentFields
            }
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const SetReactionMutation = graphql(`
  mutation SetReaction($editionId: ID!, $kind: ReactionKind!, $on: Boolean!) {
    setReaction(editionId: $editionId, kind: $kind, on: $on) {
      ...EditionReactions
    }
  }
`);

export const EditionReactionsChangedSubscription = graphql(`
  subscription EditionReactionsChanged($editionId: ID!) {
    editionReactionsChanged(editionId: $editionId) {
      editionId
      counts {
        kind
        count
      }
    }
  }
`);

export const RecordEditionReadMutation = graphql(`
  mutation RecordEditionRead($editionId: ID!, $progress: ReadProgress!, $dwellSeconds: Int!) {
    recordEditionRead(editionId: $editionId, progress: $progress, dwellSeconds: $dwellSeconds) {
      editionId
      recorded
      progress
    }
  }
`);

export const AcknowledgeEditionMutation = graphql(`
  mutation AcknowledgeEdition($editionId: ID!) {
    acknowledgeEdition(editionId: $editionId) {
      id
      acknowledgedByMe
      acknowledgedAt
    }
  }
`);

export const PostCommentMutation = graphql(`
  mutation PostComment($input: PostCommentInput!) {
    postComment(input: $input) {
      ...CommentFields
      replyCount
      replies {
        ...CommentFields
      }
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($search: String!) {
    people(search: $search, first: 8) {
      edges {
        node {
          id
          displayName
          displayNameEn
          displayNameKana
          department {
            id
            nameJa
            nameEn
          }
        }
      }
    }
  }
`);

export const NewsletterSummaryFragment = graphql(`
  fragment NewsletterSummary on Newsletter {
    ...NewsletterName
    department {
      id
      nameJa
      nameEn
    }
    descriptionJa
    descriptionEn
    cadence
    companyWide
    followed
  }
`);

export const NewslettersQuery = graphql(`
  query Newsletters($first: Int!, $after: String) {
    newsletters(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...NewsletterSummary
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const NewsletterQuery = graphql(`
  query Newsletter($id: ID!) {
    newsletter(id: $id) {
      ...NewsletterSummary
    }
  }
`);

export const NewsletterEditionsQuery = graphql(`
  query NewsletterEditions($id: ID!, $status: EditionStatus!, $first: Int!, $after: String) {
    newsletter(id: $id) {
      id
      editions(status: $status, first: $first, after: $after) {
        edges {
          cursor
          node {
            ...EditionCard
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const FollowNewsletterMutation = graphql(`
  mutation FollowNewsletter($newsletterId: ID!, $follow: Boolean!) {
    followNewsletter(newsletterId: $newsletterId, follow: $follow) {
      id
      followed
    }
  }
`);

export const CreateNewsletterMutation = graphql(`
  mutation CreateNewsletter($input: CreateNewsletterInput!) {
    createNewsletter(input: $input) {
      ...NewsletterSummary
    }
  }
`);

export const NewsletterPreferencesQuery = graphql(`
  query NewsletterPreferences {
    newsletterPreferences {
      weeklyDigest
    }
  }
`);

export const UpdateNewsletterPreferencesMutation = graphql(`
  mutation UpdateNewsletterPreferences($weeklyDigest: Boolean!) {
    updateNewsletterPreferences(weeklyDigest: $weeklyDigest) {
      weeklyDigest
    }
  }
`);

export const CreateEditionMutation = graphql(`
  mutation CreateEdition($input: CreateEditionInput!) {
    createEdition(input: $input) {
      ...EditionDetail
    }
  }
`);

export const UpdateEditionMutation = graphql(`
  mutation UpdateEdition($input: UpdateEditionInput!) {
    updateEdition(input: $input) {
      ...EditionDetail
    }
  }
`);

export const ScheduleEditionMutation = graphql(`
  mutation ScheduleEdition($input: ScheduleEditionInput!) {
    scheduleEdition(input: $input) {
      ...EditionDetail
    }
  }
`);

export const UnscheduleEditionMutation = graphql(`
  mutation UnscheduleEdition($id: ID!) {
    unscheduleEdition(id: $id) {
      ...EditionDetail
    }
  }
`);

export const PublishEditionMutation = graphql(`
  mutation PublishEdition($id: ID!) {
    publishEdition(id: $id) {
      ...EditionDetail
    }
  }
`);

export const ArchiveEditionMutation = graphql(`
  mutation ArchiveEdition($id: ID!) {
    archiveEdition(id: $id) {
      ...EditionDetail
    }
  }
`);

/** A department's row of a breakdown chart (an edition's, or a newsletter's over a range). */
export const DepartmentEngagementRowFragment = graphql(`
  fragment DepartmentEngagementRow on DepartmentEngagement {
    audienceSize
    openers
    readers
    reach
    readRate
    department {
      id
      nameJa
      nameEn
    }
  }
`);

export const EditionEngagementFragment = graphql(`
  fragment EditionEngagement on EditionAnalytics {
    editionId
    mustRead
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
      ...DepartmentEngagementRow
    }
  }
`);

export const EditionAnalyticsQuery = graphql(`
  query EditionAnalytics($editionId: ID!) {
    editionAnalytics(editionId: $editionId) {
      ...EditionEngagement
    }
  }
`);

export const EditionAcknowledgementsQuery = graphql(`
  query EditionAcknowledgements($editionId: ID!, $acknowledged: Boolean!, $first: Int!, $after: String) {
    editionAcknowledgements(editionId: $editionId, acknowledged: $acknowledged, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        acknowledgedAt
        node {
          id
          displayName
          displayNameEn
        }
        department {
          id
          nameJa
          nameEn
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SendMustReadReminderMutation = graphql(`
  mutation SendMustReadReminder($editionId: ID!) {
    sendMustReadReminder(editionId: $editionId) {
      notified
      nextAllowedAt
    }
  }
`);

export const NewsletterAnalyticsQuery = graphql(`
  query NewsletterAnalytics($newsletterId: ID!, $from: DateTime!, $to: DateTime!) {
    newsletterAnalytics(newsletterId: $newsletterId, from: $from, to: $to) {
      newsletterId
      editions {
        editionId
        title
        publishedAt
        mustRead
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
      }
      weeks {
        weekStart
        editions
        audienceSize
        openers
        readers
        reactors
        comments
        acknowledgements
        reach
        readRate
        reactionRate
      }
      byDepartment {
        ...DepartmentEngagementRow
      }
    }
  }
`);

export const EditionReactorsQuery = graphql(`
  query EditionReactors($id: ID!, $kind: ReactionKind!, $first: Int!, $after: String) {
    edition(id: $id) {
      id
      reactors(kind: $kind, first: $first, after: $after) {
        edges {
          cursor
          reactedAt
          node {
            id
            displayName
            displayNameEn
            displayNameKana
            department {
              id
              nameJa
              nameEn
            }
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

/** Editors only: the server refuses `versions` to readers, so it never rides on the edition query. */
export const EditionVersionsQuery = graphql(`
  query EditionVersions($id: ID!) {
    edition(id: $id) {
      id
      versions {
        version
        title
        summary
        coverImageUrl
        bodyHtml
        tags
        replacedAt
        replacedBy {
          id
          displayName
          displayNameEn
        }
      }
    }
  }
`);
