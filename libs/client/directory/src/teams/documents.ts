import { graphql } from '@kakehashi/client-platform';

/** What a team's card shows: names, kind, status, dates, size and the department mix. */
export const TeamSummaryFragment = graphql(`
  fragment TeamSummary on Team {
    id
    name
    nameEn
    kind
    status
    startsOn
    endsOn
    memberCount
    departmentMix {
      memberCount
      department {
        id
        nameJa
        nameEn
      }
    }
  }
`);

export const TeamMemberFieldsFragment = graphql(`
  fragment TeamMemberFields on TeamMember {
    id
    role
    allocation
    startsOn
    endsOn
    current
    person {
      id
      displayName
      displayNameEn
      title
      titleEn
      department {
        id
        nameJa
        nameEn
      }
    }
  }
`);

export const TeamEventFieldsFragment = graphql(`
  fragment TeamEventFields on TeamEvent {
    id
    kind
    createdAt
    actor {
      id
      displayName
      displayNameEn
    }
    person {
      id
      displayName
      displayNameEn
    }
    changes {
      field
      before
      after
    }
  }
`);

// The team page and every mutation's answer: a change shows at once (roster, mix, goals, history).
// Fragments are nested at most one deep here: the api counts each spread as a level (depth 10).
export const TeamDetailsFragment = graphql(`
  fragment TeamDetails on Team {
    ...TeamSummary
    mission
    channelUrl
    version
    viewerCanEdit
    members {
      ...TeamMemberFields
    }
    goals {
      relation
      goal {
        id
        code
        title
        titleEn
        status
        confidence
        progress
        pace
        periodStart
        periodEnd
      }
    }
    history(first: 10) {
      edges {
        cursor
        node {
          id
          kind
          createdAt
          actor {
            id
            displayName
            displayNameEn
          }
          person {
            id
            displayName
            displayNameEn
          }
          changes {
            field
            before
            after
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const TeamDirectoryQuery = graphql(`
  query TeamDirectory($search: String, $departmentId: ID, $kind: TeamKind, $status: TeamStatus, $first: Int!, $after: String) {
    teams(search: $search, departmentId: $departmentId, kind: $kind, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...TeamSummary
          leads {
            id
            displayName
            displayNameEn
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const TeamPageQuery = graphql(`
  query TeamPage($id: ID!) {
    team(id: $id) {
      ...TeamDetails
    }
  }
`);

/** The roster with the members who have left (behind the page's toggle). */
export const TeamPastMembersQuery = graphql(`
  query TeamPastMembers($id: ID!) {
    team(id: $id) {
      id
      members(includePast: true) {
        ...TeamMemberFields
      }
    }
  }
`);

/** Older history, a page at a time. */
export const TeamHistoryPageQuery = graphql(`
  query TeamHistoryPage($id: ID!, $after: String) {
    team(id: $id) {
      id
      history(first: 20, after: $after) {
        edges {
          cursor
          node {
            ...TeamEventFields
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

/** Goals a team can be tied to: this fiscal year's board (the same list the voice links dialog offers). */
export const TeamGoalOptionsQuery = graphql(`
  query TeamGoalOptions {
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

export const PersonTeamsQuery = graphql(`
  query PersonTeams($id: ID!) {
    person(id: $id) {
      id
      totalAllocation
      teams {
        role
        allocation
        startsOn
        endsOn
        current
        team {
          id
          name
          nameEn
          kind
          status
        }
      }
    }
  }
`);

export const DepartmentTeamsQuery = graphql(`
  query DepartmentTeams($id: ID!) {
    department(id: $id) {
      id
      teams {
        ...TeamSummary
        members {
          id
          role
          person {
            id
            displayName
            displayNameEn
          }
        }
      }
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      ...TeamDetails
    }
  }
`);

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      ...TeamDetails
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      ...TeamDetails
    }
  }
`);

export const UpdateTeamMemberMutation = graphql(`
  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      ...TeamDetails
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($memberId: ID!) {
    removeTeamMember(memberId: $memberId) {
      ...TeamDetails
    }
  }
`);

export const LinkTeamGoalMutation = graphql(`
  mutation LinkTeamGoal($input: LinkTeamGoalInput!) {
    linkTeamGoal(input: $input) {
      ...TeamDetails
    }
  }
`);

export const UnlinkTeamGoalMutation = graphql(`
  mutation UnlinkTeamGoal($teamId: ID!, $goalId: ID!) {
    unlinkTeamGoal(teamId: $teamId, goalId: $goalId) {
      ...TeamDetails
    }
  }
`);
