import { graphql } from '@kakehashi/client-platform';

export const VoicePersonFragment = graphql(`
  fragment VoicePerson on Person {
    id
    displayName
    displayNameEn
    displayNameKana
  }
`);

export const VoiceProductAreaFragment = graphql(`
  fragment VoiceProductArea on ProductArea {
    id
    key
    nameJa
    nameEn
    active
    sortOrder
  }
`);

/** What a list row (inbox, my tickets, top requested) shows of a ticket. */
export const TicketRowFragment = graphql(`
  fragment TicketRow on Ticket {
    id
    code
    number
    status
    summary
    category
    impact
    theme
    customerCount
    revenueAtStake
    voiceCount
    segments
    filedAt
    statusChangedAt
    updatedAt
    triageDueAt
    triageOverdue
    productArea {
      ...VoiceProductArea
    }
    owner {
      ...VoicePerson
    }
  }
`);

export const TicketRefFieldsFragment = graphql(`
  fragment TicketRefFields on TicketRef {
    id
    code
    number
    status
    summary
  }
`);

export const TicketActivityFieldsFragment = graphql(`
  fragment TicketActivityFields on TicketActivity {
    id
    kind
    createdAt
    body
    internal
    fromStatus
    toStatus
    actor {
      ...VoicePerson
    }
    otherTicket {
      ...TicketRefFields
    }
  }
`);

/** Everything the ticket page shows. */
export const TicketDetailFragment = graphql(`
  fragment TicketDetail on Ticket {
    ...TicketRow
    version
    canEdit
    canTriage
    following
    declineReason
    firstTriagedAt
    filer {
      ...VoicePerson
    }
    mergedInto {
      ...TicketRefFields
    }
    mergedFrom {
      ...TicketRefFields
    }
    linkedGoals {
      id
      code
      title
      titleEn
      status
    }
    linkedStories {
      id
      title
      titleEn
      accountName
    }
    voices {
      id
      accountName
      segment
      annualContractValue
      contactRole
      channel
      externalReference
      verbatim
      createdAt
      filer {
        ...VoicePerson
      }
      mergedFrom {
        ...TicketRefFields
      }
    }
    timeline {
      ...TicketActivityFields
    }
  }
`);

export const VoiceSettingsQuery = graphql(`
  query VoiceSettings {
    voiceSettings {
      canTriage
      triageTargetDays
    }
  }
`);

export const VoiceProductAreasQuery = graphql(`
  query VoiceProductAreas {
    productAreas {
      ...VoiceProductArea
    }
  }
`);

export const SimilarTicketsQuery = graphql(`
  query SimilarTickets($text: String!, $first: Int!) {
    similarTickets(text: $text, first: $first) {
      summaryHighlight {
        text
        match
      }
      ticket {
        id
        code
        status
        summary
        customerCount
        voiceCount
        productArea {
          ...VoiceProductArea
        }
      }
    }
  }
`);

export const MyTicketsQuery = graphql(`
  query MyTickets($after: String, $first: Int!) {
    myTickets(after: $after, first: $first) {
      nodes {
        ...TicketRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const InboxTicketsQuery = graphql(`
  query InboxTickets($filter: TicketFilterInput, $sort: TicketSort!, $after: String, $first: Int!) {
    tickets(filter: $filter, sort: $sort, after: $after, first: $first) {
      nodes {
        ...TicketRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TicketStatusCountsQuery = graphql(`
  query TicketStatusCounts($filter: TicketFilterInput) {
    ticketStatusCounts(filter: $filter) {
      status
      count
    }
  }
`);

export const TicketQuery = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketDetail
    }
    voiceSettings {
      canTriage
      triageTargetDays
    }
  }
`);

/** A ticket to merge into, found by its id or address. */
export const MergeCandidateQuery = graphql(`
  query MergeCandidate($id: ID!) {
    ticket(id: $id) {
      ...TicketRow
    }
  }
`);

export const VoiceInsightsQuery = graphql(`
  query VoiceInsights($months: Int!, $productAreaId: ID) {
    voiceInsights(months: $months, productAreaId: $productAreaId) {
      months
      volume {
        month
        tickets
        voices
        productArea {
          ...VoiceProductArea
        }
      }
      themes {
        theme
        tickets
        voices
        customers
        revenueAtStake
        productArea {
          ...VoiceProductArea
        }
      }
      areas {
        openTickets
        customers
        revenueAtStake
        productArea {
          ...VoiceProductArea
        }
      }
      triageTimes {
        targetDays
        triaged
        withinTarget
        overdue
        waiting
        medianDays
        buckets {
          fromDays
          toDays
          tickets
        }
      }
      topRequested {
        ...TicketRow
      }
    }
  }
`);

export const FileTicketMutation = graphql(`
  mutation FileTicket($input: FileTicketInput!) {
    fileTicket(input: $input) {
      ...TicketRow
    }
  }
`);

export const AddVoiceToTicketMutation = graphql(`
  mutation AddVoiceToTicket($input: AddVoiceInput!) {
    addVoiceToTicket(input: $input) {
      ...TicketRow
    }
  }
`);

export const UpdateTicketMutation = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      ...TicketDetail
    }
  }
`);

export const TriageTicketMutation = graphql(`
  mutation TriageTicket($input: TriageTicketInput!) {
    triageTicket(input: $input) {
      ...TicketDetail
    }
  }
`);

export const BulkTriageTicketsMutation = graphql(`
  mutation BulkTriageTickets($input: BulkTriageInput!) {
    bulkTriageTickets(input: $input) {
      ...TicketRow
    }
  }
`);

export const MergeTicketMutation = graphql(`
  mutation MergeTicket($input: MergeTicketInput!) {
    mergeTicket(input: $input) {
      ...TicketDetail
    }
  }
`);

export const CommentOnTicketMutation = graphql(`
  mutation CommentOnTicket($input: CommentOnTicketInput!) {
    commentOnTicket(input: $input) {
      ...TicketActivityFields
    }
  }
`);

/** Goals a ticket can be linked to: the current board's (every company goal of this fiscal year and quarter). */
export const LinkableGoalsQuery = graphql(`
  query LinkableGoals {
    goalBoard {
      groups {
        rows {
          goal {
            id
            code
            title
            titleEn
            status
          }
        }
      }
    }
  }
`);

/** Published success stories a ticket can be linked to, by search. */
export const LinkableStoriesQuery = graphql(`
  query LinkableStories($search: String!) {
    stories(search: $search, first: 10) {
      hits {
        story {
          id
          title
          titleEn
          customer {
            accountName
          }
        }
      }
    }
  }
`);

export const LinkTicketMutation = graphql(`
  mutation LinkTicket($input: TriageTicketInput!) {
    triageTicket(input: $input) {
      ...TicketDetail
    }
  }
`);
