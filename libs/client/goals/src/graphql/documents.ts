import { graphql } from '@kakehashi/client-platform';

export const GoalPersonFragment = graphql(`
  fragment GoalPerson on Person {
    id
    displayName
    displayNameEn
    displayNameKana
  }
`);

export const GoalPeriodFieldsFragment = graphql(`
  fragment GoalPeriodFields on GoalPeriodModel {
    key
    kind
    fiscalYear
    quarter
    start
    end
  }
`);

export const GoalProgressFieldsFragment = graphql(`
  fragment GoalProgressFields on GoalProgress {
    actual
    pace
    paceValue
    rolledUp
    suggestedConfidence
    checkInDue
    checkInOverdue
  }
`);

/**
 * What a board row, a "my goals" card and a child KPI show of a goal: the same for everyone
 * who reads it (the api keeps the board's answers for everyone while nothing changes).
 */
export const GoalFactsFragment = graphql(`
  fragment GoalFacts on Goal {
    id
    code
    kind
    title
    titleEn
    status
    unit
    unitLabel
    direction
    baseline
    target
    rangeLow
    rangeHigh
    currentValue
    confidence
    lastCheckInAt
    trend
    weight
    cadence
    period {
      ...GoalPeriodFields
    }
    progress {
      ...GoalProgressFields
    }
    owner {
      ...GoalPerson
    }
    departments {
      id
      nameJa
      nameEn
    }
  }
`);

/** A goal in lists that offer a check-in (my goals, a goal's KPIs): its facts and whether I may. */
export const GoalSummaryFragment = graphql(`
  fragment GoalSummary on Goal {
    ...GoalFacts
    canCheckIn
  }
`);

export const GoalBoardQuery = graphql(`
  query GoalBoard($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID) {
    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId) {
      fiscalYear {
        ...GoalPeriodFields
      }
      quarter {
        ...GoalPeriodFields
      }
      fiscalYears
      truncated
      summary {
        total
        onTrack
        atRisk
        offTrack
        noCheckIn
        overdue
      }
      groups {
        rows {
          depth
          matches
          goal {
            ...GoalFacts
          }
        }
      }
    }
  }
`);

export const GoalBoardCsvQuery = graphql(`
  query GoalBoardCsv($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID, $locale: Locale!) {
    goalBoardCsv(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId, locale: $locale)
  }
`);

/** The teams the board can be filtered by (closed ones are left out on the client). */
export const GoalBoardTeamOptionsQuery = graphql(`
  query GoalBoardTeamOptions($search: String) {
    teams(search: $search, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          nameEn
          status
        }
      }
    }
  }
`);

/** The team the board is filtered by, to name it (it may be closed, or beyond the first page of options). */
export const GoalBoardTeamQuery = graphql(`
  query GoalBoardTeam($id: ID!) {
    team(id: $id) {
      id
      name
      nameEn
      status
    }
  }
`);

export const GoalBoardSnapshotsQuery = graphql(`
  query GoalBoardSnapshots {
    goalBoardSnapshots {
      id
      takenAt
      period {
        ...GoalPeriodFields
      }
    }
  }
`);

export const GoalBoardLineFieldsFragment = graphql(`
  fragment GoalBoardLineFields on GoalBoardLine {
    goalId
    code
    kind
    depth
    title
    titleEn
    periodKey
    status
    ownerName
    departments
    unit
    unitLabel
    direction
    baseline
    target
    rangeLow
    rangeHigh
    currentValue
    progress
    pace
    confidence
    suggestedConfidence
    lastCheckInAt
    trend
  }
`);

export const GoalBoardSnapshotQuery = graphql(`
  query GoalBoardSnapshot($id: ID!) {
    goalBoardSnapshot(id: $id) {
      id
      takenAt
      period {
        ...GoalPeriodFields
      }
      lines {
        ...GoalBoardLineFields
      }
    }
  }
`);

export const GoalCheckInCommentFieldsFragment = graphql(`
  fragment GoalCheckInCommentFields on GoalCheckInComment {
    id
    checkInId
    body
    createdAt
    author {
      ...GoalPerson
    }
  }
`);

// Written out without nested fragments: armor counts each fragment spread as two levels of
// depth, and goal → checkIns → comments → author must stay within the api's limit (10).
export const GoalCheckInFieldsFragment = graphql(`
  fragment GoalCheckInFields on GoalCheckIn {
    id
    goalId
    slotStart
    value
    confidence
    note
    edited
    createdAt
    updatedAt
    version
    commentCount
    author {
      id
      displayName
      displayNameEn
      displayNameKana
    }
    comments {
      id
      checkInId
      body
      createdAt
      author {
        id
        displayName
        displayNameEn
        displayNameKana
      }
    }
    entries {
      id
      value
      confidence
      note
      createdAt
      author {
        id
        displayName
        displayNameEn
        displayNameKana
      }
    }
  }
`);

/**
 * A goal's page: the goal, its check-ins, its children and its other periods. Nothing here
 * depends on who reads it (the api keeps it for everyone); what I may do is GoalAccess.
 */
export const GoalQuery = graphql(`
  query Goal($id: ID!) {
    goal(id: $id) {
      ...GoalFacts
      description
      version
      recurring
      parentId
      previousId
      seriesId
      monthlyTargets
      childWeightTotal
      createdAt
      updatedAt
      parent {
        id
        code
        kind
        title
        titleEn
      }
      children {
        ...GoalFacts
      }
      series {
        id
        code
        status
        period {
          ...GoalPeriodFields
        }
      }
      checkIns {
        ...GoalCheckInFields
      }
      # The relation belongs to this goal's link, not to the team: read under an alias, a
      # GoalTeam is not normalized by id, so another goal's link cannot overwrite it in the cache.
      teams {
        teamId: id
        name
        nameEn
        status
        relation
      }
    }
    goalSettings {
      today
      fiscalYearStartMonth
    }
  }
`);

/** What I may do on a goal's page: asked apart from the page, which is the same for everyone. */
export const GoalAccessQuery = graphql(`
  query GoalAccess($id: ID!) {
    goal(id: $id) {
      id
      canEdit
      canCheckIn
    }
  }
`);

export const MyGoalsQuery = graphql(`
  query MyGoals {
    myGoals {
      checkInsDue
      owned {
        ...GoalSummary
      }
      contributing {
        ...GoalSummary
      }
    }
    goalSettings {
      today
    }
  }
`);

/** What the check-in dialog needs of a goal it was opened from a list for. */
export const GoalCheckInContextQuery = graphql(`
  query GoalCheckInContext($id: ID!) {
    goal(id: $id) {
      id
      checkIns {
        id
        slotStart
        value
        confidence
        note
        version
      }
    }
  }
`);

export const RecordCheckInMutation = graphql(`
  mutation RecordCheckIn($input: RecordCheckInInput!) {
    recordCheckIn(input: $input) {
      ...GoalCheckInFields
    }
  }
`);

export const CommentOnCheckInMutation = graphql(`
  mutation CommentOnCheckIn($input: CommentOnCheckInInput!) {
    commentOnCheckIn(input: $input) {
      ...GoalCheckInCommentFields
    }
  }
`);

export const SetGoalStatusMutation = graphql(`
  mutation SetGoalStatus($input: SetGoalStatusInput!) {
    setGoalStatus(input: $input) {
      id
      status
      version
      canCheckIn
      canEdit
      progress {
        ...GoalProgressFields
      }
    }
  }
`);

export const RollGoalForwardMutation = graphql(`
  mutation RollGoalForward($input: RollGoalForwardInput!) {
    rollGoalForward(input: $input) {
      id
      period {
        ...GoalPeriodFields
      }
    }
  }
`);

/** What the goal form edits. */
export const GoalFormFieldsFragment = graphql(`
  fragment GoalFormFields on Goal {
    id
    version
    canEdit
    status
    code
    kind
    title
    titleEn
    description
    owner {
      ...GoalPerson
    }
    departments {
      id
      nameJa
      nameEn
    }
    unit
    unitLabel
    direction
    baseline
    target
    rangeLow
    rangeHigh
    monthlyTargets
    period {
      ...GoalPeriodFields
    }
    cadence
    parentId
    weight
    recurring
  }
`);

export const GoalFormQuery = graphql(`
  query GoalForm($id: ID!) {
    goal(id: $id) {
      ...GoalFormFields
    }
  }
`);

export const GoalFormSettingsQuery = graphql(`
  query GoalFormSettings {
    goalSettings {
      currentFiscalYear {
        ...GoalPeriodFields
      }
      currentQuarter {
        ...GoalPeriodFields
      }
      fiscalYearStartMonth
    }
  }
`);

/** The goals a new goal may roll up into: the board of that fiscal year (and quarter). */
export const GoalParentOptionsQuery = graphql(`
  query GoalParentOptions($fiscalYear: Int, $quarter: Int) {
    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter) {
      groups {
        rows {
          depth
          goal {
            id
            code
            kind
            title
            titleEn
            period {
              key
              kind
              fiscalYear
              quarter
            }
          }
        }
      }
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      ...GoalFormFields
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      ...GoalFormFields
    }
  }
`);

/** Customer-voice tickets linked to the goal (asked after the page, not in its statement budget). */
export const GoalTicketsQuery = graphql(`
  query GoalTickets($goalId: ID!) {
    goalTickets(goalId: $goalId) {
      id
      code
      summary
      status
      customerCount
      revenueAtStake
    }
  }
`);
