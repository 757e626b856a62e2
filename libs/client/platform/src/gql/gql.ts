/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation ImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      applied\n      dryRun\n      summary {\n        departmentsCreated\n        departmentsUpdated\n        departmentsUnchanged\n        peopleCreated\n        peopleUpdated\n        peopleDeactivated\n        peopleUnchanged\n      }\n      changeCount\n      changes {\n        kind\n        action\n        key\n        line\n        fields {\n          field\n          before\n          after\n        }\n      }\n      errorCount\n      errors {\n        file\n        line\n        column\n        code\n        message\n        value\n        limit\n        firstLine\n      }\n    }\n  }\n': typeof types.ImportDirectoryDocument;
  '\n  fragment OrgChartPerson on Person {\n    id\n    displayName\n    displayNameEn\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n    directReportCount\n  }\n': typeof types.OrgChartPersonFragmentDoc;
  '\n  query OrgChartRoots {\n    orgChartRoots {\n      ...OrgChartPerson\n    }\n  }\n': typeof types.OrgChartRootsDocument;
  '\n  query OrgChartReports($id: ID!) {\n    person(id: $id) {\n      id\n      directReports {\n        ...OrgChartPerson\n      }\n    }\n  }\n': typeof types.OrgChartReportsDocument;
  '\n  query OrgChartPath($personId: ID!) {\n    orgChartPath(personId: $personId) {\n      ...OrgChartPerson\n    }\n  }\n': typeof types.OrgChartPathDocument;
  '\n  query OrgChartSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          title\n          titleEn\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.OrgChartSearchDocument;
  '\n  fragment PersonCard on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.PersonCardFragmentDoc;
  '\n  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {\n    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.PeopleDocument;
  '\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      ...PersonCard\n      email\n      location\n      bio\n      roles\n      active\n      version\n      manager {\n        ...PersonCard\n      }\n      directReports {\n        ...PersonCard\n      }\n    }\n  }\n': typeof types.PersonProfileDocument;
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      bio\n      location\n      preferredLocale\n      version\n    }\n  }\n': typeof types.UpdateMyProfileDocument;
  '\n  fragment DepartmentNode on Department {\n    id\n    code\n    nameJa\n    nameEn\n    memberCount\n  }\n': typeof types.DepartmentNodeFragmentDoc;
  '\n  query DepartmentTree {\n    departments {\n      ...DepartmentNode\n      children {\n        ...DepartmentNode\n        children {\n          ...DepartmentNode\n          children {\n            ...DepartmentNode\n          }\n        }\n      }\n    }\n  }\n': typeof types.DepartmentTreeDocument;
  '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      ...DepartmentNode\n      parent {\n        id\n        nameJa\n        nameEn\n      }\n      children {\n        ...DepartmentNode\n      }\n    }\n  }\n': typeof types.DepartmentDetailDocument;
  '\n  fragment TeamSummary on Team {\n    id\n    name\n    nameEn\n    kind\n    status\n    startsOn\n    endsOn\n    memberCount\n    departmentMix {\n      memberCount\n      department {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n': typeof types.TeamSummaryFragmentDoc;
  '\n  fragment TeamMemberFields on TeamMember {\n    id\n    role\n    allocation\n    startsOn\n    endsOn\n    current\n    person {\n      id\n      displayName\n      displayNameEn\n      title\n      titleEn\n      department {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n': typeof types.TeamMemberFieldsFragmentDoc;
  '\n  fragment TeamEventFields on TeamEvent {\n    id\n    kind\n    createdAt\n    actor {\n      id\n      displayName\n      displayNameEn\n    }\n    person {\n      id\n      displayName\n      displayNameEn\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n': typeof types.TeamEventFieldsFragmentDoc;
  '\n  fragment TeamDetails on Team {\n    ...TeamSummary\n    mission\n    channelUrl\n    version\n    viewerCanEdit\n    members {\n      ...TeamMemberFields\n    }\n    goals {\n      relation\n      goal {\n        id\n        code\n        title\n        titleEn\n        status\n        confidence\n        progress\n        pace\n        periodStart\n        periodEnd\n      }\n    }\n    history(first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          actor {\n            id\n            displayName\n            displayNameEn\n          }\n          person {\n            id\n            displayName\n            displayNameEn\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.TeamDetailsFragmentDoc;
  '\n  query TeamDirectory($search: String, $departmentId: ID, $kind: TeamKind, $status: TeamStatus, $first: Int!, $after: String) {\n    teams(search: $search, departmentId: $departmentId, kind: $kind, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...TeamSummary\n          leads {\n            id\n            displayName\n            displayNameEn\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.TeamDirectoryDocument;
  '\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      ...TeamDetails\n    }\n  }\n': typeof types.TeamPageDocument;
  '\n  query TeamPastMembers($id: ID!) {\n    team(id: $id) {\n      id\n      members(includePast: true) {\n        ...TeamMemberFields\n      }\n    }\n  }\n': typeof types.TeamPastMembersDocument;
  '\n  query TeamHistoryPage($id: ID!, $after: String) {\n    team(id: $id) {\n      id\n      history(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...TeamEventFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.TeamHistoryPageDocument;
  '\n  query TeamGoalOptions {\n    goalBoard {\n      groups {\n        rows {\n          goal {\n            id\n            code\n            title\n            titleEn\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.TeamGoalOptionsDocument;
  '\n  query PersonTeams($id: ID!) {\n    person(id: $id) {\n      id\n      totalAllocation\n      teams {\n        role\n        allocation\n        startsOn\n        endsOn\n        current\n        team {\n          id\n          name\n          nameEn\n          kind\n          status\n        }\n      }\n    }\n  }\n': typeof types.PersonTeamsDocument;
  '\n  query DepartmentTeams($id: ID!) {\n    department(id: $id) {\n      id\n      teams {\n        ...TeamSummary\n        members {\n          id\n          role\n          person {\n            id\n            displayName\n            displayNameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.DepartmentTeamsDocument;
  '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamDetails\n    }\n  }\n': typeof types.CreateTeamDocument;
  '\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      ...TeamDetails\n    }\n  }\n': typeof types.UpdateTeamDocument;
  '\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      ...TeamDetails\n    }\n  }\n': typeof types.AddTeamMemberDocument;
  '\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      ...TeamDetails\n    }\n  }\n': typeof types.UpdateTeamMemberDocument;
  '\n  mutation RemoveTeamMember($memberId: ID!) {\n    removeTeamMember(memberId: $memberId) {\n      ...TeamDetails\n    }\n  }\n': typeof types.RemoveTeamMemberDocument;
  '\n  mutation LinkTeamGoal($input: LinkTeamGoalInput!) {\n    linkTeamGoal(input: $input) {\n      ...TeamDetails\n    }\n  }\n': typeof types.LinkTeamGoalDocument;
  '\n  mutation UnlinkTeamGoal($teamId: ID!, $goalId: ID!) {\n    unlinkTeamGoal(teamId: $teamId, goalId: $goalId) {\n      ...TeamDetails\n    }\n  }\n': typeof types.UnlinkTeamGoalDocument;
  '\n  fragment GoalPerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n': typeof types.GoalPersonFragmentDoc;
  '\n  fragment GoalPeriodFields on GoalPeriodModel {\n    key\n    kind\n    fiscalYear\n    quarter\n    start\n    end\n  }\n': typeof types.GoalPeriodFieldsFragmentDoc;
  '\n  fragment GoalProgressFields on GoalProgress {\n    actual\n    pace\n    paceValue\n    rolledUp\n    suggestedConfidence\n    checkInDue\n    checkInOverdue\n  }\n': typeof types.GoalProgressFieldsFragmentDoc;
  '\n  fragment GoalFacts on Goal {\n    id\n    code\n    kind\n    title\n    titleEn\n    status\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    currentValue\n    confidence\n    lastCheckInAt\n    trend\n    weight\n    cadence\n    period {\n      ...GoalPeriodFields\n    }\n    progress {\n      ...GoalProgressFields\n    }\n    owner {\n      ...GoalPerson\n    }\n    departments {\n      id\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.GoalFactsFragmentDoc;
  '\n  fragment GoalSummary on Goal {\n    ...GoalFacts\n    canCheckIn\n  }\n': typeof types.GoalSummaryFragmentDoc;
  '\n  query GoalBoard($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID) {\n    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId) {\n      fiscalYear {\n        ...GoalPeriodFields\n      }\n      quarter {\n        ...GoalPeriodFields\n      }\n      fiscalYears\n      truncated\n      summary {\n        total\n        onTrack\n        atRisk\n        offTrack\n        noCheckIn\n        overdue\n      }\n      groups {\n        rows {\n          depth\n          matches\n          goal {\n            ...GoalFacts\n          }\n        }\n      }\n    }\n  }\n': typeof types.GoalBoardDocument;
  '\n  query GoalBoardCsv($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID, $locale: Locale!) {\n    goalBoardCsv(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId, locale: $locale)\n  }\n': typeof types.GoalBoardCsvDocument;
  '\n  query GoalBoardTeamOptions($search: String) {\n    teams(search: $search, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          nameEn\n          status\n        }\n      }\n    }\n  }\n': typeof types.GoalBoardTeamOptionsDocument;
  '\n  query GoalBoardTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      nameEn\n      status\n    }\n  }\n': typeof types.GoalBoardTeamDocument;
  '\n  query GoalBoardSnapshots {\n    goalBoardSnapshots {\n      id\n      takenAt\n      period {\n        ...GoalPeriodFields\n      }\n    }\n  }\n': typeof types.GoalBoardSnapshotsDocument;
  '\n  fragment GoalBoardLineFields on GoalBoardLine {\n    goalId\n    code\n    kind\n    depth\n    title\n    titleEn\n    periodKey\n    status\n    ownerName\n    departments\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    currentValue\n    progress\n    pace\n    confidence\n    suggestedConfidence\n    lastCheckInAt\n    trend\n  }\n': typeof types.GoalBoardLineFieldsFragmentDoc;
  '\n  query GoalBoardSnapshot($id: ID!) {\n    goalBoardSnapshot(id: $id) {\n      id\n      takenAt\n      period {\n        ...GoalPeriodFields\n      }\n      lines {\n        ...GoalBoardLineFields\n      }\n    }\n  }\n': typeof types.GoalBoardSnapshotDocument;
  '\n  fragment GoalCheckInCommentFields on GoalCheckInComment {\n    id\n    checkInId\n    body\n    createdAt\n    author {\n      ...GoalPerson\n    }\n  }\n': typeof types.GoalCheckInCommentFieldsFragmentDoc;
  '\n  fragment GoalCheckInFields on GoalCheckIn {\n    id\n    goalId\n    slotStart\n    value\n    confidence\n    note\n    edited\n    createdAt\n    updatedAt\n    version\n    commentCount\n    author {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n    comments {\n      id\n      checkInId\n      body\n      createdAt\n      author {\n        id\n        displayName\n        displayNameEn\n        displayNameKana\n      }\n    }\n    entries {\n      id\n      value\n      confidence\n      note\n      createdAt\n      author {\n        id\n        displayName\n        displayNameEn\n        displayNameKana\n      }\n    }\n  }\n': typeof types.GoalCheckInFieldsFragmentDoc;
  "\n  query Goal($id: ID!) {\n    goal(id: $id) {\n      ...GoalFacts\n      description\n      version\n      recurring\n      parentId\n      previousId\n      seriesId\n      monthlyTargets\n      childWeightTotal\n      createdAt\n      updatedAt\n      parent {\n        id\n        code\n        kind\n        title\n        titleEn\n      }\n      children {\n        ...GoalFacts\n      }\n      series {\n        id\n        code\n        status\n        period {\n          ...GoalPeriodFields\n        }\n      }\n      checkIns {\n        ...GoalCheckInFields\n      }\n      # The relation belongs to this goal's link, not to the team: read under an alias, a\n      # GoalTeam is not normalized by id, so another goal's link cannot overwrite it in the cache.\n      teams {\n        teamId: id\n        name\n        nameEn\n        status\n        relation\n      }\n    }\n    goalSettings {\n      today\n      fiscalYearStartMonth\n    }\n  }\n": typeof types.GoalDocument;
  '\n  query GoalAccess($id: ID!) {\n    goal(id: $id) {\n      id\n      canEdit\n      canCheckIn\n    }\n  }\n': typeof types.GoalAccessDocument;
  '\n  query MyGoals {\n    myGoals {\n      checkInsDue\n      owned {\n        ...GoalSummary\n      }\n      contributing {\n        ...GoalSummary\n      }\n    }\n    goalSettings {\n      today\n    }\n  }\n': typeof types.MyGoalsDocument;
  '\n  query GoalCheckInContext($id: ID!) {\n    goal(id: $id) {\n      id\n      checkIns {\n        id\n        slotStart\n        value\n        confidence\n        note\n        version\n      }\n    }\n  }\n': typeof types.GoalCheckInContextDocument;
  '\n  mutation RecordCheckIn($input: RecordCheckInInput!) {\n    recordCheckIn(input: $input) {\n      ...GoalCheckInFields\n    }\n  }\n': typeof types.RecordCheckInDocument;
  '\n  mutation CommentOnCheckIn($input: CommentOnCheckInInput!) {\n    commentOnCheckIn(input: $input) {\n      ...GoalCheckInCommentFields\n    }\n  }\n': typeof types.CommentOnCheckInDocument;
  '\n  mutation SetGoalStatus($input: SetGoalStatusInput!) {\n    setGoalStatus(input: $input) {\n      id\n      status\n      version\n      canCheckIn\n      canEdit\n      progress {\n        ...GoalProgressFields\n      }\n    }\n  }\n': typeof types.SetGoalStatusDocument;
  '\n  mutation RollGoalForward($input: RollGoalForwardInput!) {\n    rollGoalForward(input: $input) {\n      id\n      period {\n        ...GoalPeriodFields\n      }\n    }\n  }\n': typeof types.RollGoalForwardDocument;
  '\n  fragment GoalFormFields on Goal {\n    id\n    version\n    canEdit\n    status\n    code\n    kind\n    title\n    titleEn\n    description\n    owner {\n      ...GoalPerson\n    }\n    departments {\n      id\n      nameJa\n      nameEn\n    }\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    monthlyTargets\n    period {\n      ...GoalPeriodFields\n    }\n    cadence\n    parentId\n    weight\n    recurring\n  }\n': typeof types.GoalFormFieldsFragmentDoc;
  '\n  query GoalForm($id: ID!) {\n    goal(id: $id) {\n      ...GoalFormFields\n    }\n  }\n': typeof types.GoalFormDocument;
  '\n  query GoalFormSettings {\n    goalSettings {\n      currentFiscalYear {\n        ...GoalPeriodFields\n      }\n      currentQuarter {\n        ...GoalPeriodFields\n      }\n      fiscalYearStartMonth\n    }\n  }\n': typeof types.GoalFormSettingsDocument;
  '\n  query GoalParentOptions($fiscalYear: Int, $quarter: Int) {\n    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter) {\n      groups {\n        rows {\n          depth\n          goal {\n            id\n            code\n            kind\n            title\n            titleEn\n            period {\n              key\n              kind\n              fiscalYear\n              quarter\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.GoalParentOptionsDocument;
  '\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFormFields\n    }\n  }\n': typeof types.CreateGoalDocument;
  '\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalFormFields\n    }\n  }\n': typeof types.UpdateGoalDocument;
  '\n  query GoalTickets($goalId: ID!) {\n    goalTickets(goalId: $goalId) {\n      id\n      code\n      summary\n      status\n      customerCount\n      revenueAtStake\n    }\n  }\n': typeof types.GoalTicketsDocument;
  '\n  fragment NewsletterName on Newsletter {\n    id\n    nameJa\n    nameEn\n    canEdit\n  }\n': typeof types.NewsletterNameFragmentDoc;
  '\n  fragment EditionAuthor on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n': typeof types.EditionAuthorFragmentDoc;
  '\n  fragment EditionReactions on Edition {\n    id\n    reactions {\n      kind\n      emoji\n      count\n      reactedByMe\n    }\n  }\n': typeof types.EditionReactionsFragmentDoc;
  '\n  fragment EditionCard on Edition {\n    id\n    title\n    summary\n    coverImageUrl\n    status\n    mustRead\n    pinned\n    unread\n    acknowledgedByMe\n    publishedAt\n    scheduledAt\n    updatedAt\n    createdAt\n    commentCount\n    tags\n    author {\n      ...EditionAuthor\n    }\n    newsletter {\n      ...NewsletterName\n    }\n    ...EditionReactions\n  }\n': typeof types.EditionCardFragmentDoc;
  '\n  query Feed($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    feed(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...EditionCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.FeedDocument;
  '\n  fragment EditionDetail on Edition {\n    ...EditionCard\n    bodyHtml\n    version\n    canEdit\n    pinnedUntil\n    archivedAt\n    acknowledgedAt\n    readProgress\n    audience {\n      kind\n      size\n      departments {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n': typeof types.EditionDetailFragmentDoc;
  '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionDetail\n    }\n  }\n': typeof types.EditionDocument;
  "\n  fragment CommentFields on EditionComment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    hidden\n    hiddenReason\n    mine\n    parentId\n    version\n    # Fields inline, not a nested fragment: replies already sit near the api's depth limit.\n    author {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n    mentions {\n      id\n      displayName\n      displayNameEn\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc;
  '\n  query EditionComments($id: ID!, $first: Int!, $after: String) {\n    edition(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replyCount\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.EditionCommentsDocument;
  '\n  mutation SetReaction($editionId: ID!, $kind: ReactionKind!, $on: Boolean!) {\n    setReaction(editionId: $editionId, kind: $kind, on: $on) {\n      ...EditionReactions\n    }\n  }\n': typeof types.SetReactionDocument;
  '\n  subscription EditionReactionsChanged($editionId: ID!) {\n    editionReactionsChanged(editionId: $editionId) {\n      editionId\n      counts {\n        kind\n        count\n      }\n    }\n  }\n': typeof types.EditionReactionsChangedDocument;
  '\n  mutation RecordEditionRead($editionId: ID!, $progress: ReadProgress!, $dwellSeconds: Int!) {\n    recordEditionRead(editionId: $editionId, progress: $progress, dwellSeconds: $dwellSeconds) {\n      editionId\n      recorded\n      progress\n    }\n  }\n': typeof types.RecordEditionReadDocument;
  '\n  mutation AcknowledgeEdition($editionId: ID!) {\n    acknowledgeEdition(editionId: $editionId) {\n      id\n      acknowledgedByMe\n      acknowledgedAt\n    }\n  }\n': typeof types.AcknowledgeEditionDocument;
  '\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n      replyCount\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n': typeof types.PostCommentDocument;
  '\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.EditCommentDocument;
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n': typeof types.DeleteCommentDocument;
  '\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.HideCommentDocument;
  '\n  query MentionCandidates($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          displayNameKana\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.MentionCandidatesDocument;
  '\n  fragment NewsletterSummary on Newsletter {\n    ...NewsletterName\n    department {\n      id\n      nameJa\n      nameEn\n    }\n    descriptionJa\n    descriptionEn\n    cadence\n    companyWide\n    followed\n  }\n': typeof types.NewsletterSummaryFragmentDoc;
  '\n  query Newsletters($first: Int!, $after: String) {\n    newsletters(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NewsletterSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.NewslettersDocument;
  '\n  query Newsletter($id: ID!) {\n    newsletter(id: $id) {\n      ...NewsletterSummary\n    }\n  }\n': typeof types.NewsletterDocument;
  '\n  query NewsletterEditions($id: ID!, $status: EditionStatus!, $first: Int!, $after: String) {\n    newsletter(id: $id) {\n      id\n      editions(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...EditionCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.NewsletterEditionsDocument;
  '\n  mutation FollowNewsletter($newsletterId: ID!, $follow: Boolean!) {\n    followNewsletter(newsletterId: $newsletterId, follow: $follow) {\n      id\n      followed\n    }\n  }\n': typeof types.FollowNewsletterDocument;
  '\n  mutation CreateNewsletter($input: CreateNewsletterInput!) {\n    createNewsletter(input: $input) {\n      ...NewsletterSummary\n    }\n  }\n': typeof types.CreateNewsletterDocument;
  '\n  query NewsletterPreferences {\n    newsletterPreferences {\n      weeklyDigest\n    }\n  }\n': typeof types.NewsletterPreferencesDocument;
  '\n  mutation UpdateNewsletterPreferences($weeklyDigest: Boolean!) {\n    updateNewsletterPreferences(weeklyDigest: $weeklyDigest) {\n      weeklyDigest\n    }\n  }\n': typeof types.UpdateNewsletterPreferencesDocument;
  '\n  mutation CreateEdition($input: CreateEditionInput!) {\n    createEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n': typeof types.CreateEditionDocument;
  '\n  mutation UpdateEdition($input: UpdateEditionInput!) {\n    updateEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n': typeof types.UpdateEditionDocument;
  '\n  mutation ScheduleEdition($input: ScheduleEditionInput!) {\n    scheduleEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n': typeof types.ScheduleEditionDocument;
  '\n  mutation UnscheduleEdition($id: ID!) {\n    unscheduleEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n': typeof types.UnscheduleEditionDocument;
  '\n  mutation PublishEdition($id: ID!) {\n    publishEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n': typeof types.PublishEditionDocument;
  '\n  mutation ArchiveEdition($id: ID!) {\n    archiveEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n': typeof types.ArchiveEditionDocument;
  '\n  fragment DepartmentEngagementRow on DepartmentEngagement {\n    audienceSize\n    openers\n    readers\n    reach\n    readRate\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.DepartmentEngagementRowFragmentDoc;
  '\n  fragment EditionEngagement on EditionAnalytics {\n    editionId\n    mustRead\n    audienceSize\n    openers\n    readers\n    reactors\n    comments\n    acknowledgements\n    reach\n    readRate\n    reactionRate\n    acknowledgementRate\n    byDepartment {\n      ...DepartmentEngagementRow\n    }\n  }\n': typeof types.EditionEngagementFragmentDoc;
  '\n  query EditionAnalytics($editionId: ID!) {\n    editionAnalytics(editionId: $editionId) {\n      ...EditionEngagement\n    }\n  }\n': typeof types.EditionAnalyticsDocument;
  '\n  query EditionAcknowledgements($editionId: ID!, $acknowledged: Boolean!, $first: Int!, $after: String) {\n    editionAcknowledgements(editionId: $editionId, acknowledged: $acknowledged, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        acknowledgedAt\n        node {\n          id\n          displayName\n          displayNameEn\n        }\n        department {\n          id\n          nameJa\n          nameEn\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.EditionAcknowledgementsDocument;
  '\n  mutation SendMustReadReminder($editionId: ID!) {\n    sendMustReadReminder(editionId: $editionId) {\n      notified\n      nextAllowedAt\n    }\n  }\n': typeof types.SendMustReadReminderDocument;
  '\n  query NewsletterAnalytics($newsletterId: ID!, $from: DateTime!, $to: DateTime!) {\n    newsletterAnalytics(newsletterId: $newsletterId, from: $from, to: $to) {\n      newsletterId\n      editions {\n        editionId\n        title\n        publishedAt\n        mustRead\n        audienceSize\n        openers\n        readers\n        reactors\n        comments\n        acknowledgements\n        reach\n        readRate\n        reactionRate\n        acknowledgementRate\n      }\n      weeks {\n        weekStart\n        editions\n        audienceSize\n        openers\n        readers\n        reactors\n        comments\n        acknowledgements\n        reach\n        readRate\n        reactionRate\n      }\n      byDepartment {\n        ...DepartmentEngagementRow\n      }\n    }\n  }\n': typeof types.NewsletterAnalyticsDocument;
  '\n  query EditionReactors($id: ID!, $kind: ReactionKind!, $first: Int!, $after: String) {\n    edition(id: $id) {\n      id\n      reactors(kind: $kind, first: $first, after: $after) {\n        edges {\n          cursor\n          reactedAt\n          node {\n            id\n            displayName\n            displayNameEn\n            displayNameKana\n            department {\n              id\n              nameJa\n              nameEn\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.EditionReactorsDocument;
  '\n  query EditionVersions($id: ID!) {\n    edition(id: $id) {\n      id\n      versions {\n        version\n        title\n        summary\n        coverImageUrl\n        bodyHtml\n        tags\n        replacedAt\n        replacedBy {\n          id\n          displayName\n          displayNameEn\n        }\n      }\n    }\n  }\n': typeof types.EditionVersionsDocument;
  '\n  query Me {\n    me {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n      preferredLocale\n      roles\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation UpdateMyLocale($preferredLocale: Locale!) {\n    updateMyProfile(input: { preferredLocale: $preferredLocale }) {\n      id\n      preferredLocale\n    }\n  }\n': typeof types.UpdateMyLocaleDocument;
  '\n  query AuthOptions {\n    authOptions {\n      entraEnabled\n      devSignInEnabled\n      personas {\n        key\n        person {\n          ...SignInCandidate\n        }\n      }\n    }\n  }\n': typeof types.AuthOptionsDocument;
  '\n  query DevSignInCandidates($search: String!) {\n    devSignInCandidates(search: $search) {\n      ...SignInCandidate\n    }\n  }\n': typeof types.DevSignInCandidatesDocument;
  '\n  fragment SignInCandidate on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.SignInCandidateFragmentDoc;
  '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    link\n    createdAt\n    readAt\n    title {\n      ja\n      en\n    }\n    body {\n      ja\n      en\n    }\n    actor {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n  }\n': typeof types.NotificationItemFragmentDoc;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    unreadNotificationCount\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationsRead(ids: [$id])\n  }\n': typeof types.MarkNotificationReadDocument;
  '\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead\n  }\n': typeof types.MarkAllNotificationsReadDocument;
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n': typeof types.NotificationAddedDocument;
  '\n  query DepartmentOptions {\n    departments {\n      id\n      nameJa\n      nameEn\n      children {\n        id\n        nameJa\n        nameEn\n        children {\n          id\n          nameJa\n          nameEn\n          children {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.DepartmentOptionsDocument;
  '\n  query PeopleCandidates($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.PeopleCandidatesDocument;
  '\n  fragment StoryPerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n': typeof types.StoryPersonFragmentDoc;
  '\n  fragment StoryOutcomeFields on StoryOutcome {\n    label\n    before\n    after\n    unit\n    period\n  }\n': typeof types.StoryOutcomeFieldsFragmentDoc;
  '\n  fragment StoryCard on Story {\n    id\n    title\n    titleEn\n    status\n    publishedAt\n    updatedAt\n    helpfulCount\n    customer {\n      accountName\n      industry\n    }\n    outcomes {\n      ...StoryOutcomeFields\n    }\n    verification {\n      state\n    }\n  }\n': typeof types.StoryCardFragmentDoc;
  '\n  fragment StoryMarks on Story {\n    id\n    helpfulCount\n    helpfulByMe\n    bookmarkCount\n    bookmarkedByMe\n  }\n': typeof types.StoryMarksFragmentDoc;
  '\n  query StoriesSearch($search: String, $filter: StoryFilterInput, $sort: StorySort, $first: Int!, $after: String) {\n    stories(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      corrections {\n        word\n        similar\n      }\n      facets {\n        withOutcomes\n        industries {\n          value\n          count\n        }\n        departments {\n          count\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n        products {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n        verification {\n          value\n          count\n        }\n      }\n      hits {\n        cursor\n        titleHighlight {\n          text\n          match\n        }\n        snippet {\n          text\n          match\n        }\n        story {\n          ...StoryCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.StoriesSearchDocument;
  '\n  query MyStories($scope: MyStoriesScope!, $first: Int!, $after: String) {\n    myStories(scope: $scope, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StoryCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.MyStoriesDocument;
  '\n  query Story($id: ID!) {\n    story(id: $id) {\n      ...StoryCard\n      ...StoryMarks\n      language\n      version\n      contentUpdatedAt\n      viewCount\n      canEdit\n      canManage\n      canReview\n      canVerify\n      challengeHtml\n      solutionHtml\n      resultHtml\n      products\n      tags\n      verifyIntervalDays\n      customer {\n        accountName\n        industry\n        companySize\n        region\n      }\n      quote {\n        text\n        attribution\n      }\n      verification {\n        state\n        intervalDays\n        verifiedAt\n        dueAt\n        verifiedBy {\n          ...StoryPerson\n        }\n      }\n      departments {\n        id\n        nameJa\n        nameEn\n      }\n      people {\n        ...StoryPerson\n      }\n      coAuthors {\n        ...StoryPerson\n      }\n      author {\n        ...StoryPerson\n      }\n      verifier {\n        ...StoryPerson\n      }\n      reviewer {\n        ...StoryPerson\n      }\n      reviews {\n        id\n        decision\n        comment\n        createdAt\n        reviewer {\n          ...StoryPerson\n        }\n      }\n    }\n  }\n': typeof types.StoryDocument;
  '\n  query SimilarStories($id: ID!) {\n    story(id: $id) {\n      id\n      similar {\n        ...StoryCard\n      }\n    }\n  }\n': typeof types.SimilarStoriesDocument;
  '\n  query StoryVersions($id: ID!) {\n    story(id: $id) {\n      id\n      versions {\n        version\n        title\n        challengeHtml\n        solutionHtml\n        resultHtml\n        replacedAt\n        outcomes {\n          ...StoryOutcomeFields\n        }\n        replacedBy {\n          ...StoryPerson\n        }\n      }\n    }\n  }\n': typeof types.StoryVersionsDocument;
  '\n  fragment StorySaved on Story {\n    id\n    version\n    status\n    canEdit\n    updatedAt\n  }\n': typeof types.StorySavedFragmentDoc;
  '\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      ...StorySaved\n    }\n  }\n': typeof types.CreateStoryDocument;
  '\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      ...StorySaved\n    }\n  }\n': typeof types.UpdateStoryDocument;
  '\n  mutation SubmitStory($input: SubmitStoryInput!) {\n    submitStory(input: $input) {\n      ...StorySaved\n    }\n  }\n': typeof types.SubmitStoryDocument;
  '\n  mutation ReviewStory($input: ReviewStoryInput!) {\n    reviewStory(input: $input) {\n      ...StorySaved\n    }\n  }\n': typeof types.ReviewStoryDocument;
  '\n  mutation VerifyStory($id: ID!) {\n    verifyStory(id: $id) {\n      ...StorySaved\n    }\n  }\n': typeof types.VerifyStoryDocument;
  '\n  mutation ArchiveStory($id: ID!) {\n    archiveStory(id: $id) {\n      ...StorySaved\n    }\n  }\n': typeof types.ArchiveStoryDocument;
  '\n  mutation RestoreStory($id: ID!) {\n    restoreStory(id: $id) {\n      ...StorySaved\n    }\n  }\n': typeof types.RestoreStoryDocument;
  '\n  mutation SetStoryHelpful($id: ID!, $helpful: Boolean!) {\n    setStoryHelpful(id: $id, helpful: $helpful) {\n      ...StoryMarks\n    }\n  }\n': typeof types.SetStoryHelpfulDocument;
  '\n  mutation SetStoryBookmarked($id: ID!, $bookmarked: Boolean!) {\n    setStoryBookmarked(id: $id, bookmarked: $bookmarked) {\n      ...StoryMarks\n    }\n  }\n': typeof types.SetStoryBookmarkedDocument;
  '\n  mutation RecordStoryView($id: ID!) {\n    recordStoryView(id: $id)\n  }\n': typeof types.RecordStoryViewDocument;
  '\n  fragment VoicePerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n': typeof types.VoicePersonFragmentDoc;
  '\n  fragment VoiceProductArea on ProductArea {\n    id\n    key\n    nameJa\n    nameEn\n    active\n    sortOrder\n  }\n': typeof types.VoiceProductAreaFragmentDoc;
  '\n  fragment TicketRow on Ticket {\n    id\n    code\n    number\n    status\n    summary\n    category\n    impact\n    theme\n    customerCount\n    revenueAtStake\n    voiceCount\n    segments\n    filedAt\n    statusChangedAt\n    updatedAt\n    triageDueAt\n    triageOverdue\n    productArea {\n      ...VoiceProductArea\n    }\n    owner {\n      ...VoicePerson\n    }\n  }\n': typeof types.TicketRowFragmentDoc;
  '\n  fragment TicketRefFields on TicketRef {\n    id\n    code\n    number\n    status\n    summary\n  }\n': typeof types.TicketRefFieldsFragmentDoc;
  '\n  fragment TicketActivityFields on TicketActivity {\n    id\n    kind\n    createdAt\n    body\n    internal\n    fromStatus\n    toStatus\n    actor {\n      ...VoicePerson\n    }\n    otherTicket {\n      ...TicketRefFields\n    }\n  }\n': typeof types.TicketActivityFieldsFragmentDoc;
  '\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    version\n    canEdit\n    canTriage\n    following\n    declineReason\n    firstTriagedAt\n    filer {\n      ...VoicePerson\n    }\n    mergedInto {\n      ...TicketRefFields\n    }\n    mergedFrom {\n      ...TicketRefFields\n    }\n    linkedGoals {\n      id\n      code\n      title\n      titleEn\n      status\n    }\n    linkedStories {\n      id\n      title\n      titleEn\n      accountName\n    }\n    voices {\n      id\n      accountName\n      segment\n      annualContractValue\n      contactRole\n      channel\n      externalReference\n      verbatim\n      createdAt\n      filer {\n        ...VoicePerson\n      }\n      mergedFrom {\n        ...TicketRefFields\n      }\n    }\n    timeline {\n      ...TicketActivityFields\n    }\n  }\n': typeof types.TicketDetailFragmentDoc;
  '\n  query VoiceSettings {\n    voiceSettings {\n      canTriage\n      triageTargetDays\n    }\n  }\n': typeof types.VoiceSettingsDocument;
  '\n  query VoiceProductAreas {\n    productAreas {\n      ...VoiceProductArea\n    }\n  }\n': typeof types.VoiceProductAreasDocument;
  '\n  query SimilarTickets($text: String!, $first: Int!) {\n    similarTickets(text: $text, first: $first) {\n      summaryHighlight {\n        text\n        match\n      }\n      ticket {\n        id\n        code\n        status\n        summary\n        customerCount\n        voiceCount\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n    }\n  }\n': typeof types.SimilarTicketsDocument;
  '\n  query MyTickets($after: String, $first: Int!) {\n    myTickets(after: $after, first: $first) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.MyTicketsDocument;
  '\n  query InboxTickets($filter: TicketFilterInput, $sort: TicketSort!, $after: String, $first: Int!) {\n    tickets(filter: $filter, sort: $sort, after: $after, first: $first) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.InboxTicketsDocument;
  '\n  query TicketStatusCounts($filter: TicketFilterInput) {\n    ticketStatusCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n': typeof types.TicketStatusCountsDocument;
  '\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n    voiceSettings {\n      canTriage\n      triageTargetDays\n    }\n  }\n': typeof types.TicketDocument;
  '\n  query MergeCandidate($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n    }\n  }\n': typeof types.MergeCandidateDocument;
  '\n  query VoiceInsights($months: Int!, $productAreaId: ID) {\n    voiceInsights(months: $months, productAreaId: $productAreaId) {\n      months\n      volume {\n        month\n        tickets\n        voices\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      themes {\n        theme\n        tickets\n        voices\n        customers\n        revenueAtStake\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      areas {\n        openTickets\n        customers\n        revenueAtStake\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      triageTimes {\n        targetDays\n        triaged\n        withinTarget\n        overdue\n        waiting\n        medianDays\n        buckets {\n          fromDays\n          toDays\n          tickets\n        }\n      }\n      topRequested {\n        ...TicketRow\n      }\n    }\n  }\n': typeof types.VoiceInsightsDocument;
  '\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n': typeof types.FileTicketDocument;
  '\n  mutation AddVoiceToTicket($input: AddVoiceInput!) {\n    addVoiceToTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n': typeof types.AddVoiceToTicketDocument;
  '\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n': typeof types.UpdateTicketDocument;
  '\n  mutation TriageTicket($input: TriageTicketInput!) {\n    triageTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n': typeof types.TriageTicketDocument;
  '\n  mutation BulkTriageTickets($input: BulkTriageInput!) {\n    bulkTriageTickets(input: $input) {\n      ...TicketRow\n    }\n  }\n': typeof types.BulkTriageTicketsDocument;
  '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n': typeof types.MergeTicketDocument;
  '\n  mutation CommentOnTicket($input: CommentOnTicketInput!) {\n    commentOnTicket(input: $input) {\n      ...TicketActivityFields\n    }\n  }\n': typeof types.CommentOnTicketDocument;
  '\n  query LinkableGoals {\n    goalBoard {\n      groups {\n        rows {\n          goal {\n            id\n            code\n            title\n            titleEn\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.LinkableGoalsDocument;
  '\n  query LinkableStories($search: String!) {\n    stories(search: $search, first: 10) {\n      hits {\n        story {\n          id\n          title\n          titleEn\n          customer {\n            accountName\n          }\n        }\n      }\n    }\n  }\n': typeof types.LinkableStoriesDocument;
  '\n  mutation LinkTicket($input: TriageTicketInput!) {\n    triageTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n': typeof types.LinkTicketDocument;
};
const documents: Documents = {
  '\n  mutation ImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      applied\n      dryRun\n      summary {\n        departmentsCreated\n        departmentsUpdated\n        departmentsUnchanged\n        peopleCreated\n        peopleUpdated\n        peopleDeactivated\n        peopleUnchanged\n      }\n      changeCount\n      changes {\n        kind\n        action\n        key\n        line\n        fields {\n          field\n          before\n          after\n        }\n      }\n      errorCount\n      errors {\n        file\n        line\n        column\n        code\n        message\n        value\n        limit\n        firstLine\n      }\n    }\n  }\n':
    types.ImportDirectoryDocument,
  '\n  fragment OrgChartPerson on Person {\n    id\n    displayName\n    displayNameEn\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n    directReportCount\n  }\n':
    types.OrgChartPersonFragmentDoc,
  '\n  query OrgChartRoots {\n    orgChartRoots {\n      ...OrgChartPerson\n    }\n  }\n': types.OrgChartRootsDocument,
  '\n  query OrgChartReports($id: ID!) {\n    person(id: $id) {\n      id\n      directReports {\n        ...OrgChartPerson\n      }\n    }\n  }\n':
    types.OrgChartReportsDocument,
  '\n  query OrgChartPath($personId: ID!) {\n    orgChartPath(personId: $personId) {\n      ...OrgChartPerson\n    }\n  }\n':
    types.OrgChartPathDocument,
  '\n  query OrgChartSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          title\n          titleEn\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.OrgChartSearchDocument,
  '\n  fragment PersonCard on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n':
    types.PersonCardFragmentDoc,
  '\n  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {\n    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.PeopleDocument,
  '\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      ...PersonCard\n      email\n      location\n      bio\n      roles\n      active\n      version\n      manager {\n        ...PersonCard\n      }\n      directReports {\n        ...PersonCard\n      }\n    }\n  }\n':
    types.PersonProfileDocument,
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      bio\n      location\n      preferredLocale\n      version\n    }\n  }\n':
    types.UpdateMyProfileDocument,
  '\n  fragment DepartmentNode on Department {\n    id\n    code\n    nameJa\n    nameEn\n    memberCount\n  }\n':
    types.DepartmentNodeFragmentDoc,
  '\n  query DepartmentTree {\n    departments {\n      ...DepartmentNode\n      children {\n        ...DepartmentNode\n        children {\n          ...DepartmentNode\n          children {\n            ...DepartmentNode\n          }\n        }\n      }\n    }\n  }\n':
    types.DepartmentTreeDocument,
  '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      ...DepartmentNode\n      parent {\n        id\n        nameJa\n        nameEn\n      }\n      children {\n        ...DepartmentNode\n      }\n    }\n  }\n':
    types.DepartmentDetailDocument,
  '\n  fragment TeamSummary on Team {\n    id\n    name\n    nameEn\n    kind\n    status\n    startsOn\n    endsOn\n    memberCount\n    departmentMix {\n      memberCount\n      department {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n':
    types.TeamSummaryFragmentDoc,
  '\n  fragment TeamMemberFields on TeamMember {\n    id\n    role\n    allocation\n    startsOn\n    endsOn\n    current\n    person {\n      id\n      displayName\n      displayNameEn\n      title\n      titleEn\n      department {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n':
    types.TeamMemberFieldsFragmentDoc,
  '\n  fragment TeamEventFields on TeamEvent {\n    id\n    kind\n    createdAt\n    actor {\n      id\n      displayName\n      displayNameEn\n    }\n    person {\n      id\n      displayName\n      displayNameEn\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n':
    types.TeamEventFieldsFragmentDoc,
  '\n  fragment TeamDetails on Team {\n    ...TeamSummary\n    mission\n    channelUrl\n    version\n    viewerCanEdit\n    members {\n      ...TeamMemberFields\n    }\n    goals {\n      relation\n      goal {\n        id\n        code\n        title\n        titleEn\n        status\n        confidence\n        progress\n        pace\n        periodStart\n        periodEnd\n      }\n    }\n    history(first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          actor {\n            id\n            displayName\n            displayNameEn\n          }\n          person {\n            id\n            displayName\n            displayNameEn\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.TeamDetailsFragmentDoc,
  '\n  query TeamDirectory($search: String, $departmentId: ID, $kind: TeamKind, $status: TeamStatus, $first: Int!, $after: String) {\n    teams(search: $search, departmentId: $departmentId, kind: $kind, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...TeamSummary\n          leads {\n            id\n            displayName\n            displayNameEn\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.TeamDirectoryDocument,
  '\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      ...TeamDetails\n    }\n  }\n': types.TeamPageDocument,
  '\n  query TeamPastMembers($id: ID!) {\n    team(id: $id) {\n      id\n      members(includePast: true) {\n        ...TeamMemberFields\n      }\n    }\n  }\n':
    types.TeamPastMembersDocument,
  '\n  query TeamHistoryPage($id: ID!, $after: String) {\n    team(id: $id) {\n      id\n      history(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...TeamEventFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.TeamHistoryPageDocument,
  '\n  query TeamGoalOptions {\n    goalBoard {\n      groups {\n        rows {\n          goal {\n            id\n            code\n            title\n            titleEn\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.TeamGoalOptionsDocument,
  '\n  query PersonTeams($id: ID!) {\n    person(id: $id) {\n      id\n      totalAllocation\n      teams {\n        role\n        allocation\n        startsOn\n        endsOn\n        current\n        team {\n          id\n          name\n          nameEn\n          kind\n          status\n        }\n      }\n    }\n  }\n':
    types.PersonTeamsDocument,
  '\n  query DepartmentTeams($id: ID!) {\n    department(id: $id) {\n      id\n      teams {\n        ...TeamSummary\n        members {\n          id\n          role\n          person {\n            id\n            displayName\n            displayNameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.DepartmentTeamsDocument,
  '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamDetails\n    }\n  }\n':
    types.CreateTeamDocument,
  '\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      ...TeamDetails\n    }\n  }\n':
    types.UpdateTeamDocument,
  '\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      ...TeamDetails\n    }\n  }\n':
    types.AddTeamMemberDocument,
  '\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      ...TeamDetails\n    }\n  }\n':
    types.UpdateTeamMemberDocument,
  '\n  mutation RemoveTeamMember($memberId: ID!) {\n    removeTeamMember(memberId: $memberId) {\n      ...TeamDetails\n    }\n  }\n':
    types.RemoveTeamMemberDocument,
  '\n  mutation LinkTeamGoal($input: LinkTeamGoalInput!) {\n    linkTeamGoal(input: $input) {\n      ...TeamDetails\n    }\n  }\n':
    types.LinkTeamGoalDocument,
  '\n  mutation UnlinkTeamGoal($teamId: ID!, $goalId: ID!) {\n    unlinkTeamGoal(teamId: $teamId, goalId: $goalId) {\n      ...TeamDetails\n    }\n  }\n':
    types.UnlinkTeamGoalDocument,
  '\n  fragment GoalPerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n':
    types.GoalPersonFragmentDoc,
  '\n  fragment GoalPeriodFields on GoalPeriodModel {\n    key\n    kind\n    fiscalYear\n    quarter\n    start\n    end\n  }\n':
    types.GoalPeriodFieldsFragmentDoc,
  '\n  fragment GoalProgressFields on GoalProgress {\n    actual\n    pace\n    paceValue\n    rolledUp\n    suggestedConfidence\n    checkInDue\n    checkInOverdue\n  }\n':
    types.GoalProgressFieldsFragmentDoc,
  '\n  fragment GoalFacts on Goal {\n    id\n    code\n    kind\n    title\n    titleEn\n    status\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    currentValue\n    confidence\n    lastCheckInAt\n    trend\n    weight\n    cadence\n    period {\n      ...GoalPeriodFields\n    }\n    progress {\n      ...GoalProgressFields\n    }\n    owner {\n      ...GoalPerson\n    }\n    departments {\n      id\n      nameJa\n      nameEn\n    }\n  }\n':
    types.GoalFactsFragmentDoc,
  '\n  fragment GoalSummary on Goal {\n    ...GoalFacts\n    canCheckIn\n  }\n': types.GoalSummaryFragmentDoc,
  '\n  query GoalBoard($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID) {\n    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId) {\n      fiscalYear {\n        ...GoalPeriodFields\n      }\n      quarter {\n        ...GoalPeriodFields\n      }\n      fiscalYears\n      truncated\n      summary {\n        total\n        onTrack\n        atRisk\n        offTrack\n        noCheckIn\n        overdue\n      }\n      groups {\n        rows {\n          depth\n          matches\n          goal {\n            ...GoalFacts\n          }\n        }\n      }\n    }\n  }\n':
    types.GoalBoardDocument,
  '\n  query GoalBoardCsv($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID, $locale: Locale!) {\n    goalBoardCsv(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId, locale: $locale)\n  }\n':
    types.GoalBoardCsvDocument,
  '\n  query GoalBoardTeamOptions($search: String) {\n    teams(search: $search, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          nameEn\n          status\n        }\n      }\n    }\n  }\n':
    types.GoalBoardTeamOptionsDocument,
  '\n  query GoalBoardTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      nameEn\n      status\n    }\n  }\n':
    types.GoalBoardTeamDocument,
  '\n  query GoalBoardSnapshots {\n    goalBoardSnapshots {\n      id\n      takenAt\n      period {\n        ...GoalPeriodFields\n      }\n    }\n  }\n':
    types.GoalBoardSnapshotsDocument,
  '\n  fragment GoalBoardLineFields on GoalBoardLine {\n    goalId\n    code\n    kind\n    depth\n    title\n    titleEn\n    periodKey\n    status\n    ownerName\n    departments\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    currentValue\n    progress\n    pace\n    confidence\n    suggestedConfidence\n    lastCheckInAt\n    trend\n  }\n':
    types.GoalBoardLineFieldsFragmentDoc,
  '\n  query GoalBoardSnapshot($id: ID!) {\n    goalBoardSnapshot(id: $id) {\n      id\n      takenAt\n      period {\n        ...GoalPeriodFields\n      }\n      lines {\n        ...GoalBoardLineFields\n      }\n    }\n  }\n':
    types.GoalBoardSnapshotDocument,
  '\n  fragment GoalCheckInCommentFields on GoalCheckInComment {\n    id\n    checkInId\n    body\n    createdAt\n    author {\n      ...GoalPerson\n    }\n  }\n':
    types.GoalCheckInCommentFieldsFragmentDoc,
  '\n  fragment GoalCheckInFields on GoalCheckIn {\n    id\n    goalId\n    slotStart\n    value\n    confidence\n    note\n    edited\n    createdAt\n    updatedAt\n    version\n    commentCount\n    author {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n    comments {\n      id\n      checkInId\n      body\n      createdAt\n      author {\n        id\n        displayName\n        displayNameEn\n        displayNameKana\n      }\n    }\n    entries {\n      id\n      value\n      confidence\n      note\n      createdAt\n      author {\n        id\n        displayName\n        displayNameEn\n        displayNameKana\n      }\n    }\n  }\n':
    types.GoalCheckInFieldsFragmentDoc,
  "\n  query Goal($id: ID!) {\n    goal(id: $id) {\n      ...GoalFacts\n      description\n      version\n      recurring\n      parentId\n      previousId\n      seriesId\n      monthlyTargets\n      childWeightTotal\n      createdAt\n      updatedAt\n      parent {\n        id\n        code\n        kind\n        title\n        titleEn\n      }\n      children {\n        ...GoalFacts\n      }\n      series {\n        id\n        code\n        status\n        period {\n          ...GoalPeriodFields\n        }\n      }\n      checkIns {\n        ...GoalCheckInFields\n      }\n      # The relation belongs to this goal's link, not to the team: read under an alias, a\n      # GoalTeam is not normalized by id, so another goal's link cannot overwrite it in the cache.\n      teams {\n        teamId: id\n        name\n        nameEn\n        status\n        relation\n      }\n    }\n    goalSettings {\n      today\n      fiscalYearStartMonth\n    }\n  }\n":
    types.GoalDocument,
  '\n  query GoalAccess($id: ID!) {\n    goal(id: $id) {\n      id\n      canEdit\n      canCheckIn\n    }\n  }\n':
    types.GoalAccessDocument,
  '\n  query MyGoals {\n    myGoals {\n      checkInsDue\n      owned {\n        ...GoalSummary\n      }\n      contributing {\n        ...GoalSummary\n      }\n    }\n    goalSettings {\n      today\n    }\n  }\n':
    types.MyGoalsDocument,
  '\n  query GoalCheckInContext($id: ID!) {\n    goal(id: $id) {\n      id\n      checkIns {\n        id\n        slotStart\n        value\n        confidence\n        note\n        version\n      }\n    }\n  }\n':
    types.GoalCheckInContextDocument,
  '\n  mutation RecordCheckIn($input: RecordCheckInInput!) {\n    recordCheckIn(input: $input) {\n      ...GoalCheckInFields\n    }\n  }\n':
    types.RecordCheckInDocument,
  '\n  mutation CommentOnCheckIn($input: CommentOnCheckInInput!) {\n    commentOnCheckIn(input: $input) {\n      ...GoalCheckInCommentFields\n    }\n  }\n':
    types.CommentOnCheckInDocument,
  '\n  mutation SetGoalStatus($input: SetGoalStatusInput!) {\n    setGoalStatus(input: $input) {\n      id\n      status\n      version\n      canCheckIn\n      canEdit\n      progress {\n        ...GoalProgressFields\n      }\n    }\n  }\n':
    types.SetGoalStatusDocument,
  '\n  mutation RollGoalForward($input: RollGoalForwardInput!) {\n    rollGoalForward(input: $input) {\n      id\n      period {\n        ...GoalPeriodFields\n      }\n    }\n  }\n':
    types.RollGoalForwardDocument,
  '\n  fragment GoalFormFields on Goal {\n    id\n    version\n    canEdit\n    status\n    code\n    kind\n    title\n    titleEn\n    description\n    owner {\n      ...GoalPerson\n    }\n    departments {\n      id\n      nameJa\n      nameEn\n    }\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    monthlyTargets\n    period {\n      ...GoalPeriodFields\n    }\n    cadence\n    parentId\n    weight\n    recurring\n  }\n':
    types.GoalFormFieldsFragmentDoc,
  '\n  query GoalForm($id: ID!) {\n    goal(id: $id) {\n      ...GoalFormFields\n    }\n  }\n': types.GoalFormDocument,
  '\n  query GoalFormSettings {\n    goalSettings {\n      currentFiscalYear {\n        ...GoalPeriodFields\n      }\n      currentQuarter {\n        ...GoalPeriodFields\n      }\n      fiscalYearStartMonth\n    }\n  }\n':
    types.GoalFormSettingsDocument,
  '\n  query GoalParentOptions($fiscalYear: Int, $quarter: Int) {\n    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter) {\n      groups {\n        rows {\n          depth\n          goal {\n            id\n            code\n            kind\n            title\n            titleEn\n            period {\n              key\n              kind\n              fiscalYear\n              quarter\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.GoalParentOptionsDocument,
  '\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFormFields\n    }\n  }\n':
    types.CreateGoalDocument,
  '\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalFormFields\n    }\n  }\n':
    types.UpdateGoalDocument,
  '\n  query GoalTickets($goalId: ID!) {\n    goalTickets(goalId: $goalId) {\n      id\n      code\n      summary\n      status\n      customerCount\n      revenueAtStake\n    }\n  }\n':
    types.GoalTicketsDocument,
  '\n  fragment NewsletterName on Newsletter {\n    id\n    nameJa\n    nameEn\n    canEdit\n  }\n': types.NewsletterNameFragmentDoc,
  '\n  fragment EditionAuthor on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n':
    types.EditionAuthorFragmentDoc,
  '\n  fragment EditionReactions on Edition {\n    id\n    reactions {\n      kind\n      emoji\n      count\n      reactedByMe\n    }\n  }\n':
    types.EditionReactionsFragmentDoc,
  '\n  fragment EditionCard on Edition {\n    id\n    title\n    summary\n    coverImageUrl\n    status\n    mustRead\n    pinned\n    unread\n    acknowledgedByMe\n    publishedAt\n    scheduledAt\n    updatedAt\n    createdAt\n    commentCount\n    tags\n    author {\n      ...EditionAuthor\n    }\n    newsletter {\n      ...NewsletterName\n    }\n    ...EditionReactions\n  }\n':
    types.EditionCardFragmentDoc,
  '\n  query Feed($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    feed(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...EditionCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.FeedDocument,
  '\n  fragment EditionDetail on Edition {\n    ...EditionCard\n    bodyHtml\n    version\n    canEdit\n    pinnedUntil\n    archivedAt\n    acknowledgedAt\n    readProgress\n    audience {\n      kind\n      size\n      departments {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n':
    types.EditionDetailFragmentDoc,
  '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionDetail\n    }\n  }\n': types.EditionDocument,
  "\n  fragment CommentFields on EditionComment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    hidden\n    hiddenReason\n    mine\n    parentId\n    version\n    # Fields inline, not a nested fragment: replies already sit near the api's depth limit.\n    author {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n    mentions {\n      id\n      displayName\n      displayNameEn\n    }\n  }\n":
    types.CommentFieldsFragmentDoc,
  '\n  query EditionComments($id: ID!, $first: Int!, $after: String) {\n    edition(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replyCount\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.EditionCommentsDocument,
  '\n  mutation SetReaction($editionId: ID!, $kind: ReactionKind!, $on: Boolean!) {\n    setReaction(editionId: $editionId, kind: $kind, on: $on) {\n      ...EditionReactions\n    }\n  }\n':
    types.SetReactionDocument,
  '\n  subscription EditionReactionsChanged($editionId: ID!) {\n    editionReactionsChanged(editionId: $editionId) {\n      editionId\n      counts {\n        kind\n        count\n      }\n    }\n  }\n':
    types.EditionReactionsChangedDocument,
  '\n  mutation RecordEditionRead($editionId: ID!, $progress: ReadProgress!, $dwellSeconds: Int!) {\n    recordEditionRead(editionId: $editionId, progress: $progress, dwellSeconds: $dwellSeconds) {\n      editionId\n      recorded\n      progress\n    }\n  }\n':
    types.RecordEditionReadDocument,
  '\n  mutation AcknowledgeEdition($editionId: ID!) {\n    acknowledgeEdition(editionId: $editionId) {\n      id\n      acknowledgedByMe\n      acknowledgedAt\n    }\n  }\n':
    types.AcknowledgeEditionDocument,
  '\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n      replyCount\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n':
    types.PostCommentDocument,
  '\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n':
    types.EditCommentDocument,
  '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n': types.DeleteCommentDocument,
  '\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n':
    types.HideCommentDocument,
  '\n  query MentionCandidates($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          displayNameKana\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.MentionCandidatesDocument,
  '\n  fragment NewsletterSummary on Newsletter {\n    ...NewsletterName\n    department {\n      id\n      nameJa\n      nameEn\n    }\n    descriptionJa\n    descriptionEn\n    cadence\n    companyWide\n    followed\n  }\n':
    types.NewsletterSummaryFragmentDoc,
  '\n  query Newsletters($first: Int!, $after: String) {\n    newsletters(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NewsletterSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.NewslettersDocument,
  '\n  query Newsletter($id: ID!) {\n    newsletter(id: $id) {\n      ...NewsletterSummary\n    }\n  }\n': types.NewsletterDocument,
  '\n  query NewsletterEditions($id: ID!, $status: EditionStatus!, $first: Int!, $after: String) {\n    newsletter(id: $id) {\n      id\n      editions(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...EditionCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.NewsletterEditionsDocument,
  '\n  mutation FollowNewsletter($newsletterId: ID!, $follow: Boolean!) {\n    followNewsletter(newsletterId: $newsletterId, follow: $follow) {\n      id\n      followed\n    }\n  }\n':
    types.FollowNewsletterDocument,
  '\n  mutation CreateNewsletter($input: CreateNewsletterInput!) {\n    createNewsletter(input: $input) {\n      ...NewsletterSummary\n    }\n  }\n':
    types.CreateNewsletterDocument,
  '\n  query NewsletterPreferences {\n    newsletterPreferences {\n      weeklyDigest\n    }\n  }\n': types.NewsletterPreferencesDocument,
  '\n  mutation UpdateNewsletterPreferences($weeklyDigest: Boolean!) {\n    updateNewsletterPreferences(weeklyDigest: $weeklyDigest) {\n      weeklyDigest\n    }\n  }\n':
    types.UpdateNewsletterPreferencesDocument,
  '\n  mutation CreateEdition($input: CreateEditionInput!) {\n    createEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n':
    types.CreateEditionDocument,
  '\n  mutation UpdateEdition($input: UpdateEditionInput!) {\n    updateEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n':
    types.UpdateEditionDocument,
  '\n  mutation ScheduleEdition($input: ScheduleEditionInput!) {\n    scheduleEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n':
    types.ScheduleEditionDocument,
  '\n  mutation UnscheduleEdition($id: ID!) {\n    unscheduleEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n':
    types.UnscheduleEditionDocument,
  '\n  mutation PublishEdition($id: ID!) {\n    publishEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n':
    types.PublishEditionDocument,
  '\n  mutation ArchiveEdition($id: ID!) {\n    archiveEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n':
    types.ArchiveEditionDocument,
  '\n  fragment DepartmentEngagementRow on DepartmentEngagement {\n    audienceSize\n    openers\n    readers\n    reach\n    readRate\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n':
    types.DepartmentEngagementRowFragmentDoc,
  '\n  fragment EditionEngagement on EditionAnalytics {\n    editionId\n    mustRead\n    audienceSize\n    openers\n    readers\n    reactors\n    comments\n    acknowledgements\n    reach\n    readRate\n    reactionRate\n    acknowledgementRate\n    byDepartment {\n      ...DepartmentEngagementRow\n    }\n  }\n':
    types.EditionEngagementFragmentDoc,
  '\n  query EditionAnalytics($editionId: ID!) {\n    editionAnalytics(editionId: $editionId) {\n      ...EditionEngagement\n    }\n  }\n':
    types.EditionAnalyticsDocument,
  '\n  query EditionAcknowledgements($editionId: ID!, $acknowledged: Boolean!, $first: Int!, $after: String) {\n    editionAcknowledgements(editionId: $editionId, acknowledged: $acknowledged, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        acknowledgedAt\n        node {\n          id\n          displayName\n          displayNameEn\n        }\n        department {\n          id\n          nameJa\n          nameEn\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.EditionAcknowledgementsDocument,
  '\n  mutation SendMustReadReminder($editionId: ID!) {\n    sendMustReadReminder(editionId: $editionId) {\n      notified\n      nextAllowedAt\n    }\n  }\n':
    types.SendMustReadReminderDocument,
  '\n  query NewsletterAnalytics($newsletterId: ID!, $from: DateTime!, $to: DateTime!) {\n    newsletterAnalytics(newsletterId: $newsletterId, from: $from, to: $to) {\n      newsletterId\n      editions {\n        editionId\n        title\n        publishedAt\n        mustRead\n        audienceSize\n        openers\n        readers\n        reactors\n        comments\n        acknowledgements\n        reach\n        readRate\n        reactionRate\n        acknowledgementRate\n      }\n      weeks {\n        weekStart\n        editions\n        audienceSize\n        openers\n        readers\n        reactors\n        comments\n        acknowledgements\n        reach\n        readRate\n        reactionRate\n      }\n      byDepartment {\n        ...DepartmentEngagementRow\n      }\n    }\n  }\n':
    types.NewsletterAnalyticsDocument,
  '\n  query EditionReactors($id: ID!, $kind: ReactionKind!, $first: Int!, $after: String) {\n    edition(id: $id) {\n      id\n      reactors(kind: $kind, first: $first, after: $after) {\n        edges {\n          cursor\n          reactedAt\n          node {\n            id\n            displayName\n            displayNameEn\n            displayNameKana\n            department {\n              id\n              nameJa\n              nameEn\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.EditionReactorsDocument,
  '\n  query EditionVersions($id: ID!) {\n    edition(id: $id) {\n      id\n      versions {\n        version\n        title\n        summary\n        coverImageUrl\n        bodyHtml\n        tags\n        replacedAt\n        replacedBy {\n          id\n          displayName\n          displayNameEn\n        }\n      }\n    }\n  }\n':
    types.EditionVersionsDocument,
  '\n  query Me {\n    me {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n      preferredLocale\n      roles\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation UpdateMyLocale($preferredLocale: Locale!) {\n    updateMyProfile(input: { preferredLocale: $preferredLocale }) {\n      id\n      preferredLocale\n    }\n  }\n':
    types.UpdateMyLocaleDocument,
  '\n  query AuthOptions {\n    authOptions {\n      entraEnabled\n      devSignInEnabled\n      personas {\n        key\n        person {\n          ...SignInCandidate\n        }\n      }\n    }\n  }\n':
    types.AuthOptionsDocument,
  '\n  query DevSignInCandidates($search: String!) {\n    devSignInCandidates(search: $search) {\n      ...SignInCandidate\n    }\n  }\n':
    types.DevSignInCandidatesDocument,
  '\n  fragment SignInCandidate on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n':
    types.SignInCandidateFragmentDoc,
  '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    link\n    createdAt\n    readAt\n    title {\n      ja\n      en\n    }\n    body {\n      ja\n      en\n    }\n    actor {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n  }\n':
    types.NotificationItemFragmentDoc,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': types.UnreadNotificationCountDocument,
  '\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    unreadNotificationCount\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationsRead(ids: [$id])\n  }\n': types.MarkNotificationReadDocument,
  '\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead\n  }\n': types.MarkAllNotificationsReadDocument,
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n': types.NotificationAddedDocument,
  '\n  query DepartmentOptions {\n    departments {\n      id\n      nameJa\n      nameEn\n      children {\n        id\n        nameJa\n        nameEn\n        children {\n          id\n          nameJa\n          nameEn\n          children {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.DepartmentOptionsDocument,
  '\n  query PeopleCandidates($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.PeopleCandidatesDocument,
  '\n  fragment StoryPerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n':
    types.StoryPersonFragmentDoc,
  '\n  fragment StoryOutcomeFields on StoryOutcome {\n    label\n    before\n    after\n    unit\n    period\n  }\n':
    types.StoryOutcomeFieldsFragmentDoc,
  '\n  fragment StoryCard on Story {\n    id\n    title\n    titleEn\n    status\n    publishedAt\n    updatedAt\n    helpfulCount\n    customer {\n      accountName\n      industry\n    }\n    outcomes {\n      ...StoryOutcomeFields\n    }\n    verification {\n      state\n    }\n  }\n':
    types.StoryCardFragmentDoc,
  '\n  fragment StoryMarks on Story {\n    id\n    helpfulCount\n    helpfulByMe\n    bookmarkCount\n    bookmarkedByMe\n  }\n':
    types.StoryMarksFragmentDoc,
  '\n  query StoriesSearch($search: String, $filter: StoryFilterInput, $sort: StorySort, $first: Int!, $after: String) {\n    stories(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      corrections {\n        word\n        similar\n      }\n      facets {\n        withOutcomes\n        industries {\n          value\n          count\n        }\n        departments {\n          count\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n        products {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n        verification {\n          value\n          count\n        }\n      }\n      hits {\n        cursor\n        titleHighlight {\n          text\n          match\n        }\n        snippet {\n          text\n          match\n        }\n        story {\n          ...StoryCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.StoriesSearchDocument,
  '\n  query MyStories($scope: MyStoriesScope!, $first: Int!, $after: String) {\n    myStories(scope: $scope, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StoryCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.MyStoriesDocument,
  '\n  query Story($id: ID!) {\n    story(id: $id) {\n      ...StoryCard\n      ...StoryMarks\n      language\n      version\n      contentUpdatedAt\n      viewCount\n      canEdit\n      canManage\n      canReview\n      canVerify\n      challengeHtml\n      solutionHtml\n      resultHtml\n      products\n      tags\n      verifyIntervalDays\n      customer {\n        accountName\n        industry\n        companySize\n        region\n      }\n      quote {\n        text\n        attribution\n      }\n      verification {\n        state\n        intervalDays\n        verifiedAt\n        dueAt\n        verifiedBy {\n          ...StoryPerson\n        }\n      }\n      departments {\n        id\n        nameJa\n        nameEn\n      }\n      people {\n        ...StoryPerson\n      }\n      coAuthors {\n        ...StoryPerson\n      }\n      author {\n        ...StoryPerson\n      }\n      verifier {\n        ...StoryPerson\n      }\n      reviewer {\n        ...StoryPerson\n      }\n      reviews {\n        id\n        decision\n        comment\n        createdAt\n        reviewer {\n          ...StoryPerson\n        }\n      }\n    }\n  }\n':
    types.StoryDocument,
  '\n  query SimilarStories($id: ID!) {\n    story(id: $id) {\n      id\n      similar {\n        ...StoryCard\n      }\n    }\n  }\n':
    types.SimilarStoriesDocument,
  '\n  query StoryVersions($id: ID!) {\n    story(id: $id) {\n      id\n      versions {\n        version\n        title\n        challengeHtml\n        solutionHtml\n        resultHtml\n        replacedAt\n        outcomes {\n          ...StoryOutcomeFields\n        }\n        replacedBy {\n          ...StoryPerson\n        }\n      }\n    }\n  }\n':
    types.StoryVersionsDocument,
  '\n  fragment StorySaved on Story {\n    id\n    version\n    status\n    canEdit\n    updatedAt\n  }\n': types.StorySavedFragmentDoc,
  '\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      ...StorySaved\n    }\n  }\n':
    types.CreateStoryDocument,
  '\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      ...StorySaved\n    }\n  }\n':
    types.UpdateStoryDocument,
  '\n  mutation SubmitStory($input: SubmitStoryInput!) {\n    submitStory(input: $input) {\n      ...StorySaved\n    }\n  }\n':
    types.SubmitStoryDocument,
  '\n  mutation ReviewStory($input: ReviewStoryInput!) {\n    reviewStory(input: $input) {\n      ...StorySaved\n    }\n  }\n':
    types.ReviewStoryDocument,
  '\n  mutation VerifyStory($id: ID!) {\n    verifyStory(id: $id) {\n      ...StorySaved\n    }\n  }\n': types.VerifyStoryDocument,
  '\n  mutation ArchiveStory($id: ID!) {\n    archiveStory(id: $id) {\n      ...StorySaved\n    }\n  }\n': types.ArchiveStoryDocument,
  '\n  mutation RestoreStory($id: ID!) {\n    restoreStory(id: $id) {\n      ...StorySaved\n    }\n  }\n': types.RestoreStoryDocument,
  '\n  mutation SetStoryHelpful($id: ID!, $helpful: Boolean!) {\n    setStoryHelpful(id: $id, helpful: $helpful) {\n      ...StoryMarks\n    }\n  }\n':
    types.SetStoryHelpfulDocument,
  '\n  mutation SetStoryBookmarked($id: ID!, $bookmarked: Boolean!) {\n    setStoryBookmarked(id: $id, bookmarked: $bookmarked) {\n      ...StoryMarks\n    }\n  }\n':
    types.SetStoryBookmarkedDocument,
  '\n  mutation RecordStoryView($id: ID!) {\n    recordStoryView(id: $id)\n  }\n': types.RecordStoryViewDocument,
  '\n  fragment VoicePerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n':
    types.VoicePersonFragmentDoc,
  '\n  fragment VoiceProductArea on ProductArea {\n    id\n    key\n    nameJa\n    nameEn\n    active\n    sortOrder\n  }\n':
    types.VoiceProductAreaFragmentDoc,
  '\n  fragment TicketRow on Ticket {\n    id\n    code\n    number\n    status\n    summary\n    category\n    impact\n    theme\n    customerCount\n    revenueAtStake\n    voiceCount\n    segments\n    filedAt\n    statusChangedAt\n    updatedAt\n    triageDueAt\n    triageOverdue\n    productArea {\n      ...VoiceProductArea\n    }\n    owner {\n      ...VoicePerson\n    }\n  }\n':
    types.TicketRowFragmentDoc,
  '\n  fragment TicketRefFields on TicketRef {\n    id\n    code\n    number\n    status\n    summary\n  }\n':
    types.TicketRefFieldsFragmentDoc,
  '\n  fragment TicketActivityFields on TicketActivity {\n    id\n    kind\n    createdAt\n    body\n    internal\n    fromStatus\n    toStatus\n    actor {\n      ...VoicePerson\n    }\n    otherTicket {\n      ...TicketRefFields\n    }\n  }\n':
    types.TicketActivityFieldsFragmentDoc,
  '\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    version\n    canEdit\n    canTriage\n    following\n    declineReason\n    firstTriagedAt\n    filer {\n      ...VoicePerson\n    }\n    mergedInto {\n      ...TicketRefFields\n    }\n    mergedFrom {\n      ...TicketRefFields\n    }\n    linkedGoals {\n      id\n      code\n      title\n      titleEn\n      status\n    }\n    linkedStories {\n      id\n      title\n      titleEn\n      accountName\n    }\n    voices {\n      id\n      accountName\n      segment\n      annualContractValue\n      contactRole\n      channel\n      externalReference\n      verbatim\n      createdAt\n      filer {\n        ...VoicePerson\n      }\n      mergedFrom {\n        ...TicketRefFields\n      }\n    }\n    timeline {\n      ...TicketActivityFields\n    }\n  }\n':
    types.TicketDetailFragmentDoc,
  '\n  query VoiceSettings {\n    voiceSettings {\n      canTriage\n      triageTargetDays\n    }\n  }\n': types.VoiceSettingsDocument,
  '\n  query VoiceProductAreas {\n    productAreas {\n      ...VoiceProductArea\n    }\n  }\n': types.VoiceProductAreasDocument,
  '\n  query SimilarTickets($text: String!, $first: Int!) {\n    similarTickets(text: $text, first: $first) {\n      summaryHighlight {\n        text\n        match\n      }\n      ticket {\n        id\n        code\n        status\n        summary\n        customerCount\n        voiceCount\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n    }\n  }\n':
    types.SimilarTicketsDocument,
  '\n  query MyTickets($after: String, $first: Int!) {\n    myTickets(after: $after, first: $first) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.MyTicketsDocument,
  '\n  query InboxTickets($filter: TicketFilterInput, $sort: TicketSort!, $after: String, $first: Int!) {\n    tickets(filter: $filter, sort: $sort, after: $after, first: $first) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.InboxTicketsDocument,
  '\n  query TicketStatusCounts($filter: TicketFilterInput) {\n    ticketStatusCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n':
    types.TicketStatusCountsDocument,
  '\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n    voiceSettings {\n      canTriage\n      triageTargetDays\n    }\n  }\n':
    types.TicketDocument,
  '\n  query MergeCandidate($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n    }\n  }\n': types.MergeCandidateDocument,
  '\n  query VoiceInsights($months: Int!, $productAreaId: ID) {\n    voiceInsights(months: $months, productAreaId: $productAreaId) {\n      months\n      volume {\n        month\n        tickets\n        voices\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      themes {\n        theme\n        tickets\n        voices\n        customers\n        revenueAtStake\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      areas {\n        openTickets\n        customers\n        revenueAtStake\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      triageTimes {\n        targetDays\n        triaged\n        withinTarget\n        overdue\n        waiting\n        medianDays\n        buckets {\n          fromDays\n          toDays\n          tickets\n        }\n      }\n      topRequested {\n        ...TicketRow\n      }\n    }\n  }\n':
    types.VoiceInsightsDocument,
  '\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n':
    types.FileTicketDocument,
  '\n  mutation AddVoiceToTicket($input: AddVoiceInput!) {\n    addVoiceToTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n':
    types.AddVoiceToTicketDocument,
  '\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n':
    types.UpdateTicketDocument,
  '\n  mutation TriageTicket($input: TriageTicketInput!) {\n    triageTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n':
    types.TriageTicketDocument,
  '\n  mutation BulkTriageTickets($input: BulkTriageInput!) {\n    bulkTriageTickets(input: $input) {\n      ...TicketRow\n    }\n  }\n':
    types.BulkTriageTicketsDocument,
  '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n':
    types.MergeTicketDocument,
  '\n  mutation CommentOnTicket($input: CommentOnTicketInput!) {\n    commentOnTicket(input: $input) {\n      ...TicketActivityFields\n    }\n  }\n':
    types.CommentOnTicketDocument,
  '\n  query LinkableGoals {\n    goalBoard {\n      groups {\n        rows {\n          goal {\n            id\n            code\n            title\n            titleEn\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.LinkableGoalsDocument,
  '\n  query LinkableStories($search: String!) {\n    stories(search: $search, first: 10) {\n      hits {\n        story {\n          id\n          title\n          titleEn\n          customer {\n            accountName\n          }\n        }\n      }\n    }\n  }\n':
    types.LinkableStoriesDocument,
  '\n  mutation LinkTicket($input: TriageTicketInput!) {\n    triageTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n':
    types.LinkTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      applied\n      dryRun\n      summary {\n        departmentsCreated\n        departmentsUpdated\n        departmentsUnchanged\n        peopleCreated\n        peopleUpdated\n        peopleDeactivated\n        peopleUnchanged\n      }\n      changeCount\n      changes {\n        kind\n        action\n        key\n        line\n        fields {\n          field\n          before\n          after\n        }\n      }\n      errorCount\n      errors {\n        file\n        line\n        column\n        code\n        message\n        value\n        limit\n        firstLine\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      applied\n      dryRun\n      summary {\n        departmentsCreated\n        departmentsUpdated\n        departmentsUnchanged\n        peopleCreated\n        peopleUpdated\n        peopleDeactivated\n        peopleUnchanged\n      }\n      changeCount\n      changes {\n        kind\n        action\n        key\n        line\n        fields {\n          field\n          before\n          after\n        }\n      }\n      errorCount\n      errors {\n        file\n        line\n        column\n        code\n        message\n        value\n        limit\n        firstLine\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrgChartPerson on Person {\n    id\n    displayName\n    displayNameEn\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n    directReportCount\n  }\n',
): (typeof documents)['\n  fragment OrgChartPerson on Person {\n    id\n    displayName\n    displayNameEn\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n    directReportCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrgChartRoots {\n    orgChartRoots {\n      ...OrgChartPerson\n    }\n  }\n',
): (typeof documents)['\n  query OrgChartRoots {\n    orgChartRoots {\n      ...OrgChartPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrgChartReports($id: ID!) {\n    person(id: $id) {\n      id\n      directReports {\n        ...OrgChartPerson\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrgChartReports($id: ID!) {\n    person(id: $id) {\n      id\n      directReports {\n        ...OrgChartPerson\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrgChartPath($personId: ID!) {\n    orgChartPath(personId: $personId) {\n      ...OrgChartPerson\n    }\n  }\n',
): (typeof documents)['\n  query OrgChartPath($personId: ID!) {\n    orgChartPath(personId: $personId) {\n      ...OrgChartPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrgChartSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          title\n          titleEn\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrgChartSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          title\n          titleEn\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonCard on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonCard on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {\n    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query People($search: String, $departmentId: ID, $first: Int!, $after: String) {\n    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      ...PersonCard\n      email\n      location\n      bio\n      roles\n      active\n      version\n      manager {\n        ...PersonCard\n      }\n      directReports {\n        ...PersonCard\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      ...PersonCard\n      email\n      location\n      bio\n      roles\n      active\n      version\n      manager {\n        ...PersonCard\n      }\n      directReports {\n        ...PersonCard\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      bio\n      location\n      preferredLocale\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      bio\n      location\n      preferredLocale\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DepartmentNode on Department {\n    id\n    code\n    nameJa\n    nameEn\n    memberCount\n  }\n',
): (typeof documents)['\n  fragment DepartmentNode on Department {\n    id\n    code\n    nameJa\n    nameEn\n    memberCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentTree {\n    departments {\n      ...DepartmentNode\n      children {\n        ...DepartmentNode\n        children {\n          ...DepartmentNode\n          children {\n            ...DepartmentNode\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentTree {\n    departments {\n      ...DepartmentNode\n      children {\n        ...DepartmentNode\n        children {\n          ...DepartmentNode\n          children {\n            ...DepartmentNode\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      ...DepartmentNode\n      parent {\n        id\n        nameJa\n        nameEn\n      }\n      children {\n        ...DepartmentNode\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentDetail($id: ID!) {\n    department(id: $id) {\n      ...DepartmentNode\n      parent {\n        id\n        nameJa\n        nameEn\n      }\n      children {\n        ...DepartmentNode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamSummary on Team {\n    id\n    name\n    nameEn\n    kind\n    status\n    startsOn\n    endsOn\n    memberCount\n    departmentMix {\n      memberCount\n      department {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamSummary on Team {\n    id\n    name\n    nameEn\n    kind\n    status\n    startsOn\n    endsOn\n    memberCount\n    departmentMix {\n      memberCount\n      department {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamMemberFields on TeamMember {\n    id\n    role\n    allocation\n    startsOn\n    endsOn\n    current\n    person {\n      id\n      displayName\n      displayNameEn\n      title\n      titleEn\n      department {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamMemberFields on TeamMember {\n    id\n    role\n    allocation\n    startsOn\n    endsOn\n    current\n    person {\n      id\n      displayName\n      displayNameEn\n      title\n      titleEn\n      department {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamEventFields on TeamEvent {\n    id\n    kind\n    createdAt\n    actor {\n      id\n      displayName\n      displayNameEn\n    }\n    person {\n      id\n      displayName\n      displayNameEn\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamEventFields on TeamEvent {\n    id\n    kind\n    createdAt\n    actor {\n      id\n      displayName\n      displayNameEn\n    }\n    person {\n      id\n      displayName\n      displayNameEn\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamDetails on Team {\n    ...TeamSummary\n    mission\n    channelUrl\n    version\n    viewerCanEdit\n    members {\n      ...TeamMemberFields\n    }\n    goals {\n      relation\n      goal {\n        id\n        code\n        title\n        titleEn\n        status\n        confidence\n        progress\n        pace\n        periodStart\n        periodEnd\n      }\n    }\n    history(first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          actor {\n            id\n            displayName\n            displayNameEn\n          }\n          person {\n            id\n            displayName\n            displayNameEn\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamDetails on Team {\n    ...TeamSummary\n    mission\n    channelUrl\n    version\n    viewerCanEdit\n    members {\n      ...TeamMemberFields\n    }\n    goals {\n      relation\n      goal {\n        id\n        code\n        title\n        titleEn\n        status\n        confidence\n        progress\n        pace\n        periodStart\n        periodEnd\n      }\n    }\n    history(first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          actor {\n            id\n            displayName\n            displayNameEn\n          }\n          person {\n            id\n            displayName\n            displayNameEn\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamDirectory($search: String, $departmentId: ID, $kind: TeamKind, $status: TeamStatus, $first: Int!, $after: String) {\n    teams(search: $search, departmentId: $departmentId, kind: $kind, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...TeamSummary\n          leads {\n            id\n            displayName\n            displayNameEn\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamDirectory($search: String, $departmentId: ID, $kind: TeamKind, $status: TeamStatus, $first: Int!, $after: String) {\n    teams(search: $search, departmentId: $departmentId, kind: $kind, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...TeamSummary\n          leads {\n            id\n            displayName\n            displayNameEn\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      ...TeamDetails\n    }\n  }\n',
): (typeof documents)['\n  query TeamPage($id: ID!) {\n    team(id: $id) {\n      ...TeamDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamPastMembers($id: ID!) {\n    team(id: $id) {\n      id\n      members(includePast: true) {\n        ...TeamMemberFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamPastMembers($id: ID!) {\n    team(id: $id) {\n      id\n      members(includePast: true) {\n        ...TeamMemberFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamHistoryPage($id: ID!, $after: String) {\n    team(id: $id) {\n      id\n      history(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...TeamEventFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamHistoryPage($id: ID!, $after: String) {\n    team(id: $id) {\n      id\n      history(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...TeamEventFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamGoalOptions {\n    goalBoard {\n      groups {\n        rows {\n          goal {\n            id\n            code\n            title\n            titleEn\n            status\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamGoalOptions {\n    goalBoard {\n      groups {\n        rows {\n          goal {\n            id\n            code\n            title\n            titleEn\n            status\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonTeams($id: ID!) {\n    person(id: $id) {\n      id\n      totalAllocation\n      teams {\n        role\n        allocation\n        startsOn\n        endsOn\n        current\n        team {\n          id\n          name\n          nameEn\n          kind\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonTeams($id: ID!) {\n    person(id: $id) {\n      id\n      totalAllocation\n      teams {\n        role\n        allocation\n        startsOn\n        endsOn\n        current\n        team {\n          id\n          name\n          nameEn\n          kind\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentTeams($id: ID!) {\n    department(id: $id) {\n      id\n      teams {\n        ...TeamSummary\n        members {\n          id\n          role\n          person {\n            id\n            displayName\n            displayNameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentTeams($id: ID!) {\n    department(id: $id) {\n      id\n      teams {\n        ...TeamSummary\n        members {\n          id\n          role\n          person {\n            id\n            displayName\n            displayNameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      ...TeamDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      ...TeamDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      ...TeamDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      ...TeamDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      ...TeamDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      ...TeamDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTeamMember($memberId: ID!) {\n    removeTeamMember(memberId: $memberId) {\n      ...TeamDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveTeamMember($memberId: ID!) {\n    removeTeamMember(memberId: $memberId) {\n      ...TeamDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkTeamGoal($input: LinkTeamGoalInput!) {\n    linkTeamGoal(input: $input) {\n      ...TeamDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkTeamGoal($input: LinkTeamGoalInput!) {\n    linkTeamGoal(input: $input) {\n      ...TeamDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlinkTeamGoal($teamId: ID!, $goalId: ID!) {\n    unlinkTeamGoal(teamId: $teamId, goalId: $goalId) {\n      ...TeamDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation UnlinkTeamGoal($teamId: ID!, $goalId: ID!) {\n    unlinkTeamGoal(teamId: $teamId, goalId: $goalId) {\n      ...TeamDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalPerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n',
): (typeof documents)['\n  fragment GoalPerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalPeriodFields on GoalPeriodModel {\n    key\n    kind\n    fiscalYear\n    quarter\n    start\n    end\n  }\n',
): (typeof documents)['\n  fragment GoalPeriodFields on GoalPeriodModel {\n    key\n    kind\n    fiscalYear\n    quarter\n    start\n    end\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalProgressFields on GoalProgress {\n    actual\n    pace\n    paceValue\n    rolledUp\n    suggestedConfidence\n    checkInDue\n    checkInOverdue\n  }\n',
): (typeof documents)['\n  fragment GoalProgressFields on GoalProgress {\n    actual\n    pace\n    paceValue\n    rolledUp\n    suggestedConfidence\n    checkInDue\n    checkInOverdue\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalFacts on Goal {\n    id\n    code\n    kind\n    title\n    titleEn\n    status\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    currentValue\n    confidence\n    lastCheckInAt\n    trend\n    weight\n    cadence\n    period {\n      ...GoalPeriodFields\n    }\n    progress {\n      ...GoalProgressFields\n    }\n    owner {\n      ...GoalPerson\n    }\n    departments {\n      id\n      nameJa\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  fragment GoalFacts on Goal {\n    id\n    code\n    kind\n    title\n    titleEn\n    status\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    currentValue\n    confidence\n    lastCheckInAt\n    trend\n    weight\n    cadence\n    period {\n      ...GoalPeriodFields\n    }\n    progress {\n      ...GoalProgressFields\n    }\n    owner {\n      ...GoalPerson\n    }\n    departments {\n      id\n      nameJa\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalSummary on Goal {\n    ...GoalFacts\n    canCheckIn\n  }\n',
): (typeof documents)['\n  fragment GoalSummary on Goal {\n    ...GoalFacts\n    canCheckIn\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalBoard($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID) {\n    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId) {\n      fiscalYear {\n        ...GoalPeriodFields\n      }\n      quarter {\n        ...GoalPeriodFields\n      }\n      fiscalYears\n      truncated\n      summary {\n        total\n        onTrack\n        atRisk\n        offTrack\n        noCheckIn\n        overdue\n      }\n      groups {\n        rows {\n          depth\n          matches\n          goal {\n            ...GoalFacts\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalBoard($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID) {\n    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId) {\n      fiscalYear {\n        ...GoalPeriodFields\n      }\n      quarter {\n        ...GoalPeriodFields\n      }\n      fiscalYears\n      truncated\n      summary {\n        total\n        onTrack\n        atRisk\n        offTrack\n        noCheckIn\n        overdue\n      }\n      groups {\n        rows {\n          depth\n          matches\n          goal {\n            ...GoalFacts\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalBoardCsv($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID, $locale: Locale!) {\n    goalBoardCsv(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId, locale: $locale)\n  }\n',
): (typeof documents)['\n  query GoalBoardCsv($fiscalYear: Int, $quarter: Int, $departmentId: ID, $teamId: ID, $locale: Locale!) {\n    goalBoardCsv(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId, teamId: $teamId, locale: $locale)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalBoardTeamOptions($search: String) {\n    teams(search: $search, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          nameEn\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalBoardTeamOptions($search: String) {\n    teams(search: $search, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          nameEn\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalBoardTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      nameEn\n      status\n    }\n  }\n',
): (typeof documents)['\n  query GoalBoardTeam($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      nameEn\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalBoardSnapshots {\n    goalBoardSnapshots {\n      id\n      takenAt\n      period {\n        ...GoalPeriodFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalBoardSnapshots {\n    goalBoardSnapshots {\n      id\n      takenAt\n      period {\n        ...GoalPeriodFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalBoardLineFields on GoalBoardLine {\n    goalId\n    code\n    kind\n    depth\n    title\n    titleEn\n    periodKey\n    status\n    ownerName\n    departments\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    currentValue\n    progress\n    pace\n    confidence\n    suggestedConfidence\n    lastCheckInAt\n    trend\n  }\n',
): (typeof documents)['\n  fragment GoalBoardLineFields on GoalBoardLine {\n    goalId\n    code\n    kind\n    depth\n    title\n    titleEn\n    periodKey\n    status\n    ownerName\n    departments\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    currentValue\n    progress\n    pace\n    confidence\n    suggestedConfidence\n    lastCheckInAt\n    trend\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalBoardSnapshot($id: ID!) {\n    goalBoardSnapshot(id: $id) {\n      id\n      takenAt\n      period {\n        ...GoalPeriodFields\n      }\n      lines {\n        ...GoalBoardLineFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalBoardSnapshot($id: ID!) {\n    goalBoardSnapshot(id: $id) {\n      id\n      takenAt\n      period {\n        ...GoalPeriodFields\n      }\n      lines {\n        ...GoalBoardLineFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalCheckInCommentFields on GoalCheckInComment {\n    id\n    checkInId\n    body\n    createdAt\n    author {\n      ...GoalPerson\n    }\n  }\n',
): (typeof documents)['\n  fragment GoalCheckInCommentFields on GoalCheckInComment {\n    id\n    checkInId\n    body\n    createdAt\n    author {\n      ...GoalPerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalCheckInFields on GoalCheckIn {\n    id\n    goalId\n    slotStart\n    value\n    confidence\n    note\n    edited\n    createdAt\n    updatedAt\n    version\n    commentCount\n    author {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n    comments {\n      id\n      checkInId\n      body\n      createdAt\n      author {\n        id\n        displayName\n        displayNameEn\n        displayNameKana\n      }\n    }\n    entries {\n      id\n      value\n      confidence\n      note\n      createdAt\n      author {\n        id\n        displayName\n        displayNameEn\n        displayNameKana\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment GoalCheckInFields on GoalCheckIn {\n    id\n    goalId\n    slotStart\n    value\n    confidence\n    note\n    edited\n    createdAt\n    updatedAt\n    version\n    commentCount\n    author {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n    comments {\n      id\n      checkInId\n      body\n      createdAt\n      author {\n        id\n        displayName\n        displayNameEn\n        displayNameKana\n      }\n    }\n    entries {\n      id\n      value\n      confidence\n      note\n      createdAt\n      author {\n        id\n        displayName\n        displayNameEn\n        displayNameKana\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Goal($id: ID!) {\n    goal(id: $id) {\n      ...GoalFacts\n      description\n      version\n      recurring\n      parentId\n      previousId\n      seriesId\n      monthlyTargets\n      childWeightTotal\n      createdAt\n      updatedAt\n      parent {\n        id\n        code\n        kind\n        title\n        titleEn\n      }\n      children {\n        ...GoalFacts\n      }\n      series {\n        id\n        code\n        status\n        period {\n          ...GoalPeriodFields\n        }\n      }\n      checkIns {\n        ...GoalCheckInFields\n      }\n      # The relation belongs to this goal's link, not to the team: read under an alias, a\n      # GoalTeam is not normalized by id, so another goal's link cannot overwrite it in the cache.\n      teams {\n        teamId: id\n        name\n        nameEn\n        status\n        relation\n      }\n    }\n    goalSettings {\n      today\n      fiscalYearStartMonth\n    }\n  }\n",
): (typeof documents)["\n  query Goal($id: ID!) {\n    goal(id: $id) {\n      ...GoalFacts\n      description\n      version\n      recurring\n      parentId\n      previousId\n      seriesId\n      monthlyTargets\n      childWeightTotal\n      createdAt\n      updatedAt\n      parent {\n        id\n        code\n        kind\n        title\n        titleEn\n      }\n      children {\n        ...GoalFacts\n      }\n      series {\n        id\n        code\n        status\n        period {\n          ...GoalPeriodFields\n        }\n      }\n      checkIns {\n        ...GoalCheckInFields\n      }\n      # The relation belongs to this goal's link, not to the team: read under an alias, a\n      # GoalTeam is not normalized by id, so another goal's link cannot overwrite it in the cache.\n      teams {\n        teamId: id\n        name\n        nameEn\n        status\n        relation\n      }\n    }\n    goalSettings {\n      today\n      fiscalYearStartMonth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalAccess($id: ID!) {\n    goal(id: $id) {\n      id\n      canEdit\n      canCheckIn\n    }\n  }\n',
): (typeof documents)['\n  query GoalAccess($id: ID!) {\n    goal(id: $id) {\n      id\n      canEdit\n      canCheckIn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyGoals {\n    myGoals {\n      checkInsDue\n      owned {\n        ...GoalSummary\n      }\n      contributing {\n        ...GoalSummary\n      }\n    }\n    goalSettings {\n      today\n    }\n  }\n',
): (typeof documents)['\n  query MyGoals {\n    myGoals {\n      checkInsDue\n      owned {\n        ...GoalSummary\n      }\n      contributing {\n        ...GoalSummary\n      }\n    }\n    goalSettings {\n      today\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalCheckInContext($id: ID!) {\n    goal(id: $id) {\n      id\n      checkIns {\n        id\n        slotStart\n        value\n        confidence\n        note\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalCheckInContext($id: ID!) {\n    goal(id: $id) {\n      id\n      checkIns {\n        id\n        slotStart\n        value\n        confidence\n        note\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCheckIn($input: RecordCheckInInput!) {\n    recordCheckIn(input: $input) {\n      ...GoalCheckInFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCheckIn($input: RecordCheckInInput!) {\n    recordCheckIn(input: $input) {\n      ...GoalCheckInFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnCheckIn($input: CommentOnCheckInInput!) {\n    commentOnCheckIn(input: $input) {\n      ...GoalCheckInCommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentOnCheckIn($input: CommentOnCheckInInput!) {\n    commentOnCheckIn(input: $input) {\n      ...GoalCheckInCommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetGoalStatus($input: SetGoalStatusInput!) {\n    setGoalStatus(input: $input) {\n      id\n      status\n      version\n      canCheckIn\n      canEdit\n      progress {\n        ...GoalProgressFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetGoalStatus($input: SetGoalStatusInput!) {\n    setGoalStatus(input: $input) {\n      id\n      status\n      version\n      canCheckIn\n      canEdit\n      progress {\n        ...GoalProgressFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollGoalForward($input: RollGoalForwardInput!) {\n    rollGoalForward(input: $input) {\n      id\n      period {\n        ...GoalPeriodFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RollGoalForward($input: RollGoalForwardInput!) {\n    rollGoalForward(input: $input) {\n      id\n      period {\n        ...GoalPeriodFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalFormFields on Goal {\n    id\n    version\n    canEdit\n    status\n    code\n    kind\n    title\n    titleEn\n    description\n    owner {\n      ...GoalPerson\n    }\n    departments {\n      id\n      nameJa\n      nameEn\n    }\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    monthlyTargets\n    period {\n      ...GoalPeriodFields\n    }\n    cadence\n    parentId\n    weight\n    recurring\n  }\n',
): (typeof documents)['\n  fragment GoalFormFields on Goal {\n    id\n    version\n    canEdit\n    status\n    code\n    kind\n    title\n    titleEn\n    description\n    owner {\n      ...GoalPerson\n    }\n    departments {\n      id\n      nameJa\n      nameEn\n    }\n    unit\n    unitLabel\n    direction\n    baseline\n    target\n    rangeLow\n    rangeHigh\n    monthlyTargets\n    period {\n      ...GoalPeriodFields\n    }\n    cadence\n    parentId\n    weight\n    recurring\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalForm($id: ID!) {\n    goal(id: $id) {\n      ...GoalFormFields\n    }\n  }\n',
): (typeof documents)['\n  query GoalForm($id: ID!) {\n    goal(id: $id) {\n      ...GoalFormFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalFormSettings {\n    goalSettings {\n      currentFiscalYear {\n        ...GoalPeriodFields\n      }\n      currentQuarter {\n        ...GoalPeriodFields\n      }\n      fiscalYearStartMonth\n    }\n  }\n',
): (typeof documents)['\n  query GoalFormSettings {\n    goalSettings {\n      currentFiscalYear {\n        ...GoalPeriodFields\n      }\n      currentQuarter {\n        ...GoalPeriodFields\n      }\n      fiscalYearStartMonth\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalParentOptions($fiscalYear: Int, $quarter: Int) {\n    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter) {\n      groups {\n        rows {\n          depth\n          goal {\n            id\n            code\n            kind\n            title\n            titleEn\n            period {\n              key\n              kind\n              fiscalYear\n              quarter\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GoalParentOptions($fiscalYear: Int, $quarter: Int) {\n    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter) {\n      groups {\n        rows {\n          depth\n          goal {\n            id\n            code\n            kind\n            title\n            titleEn\n            period {\n              key\n              kind\n              fiscalYear\n              quarter\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFormFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFormFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalFormFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalFormFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalTickets($goalId: ID!) {\n    goalTickets(goalId: $goalId) {\n      id\n      code\n      summary\n      status\n      customerCount\n      revenueAtStake\n    }\n  }\n',
): (typeof documents)['\n  query GoalTickets($goalId: ID!) {\n    goalTickets(goalId: $goalId) {\n      id\n      code\n      summary\n      status\n      customerCount\n      revenueAtStake\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NewsletterName on Newsletter {\n    id\n    nameJa\n    nameEn\n    canEdit\n  }\n',
): (typeof documents)['\n  fragment NewsletterName on Newsletter {\n    id\n    nameJa\n    nameEn\n    canEdit\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditionAuthor on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n',
): (typeof documents)['\n  fragment EditionAuthor on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditionReactions on Edition {\n    id\n    reactions {\n      kind\n      emoji\n      count\n      reactedByMe\n    }\n  }\n',
): (typeof documents)['\n  fragment EditionReactions on Edition {\n    id\n    reactions {\n      kind\n      emoji\n      count\n      reactedByMe\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditionCard on Edition {\n    id\n    title\n    summary\n    coverImageUrl\n    status\n    mustRead\n    pinned\n    unread\n    acknowledgedByMe\n    publishedAt\n    scheduledAt\n    updatedAt\n    createdAt\n    commentCount\n    tags\n    author {\n      ...EditionAuthor\n    }\n    newsletter {\n      ...NewsletterName\n    }\n    ...EditionReactions\n  }\n',
): (typeof documents)['\n  fragment EditionCard on Edition {\n    id\n    title\n    summary\n    coverImageUrl\n    status\n    mustRead\n    pinned\n    unread\n    acknowledgedByMe\n    publishedAt\n    scheduledAt\n    updatedAt\n    createdAt\n    commentCount\n    tags\n    author {\n      ...EditionAuthor\n    }\n    newsletter {\n      ...NewsletterName\n    }\n    ...EditionReactions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Feed($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    feed(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...EditionCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Feed($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    feed(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...EditionCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditionDetail on Edition {\n    ...EditionCard\n    bodyHtml\n    version\n    canEdit\n    pinnedUntil\n    archivedAt\n    acknowledgedAt\n    readProgress\n    audience {\n      kind\n      size\n      departments {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EditionDetail on Edition {\n    ...EditionCard\n    bodyHtml\n    version\n    canEdit\n    pinnedUntil\n    archivedAt\n    acknowledgedAt\n    readProgress\n    audience {\n      kind\n      size\n      departments {\n        id\n        nameJa\n        nameEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionDetail\n    }\n  }\n',
): (typeof documents)['\n  query Edition($id: ID!) {\n    edition(id: $id) {\n      ...EditionDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment CommentFields on EditionComment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    hidden\n    hiddenReason\n    mine\n    parentId\n    version\n    # Fields inline, not a nested fragment: replies already sit near the api's depth limit.\n    author {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n    mentions {\n      id\n      displayName\n      displayNameEn\n    }\n  }\n",
): (typeof documents)["\n  fragment CommentFields on EditionComment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    hidden\n    hiddenReason\n    mine\n    parentId\n    version\n    # Fields inline, not a nested fragment: replies already sit near the api's depth limit.\n    author {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n    mentions {\n      id\n      displayName\n      displayNameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditionComments($id: ID!, $first: Int!, $after: String) {\n    edition(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replyCount\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EditionComments($id: ID!, $first: Int!, $after: String) {\n    edition(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replyCount\n            replies {\n              ...CommentFields\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetReaction($editionId: ID!, $kind: ReactionKind!, $on: Boolean!) {\n    setReaction(editionId: $editionId, kind: $kind, on: $on) {\n      ...EditionReactions\n    }\n  }\n',
): (typeof documents)['\n  mutation SetReaction($editionId: ID!, $kind: ReactionKind!, $on: Boolean!) {\n    setReaction(editionId: $editionId, kind: $kind, on: $on) {\n      ...EditionReactions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription EditionReactionsChanged($editionId: ID!) {\n    editionReactionsChanged(editionId: $editionId) {\n      editionId\n      counts {\n        kind\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription EditionReactionsChanged($editionId: ID!) {\n    editionReactionsChanged(editionId: $editionId) {\n      editionId\n      counts {\n        kind\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordEditionRead($editionId: ID!, $progress: ReadProgress!, $dwellSeconds: Int!) {\n    recordEditionRead(editionId: $editionId, progress: $progress, dwellSeconds: $dwellSeconds) {\n      editionId\n      recorded\n      progress\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordEditionRead($editionId: ID!, $progress: ReadProgress!, $dwellSeconds: Int!) {\n    recordEditionRead(editionId: $editionId, progress: $progress, dwellSeconds: $dwellSeconds) {\n      editionId\n      recorded\n      progress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeEdition($editionId: ID!) {\n    acknowledgeEdition(editionId: $editionId) {\n      id\n      acknowledgedByMe\n      acknowledgedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeEdition($editionId: ID!) {\n    acknowledgeEdition(editionId: $editionId) {\n      id\n      acknowledgedByMe\n      acknowledgedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n      replyCount\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n      replyCount\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentionCandidates($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          displayNameKana\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MentionCandidates($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          displayNameKana\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NewsletterSummary on Newsletter {\n    ...NewsletterName\n    department {\n      id\n      nameJa\n      nameEn\n    }\n    descriptionJa\n    descriptionEn\n    cadence\n    companyWide\n    followed\n  }\n',
): (typeof documents)['\n  fragment NewsletterSummary on Newsletter {\n    ...NewsletterName\n    department {\n      id\n      nameJa\n      nameEn\n    }\n    descriptionJa\n    descriptionEn\n    cadence\n    companyWide\n    followed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Newsletters($first: Int!, $after: String) {\n    newsletters(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NewsletterSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Newsletters($first: Int!, $after: String) {\n    newsletters(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NewsletterSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Newsletter($id: ID!) {\n    newsletter(id: $id) {\n      ...NewsletterSummary\n    }\n  }\n',
): (typeof documents)['\n  query Newsletter($id: ID!) {\n    newsletter(id: $id) {\n      ...NewsletterSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewsletterEditions($id: ID!, $status: EditionStatus!, $first: Int!, $after: String) {\n    newsletter(id: $id) {\n      id\n      editions(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...EditionCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewsletterEditions($id: ID!, $status: EditionStatus!, $first: Int!, $after: String) {\n    newsletter(id: $id) {\n      id\n      editions(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...EditionCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowNewsletter($newsletterId: ID!, $follow: Boolean!) {\n    followNewsletter(newsletterId: $newsletterId, follow: $follow) {\n      id\n      followed\n    }\n  }\n',
): (typeof documents)['\n  mutation FollowNewsletter($newsletterId: ID!, $follow: Boolean!) {\n    followNewsletter(newsletterId: $newsletterId, follow: $follow) {\n      id\n      followed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateNewsletter($input: CreateNewsletterInput!) {\n    createNewsletter(input: $input) {\n      ...NewsletterSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateNewsletter($input: CreateNewsletterInput!) {\n    createNewsletter(input: $input) {\n      ...NewsletterSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewsletterPreferences {\n    newsletterPreferences {\n      weeklyDigest\n    }\n  }\n',
): (typeof documents)['\n  query NewsletterPreferences {\n    newsletterPreferences {\n      weeklyDigest\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNewsletterPreferences($weeklyDigest: Boolean!) {\n    updateNewsletterPreferences(weeklyDigest: $weeklyDigest) {\n      weeklyDigest\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNewsletterPreferences($weeklyDigest: Boolean!) {\n    updateNewsletterPreferences(weeklyDigest: $weeklyDigest) {\n      weeklyDigest\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateEdition($input: CreateEditionInput!) {\n    createEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateEdition($input: CreateEditionInput!) {\n    createEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEdition($input: UpdateEditionInput!) {\n    updateEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEdition($input: UpdateEditionInput!) {\n    updateEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleEdition($input: ScheduleEditionInput!) {\n    scheduleEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleEdition($input: ScheduleEditionInput!) {\n    scheduleEdition(input: $input) {\n      ...EditionDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnscheduleEdition($id: ID!) {\n    unscheduleEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation UnscheduleEdition($id: ID!) {\n    unscheduleEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishEdition($id: ID!) {\n    publishEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishEdition($id: ID!) {\n    publishEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveEdition($id: ID!) {\n    archiveEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveEdition($id: ID!) {\n    archiveEdition(id: $id) {\n      ...EditionDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DepartmentEngagementRow on DepartmentEngagement {\n    audienceSize\n    openers\n    readers\n    reach\n    readRate\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  fragment DepartmentEngagementRow on DepartmentEngagement {\n    audienceSize\n    openers\n    readers\n    reach\n    readRate\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditionEngagement on EditionAnalytics {\n    editionId\n    mustRead\n    audienceSize\n    openers\n    readers\n    reactors\n    comments\n    acknowledgements\n    reach\n    readRate\n    reactionRate\n    acknowledgementRate\n    byDepartment {\n      ...DepartmentEngagementRow\n    }\n  }\n',
): (typeof documents)['\n  fragment EditionEngagement on EditionAnalytics {\n    editionId\n    mustRead\n    audienceSize\n    openers\n    readers\n    reactors\n    comments\n    acknowledgements\n    reach\n    readRate\n    reactionRate\n    acknowledgementRate\n    byDepartment {\n      ...DepartmentEngagementRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditionAnalytics($editionId: ID!) {\n    editionAnalytics(editionId: $editionId) {\n      ...EditionEngagement\n    }\n  }\n',
): (typeof documents)['\n  query EditionAnalytics($editionId: ID!) {\n    editionAnalytics(editionId: $editionId) {\n      ...EditionEngagement\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditionAcknowledgements($editionId: ID!, $acknowledged: Boolean!, $first: Int!, $after: String) {\n    editionAcknowledgements(editionId: $editionId, acknowledged: $acknowledged, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        acknowledgedAt\n        node {\n          id\n          displayName\n          displayNameEn\n        }\n        department {\n          id\n          nameJa\n          nameEn\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EditionAcknowledgements($editionId: ID!, $acknowledged: Boolean!, $first: Int!, $after: String) {\n    editionAcknowledgements(editionId: $editionId, acknowledged: $acknowledged, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        acknowledgedAt\n        node {\n          id\n          displayName\n          displayNameEn\n        }\n        department {\n          id\n          nameJa\n          nameEn\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendMustReadReminder($editionId: ID!) {\n    sendMustReadReminder(editionId: $editionId) {\n      notified\n      nextAllowedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SendMustReadReminder($editionId: ID!) {\n    sendMustReadReminder(editionId: $editionId) {\n      notified\n      nextAllowedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewsletterAnalytics($newsletterId: ID!, $from: DateTime!, $to: DateTime!) {\n    newsletterAnalytics(newsletterId: $newsletterId, from: $from, to: $to) {\n      newsletterId\n      editions {\n        editionId\n        title\n        publishedAt\n        mustRead\n        audienceSize\n        openers\n        readers\n        reactors\n        comments\n        acknowledgements\n        reach\n        readRate\n        reactionRate\n        acknowledgementRate\n      }\n      weeks {\n        weekStart\n        editions\n        audienceSize\n        openers\n        readers\n        reactors\n        comments\n        acknowledgements\n        reach\n        readRate\n        reactionRate\n      }\n      byDepartment {\n        ...DepartmentEngagementRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewsletterAnalytics($newsletterId: ID!, $from: DateTime!, $to: DateTime!) {\n    newsletterAnalytics(newsletterId: $newsletterId, from: $from, to: $to) {\n      newsletterId\n      editions {\n        editionId\n        title\n        publishedAt\n        mustRead\n        audienceSize\n        openers\n        readers\n        reactors\n        comments\n        acknowledgements\n        reach\n        readRate\n        reactionRate\n        acknowledgementRate\n      }\n      weeks {\n        weekStart\n        editions\n        audienceSize\n        openers\n        readers\n        reactors\n        comments\n        acknowledgements\n        reach\n        readRate\n        reactionRate\n      }\n      byDepartment {\n        ...DepartmentEngagementRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditionReactors($id: ID!, $kind: ReactionKind!, $first: Int!, $after: String) {\n    edition(id: $id) {\n      id\n      reactors(kind: $kind, first: $first, after: $after) {\n        edges {\n          cursor\n          reactedAt\n          node {\n            id\n            displayName\n            displayNameEn\n            displayNameKana\n            department {\n              id\n              nameJa\n              nameEn\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EditionReactors($id: ID!, $kind: ReactionKind!, $first: Int!, $after: String) {\n    edition(id: $id) {\n      id\n      reactors(kind: $kind, first: $first, after: $after) {\n        edges {\n          cursor\n          reactedAt\n          node {\n            id\n            displayName\n            displayNameEn\n            displayNameKana\n            department {\n              id\n              nameJa\n              nameEn\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditionVersions($id: ID!) {\n    edition(id: $id) {\n      id\n      versions {\n        version\n        title\n        summary\n        coverImageUrl\n        bodyHtml\n        tags\n        replacedAt\n        replacedBy {\n          id\n          displayName\n          displayNameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EditionVersions($id: ID!) {\n    edition(id: $id) {\n      id\n      versions {\n        version\n        title\n        summary\n        coverImageUrl\n        bodyHtml\n        tags\n        replacedAt\n        replacedBy {\n          id\n          displayName\n          displayNameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n      preferredLocale\n      roles\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n      preferredLocale\n      roles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyLocale($preferredLocale: Locale!) {\n    updateMyProfile(input: { preferredLocale: $preferredLocale }) {\n      id\n      preferredLocale\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyLocale($preferredLocale: Locale!) {\n    updateMyProfile(input: { preferredLocale: $preferredLocale }) {\n      id\n      preferredLocale\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthOptions {\n    authOptions {\n      entraEnabled\n      devSignInEnabled\n      personas {\n        key\n        person {\n          ...SignInCandidate\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuthOptions {\n    authOptions {\n      entraEnabled\n      devSignInEnabled\n      personas {\n        key\n        person {\n          ...SignInCandidate\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DevSignInCandidates($search: String!) {\n    devSignInCandidates(search: $search) {\n      ...SignInCandidate\n    }\n  }\n',
): (typeof documents)['\n  query DevSignInCandidates($search: String!) {\n    devSignInCandidates(search: $search) {\n      ...SignInCandidate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SignInCandidate on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  fragment SignInCandidate on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n    title\n    titleEn\n    department {\n      id\n      nameJa\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    link\n    createdAt\n    readAt\n    title {\n      ja\n      en\n    }\n    body {\n      ja\n      en\n    }\n    actor {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n  }\n',
): (typeof documents)['\n  fragment NotificationItem on Notification {\n    id\n    kind\n    link\n    createdAt\n    readAt\n    title {\n      ja\n      en\n    }\n    body {\n      ja\n      en\n    }\n    actor {\n      id\n      displayName\n      displayNameEn\n      displayNameKana\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    unreadNotificationCount\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    unreadNotificationCount\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationsRead(ids: [$id])\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationsRead(ids: [$id])\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead\n  }\n',
): (typeof documents)['\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentOptions {\n    departments {\n      id\n      nameJa\n      nameEn\n      children {\n        id\n        nameJa\n        nameEn\n        children {\n          id\n          nameJa\n          nameEn\n          children {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentOptions {\n    departments {\n      id\n      nameJa\n      nameEn\n      children {\n        id\n        nameJa\n        nameEn\n        children {\n          id\n          nameJa\n          nameEn\n          children {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeopleCandidates($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeopleCandidates($search: String!) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          displayNameEn\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StoryPerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n',
): (typeof documents)['\n  fragment StoryPerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StoryOutcomeFields on StoryOutcome {\n    label\n    before\n    after\n    unit\n    period\n  }\n',
): (typeof documents)['\n  fragment StoryOutcomeFields on StoryOutcome {\n    label\n    before\n    after\n    unit\n    period\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StoryCard on Story {\n    id\n    title\n    titleEn\n    status\n    publishedAt\n    updatedAt\n    helpfulCount\n    customer {\n      accountName\n      industry\n    }\n    outcomes {\n      ...StoryOutcomeFields\n    }\n    verification {\n      state\n    }\n  }\n',
): (typeof documents)['\n  fragment StoryCard on Story {\n    id\n    title\n    titleEn\n    status\n    publishedAt\n    updatedAt\n    helpfulCount\n    customer {\n      accountName\n      industry\n    }\n    outcomes {\n      ...StoryOutcomeFields\n    }\n    verification {\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StoryMarks on Story {\n    id\n    helpfulCount\n    helpfulByMe\n    bookmarkCount\n    bookmarkedByMe\n  }\n',
): (typeof documents)['\n  fragment StoryMarks on Story {\n    id\n    helpfulCount\n    helpfulByMe\n    bookmarkCount\n    bookmarkedByMe\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoriesSearch($search: String, $filter: StoryFilterInput, $sort: StorySort, $first: Int!, $after: String) {\n    stories(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      corrections {\n        word\n        similar\n      }\n      facets {\n        withOutcomes\n        industries {\n          value\n          count\n        }\n        departments {\n          count\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n        products {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n        verification {\n          value\n          count\n        }\n      }\n      hits {\n        cursor\n        titleHighlight {\n          text\n          match\n        }\n        snippet {\n          text\n          match\n        }\n        story {\n          ...StoryCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoriesSearch($search: String, $filter: StoryFilterInput, $sort: StorySort, $first: Int!, $after: String) {\n    stories(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      corrections {\n        word\n        similar\n      }\n      facets {\n        withOutcomes\n        industries {\n          value\n          count\n        }\n        departments {\n          count\n          department {\n            id\n            nameJa\n            nameEn\n          }\n        }\n        products {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n        verification {\n          value\n          count\n        }\n      }\n      hits {\n        cursor\n        titleHighlight {\n          text\n          match\n        }\n        snippet {\n          text\n          match\n        }\n        story {\n          ...StoryCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyStories($scope: MyStoriesScope!, $first: Int!, $after: String) {\n    myStories(scope: $scope, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StoryCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyStories($scope: MyStoriesScope!, $first: Int!, $after: String) {\n    myStories(scope: $scope, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StoryCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Story($id: ID!) {\n    story(id: $id) {\n      ...StoryCard\n      ...StoryMarks\n      language\n      version\n      contentUpdatedAt\n      viewCount\n      canEdit\n      canManage\n      canReview\n      canVerify\n      challengeHtml\n      solutionHtml\n      resultHtml\n      products\n      tags\n      verifyIntervalDays\n      customer {\n        accountName\n        industry\n        companySize\n        region\n      }\n      quote {\n        text\n        attribution\n      }\n      verification {\n        state\n        intervalDays\n        verifiedAt\n        dueAt\n        verifiedBy {\n          ...StoryPerson\n        }\n      }\n      departments {\n        id\n        nameJa\n        nameEn\n      }\n      people {\n        ...StoryPerson\n      }\n      coAuthors {\n        ...StoryPerson\n      }\n      author {\n        ...StoryPerson\n      }\n      verifier {\n        ...StoryPerson\n      }\n      reviewer {\n        ...StoryPerson\n      }\n      reviews {\n        id\n        decision\n        comment\n        createdAt\n        reviewer {\n          ...StoryPerson\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Story($id: ID!) {\n    story(id: $id) {\n      ...StoryCard\n      ...StoryMarks\n      language\n      version\n      contentUpdatedAt\n      viewCount\n      canEdit\n      canManage\n      canReview\n      canVerify\n      challengeHtml\n      solutionHtml\n      resultHtml\n      products\n      tags\n      verifyIntervalDays\n      customer {\n        accountName\n        industry\n        companySize\n        region\n      }\n      quote {\n        text\n        attribution\n      }\n      verification {\n        state\n        intervalDays\n        verifiedAt\n        dueAt\n        verifiedBy {\n          ...StoryPerson\n        }\n      }\n      departments {\n        id\n        nameJa\n        nameEn\n      }\n      people {\n        ...StoryPerson\n      }\n      coAuthors {\n        ...StoryPerson\n      }\n      author {\n        ...StoryPerson\n      }\n      verifier {\n        ...StoryPerson\n      }\n      reviewer {\n        ...StoryPerson\n      }\n      reviews {\n        id\n        decision\n        comment\n        createdAt\n        reviewer {\n          ...StoryPerson\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SimilarStories($id: ID!) {\n    story(id: $id) {\n      id\n      similar {\n        ...StoryCard\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SimilarStories($id: ID!) {\n    story(id: $id) {\n      id\n      similar {\n        ...StoryCard\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryVersions($id: ID!) {\n    story(id: $id) {\n      id\n      versions {\n        version\n        title\n        challengeHtml\n        solutionHtml\n        resultHtml\n        replacedAt\n        outcomes {\n          ...StoryOutcomeFields\n        }\n        replacedBy {\n          ...StoryPerson\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoryVersions($id: ID!) {\n    story(id: $id) {\n      id\n      versions {\n        version\n        title\n        challengeHtml\n        solutionHtml\n        resultHtml\n        replacedAt\n        outcomes {\n          ...StoryOutcomeFields\n        }\n        replacedBy {\n          ...StoryPerson\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StorySaved on Story {\n    id\n    version\n    status\n    canEdit\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment StorySaved on Story {\n    id\n    version\n    status\n    canEdit\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      ...StorySaved\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      ...StorySaved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      ...StorySaved\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      ...StorySaved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitStory($input: SubmitStoryInput!) {\n    submitStory(input: $input) {\n      ...StorySaved\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitStory($input: SubmitStoryInput!) {\n    submitStory(input: $input) {\n      ...StorySaved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewStory($input: ReviewStoryInput!) {\n    reviewStory(input: $input) {\n      ...StorySaved\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewStory($input: ReviewStoryInput!) {\n    reviewStory(input: $input) {\n      ...StorySaved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyStory($id: ID!) {\n    verifyStory(id: $id) {\n      ...StorySaved\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyStory($id: ID!) {\n    verifyStory(id: $id) {\n      ...StorySaved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveStory($id: ID!) {\n    archiveStory(id: $id) {\n      ...StorySaved\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveStory($id: ID!) {\n    archiveStory(id: $id) {\n      ...StorySaved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreStory($id: ID!) {\n    restoreStory(id: $id) {\n      ...StorySaved\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreStory($id: ID!) {\n    restoreStory(id: $id) {\n      ...StorySaved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetStoryHelpful($id: ID!, $helpful: Boolean!) {\n    setStoryHelpful(id: $id, helpful: $helpful) {\n      ...StoryMarks\n    }\n  }\n',
): (typeof documents)['\n  mutation SetStoryHelpful($id: ID!, $helpful: Boolean!) {\n    setStoryHelpful(id: $id, helpful: $helpful) {\n      ...StoryMarks\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetStoryBookmarked($id: ID!, $bookmarked: Boolean!) {\n    setStoryBookmarked(id: $id, bookmarked: $bookmarked) {\n      ...StoryMarks\n    }\n  }\n',
): (typeof documents)['\n  mutation SetStoryBookmarked($id: ID!, $bookmarked: Boolean!) {\n    setStoryBookmarked(id: $id, bookmarked: $bookmarked) {\n      ...StoryMarks\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordStoryView($id: ID!) {\n    recordStoryView(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RecordStoryView($id: ID!) {\n    recordStoryView(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VoicePerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n',
): (typeof documents)['\n  fragment VoicePerson on Person {\n    id\n    displayName\n    displayNameEn\n    displayNameKana\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VoiceProductArea on ProductArea {\n    id\n    key\n    nameJa\n    nameEn\n    active\n    sortOrder\n  }\n',
): (typeof documents)['\n  fragment VoiceProductArea on ProductArea {\n    id\n    key\n    nameJa\n    nameEn\n    active\n    sortOrder\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TicketRow on Ticket {\n    id\n    code\n    number\n    status\n    summary\n    category\n    impact\n    theme\n    customerCount\n    revenueAtStake\n    voiceCount\n    segments\n    filedAt\n    statusChangedAt\n    updatedAt\n    triageDueAt\n    triageOverdue\n    productArea {\n      ...VoiceProductArea\n    }\n    owner {\n      ...VoicePerson\n    }\n  }\n',
): (typeof documents)['\n  fragment TicketRow on Ticket {\n    id\n    code\n    number\n    status\n    summary\n    category\n    impact\n    theme\n    customerCount\n    revenueAtStake\n    voiceCount\n    segments\n    filedAt\n    statusChangedAt\n    updatedAt\n    triageDueAt\n    triageOverdue\n    productArea {\n      ...VoiceProductArea\n    }\n    owner {\n      ...VoicePerson\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TicketRefFields on TicketRef {\n    id\n    code\n    number\n    status\n    summary\n  }\n',
): (typeof documents)['\n  fragment TicketRefFields on TicketRef {\n    id\n    code\n    number\n    status\n    summary\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TicketActivityFields on TicketActivity {\n    id\n    kind\n    createdAt\n    body\n    internal\n    fromStatus\n    toStatus\n    actor {\n      ...VoicePerson\n    }\n    otherTicket {\n      ...TicketRefFields\n    }\n  }\n',
): (typeof documents)['\n  fragment TicketActivityFields on TicketActivity {\n    id\n    kind\n    createdAt\n    body\n    internal\n    fromStatus\n    toStatus\n    actor {\n      ...VoicePerson\n    }\n    otherTicket {\n      ...TicketRefFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    version\n    canEdit\n    canTriage\n    following\n    declineReason\n    firstTriagedAt\n    filer {\n      ...VoicePerson\n    }\n    mergedInto {\n      ...TicketRefFields\n    }\n    mergedFrom {\n      ...TicketRefFields\n    }\n    linkedGoals {\n      id\n      code\n      title\n      titleEn\n      status\n    }\n    linkedStories {\n      id\n      title\n      titleEn\n      accountName\n    }\n    voices {\n      id\n      accountName\n      segment\n      annualContractValue\n      contactRole\n      channel\n      externalReference\n      verbatim\n      createdAt\n      filer {\n        ...VoicePerson\n      }\n      mergedFrom {\n        ...TicketRefFields\n      }\n    }\n    timeline {\n      ...TicketActivityFields\n    }\n  }\n',
): (typeof documents)['\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    version\n    canEdit\n    canTriage\n    following\n    declineReason\n    firstTriagedAt\n    filer {\n      ...VoicePerson\n    }\n    mergedInto {\n      ...TicketRefFields\n    }\n    mergedFrom {\n      ...TicketRefFields\n    }\n    linkedGoals {\n      id\n      code\n      title\n      titleEn\n      status\n    }\n    linkedStories {\n      id\n      title\n      titleEn\n      accountName\n    }\n    voices {\n      id\n      accountName\n      segment\n      annualContractValue\n      contactRole\n      channel\n      externalReference\n      verbatim\n      createdAt\n      filer {\n        ...VoicePerson\n      }\n      mergedFrom {\n        ...TicketRefFields\n      }\n    }\n    timeline {\n      ...TicketActivityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VoiceSettings {\n    voiceSettings {\n      canTriage\n      triageTargetDays\n    }\n  }\n',
): (typeof documents)['\n  query VoiceSettings {\n    voiceSettings {\n      canTriage\n      triageTargetDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VoiceProductAreas {\n    productAreas {\n      ...VoiceProductArea\n    }\n  }\n',
): (typeof documents)['\n  query VoiceProductAreas {\n    productAreas {\n      ...VoiceProductArea\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SimilarTickets($text: String!, $first: Int!) {\n    similarTickets(text: $text, first: $first) {\n      summaryHighlight {\n        text\n        match\n      }\n      ticket {\n        id\n        code\n        status\n        summary\n        customerCount\n        voiceCount\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SimilarTickets($text: String!, $first: Int!) {\n    similarTickets(text: $text, first: $first) {\n      summaryHighlight {\n        text\n        match\n      }\n      ticket {\n        id\n        code\n        status\n        summary\n        customerCount\n        voiceCount\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTickets($after: String, $first: Int!) {\n    myTickets(after: $after, first: $first) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTickets($after: String, $first: Int!) {\n    myTickets(after: $after, first: $first) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxTickets($filter: TicketFilterInput, $sort: TicketSort!, $after: String, $first: Int!) {\n    tickets(filter: $filter, sort: $sort, after: $after, first: $first) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InboxTickets($filter: TicketFilterInput, $sort: TicketSort!, $after: String, $first: Int!) {\n    tickets(filter: $filter, sort: $sort, after: $after, first: $first) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TicketStatusCounts($filter: TicketFilterInput) {\n    ticketStatusCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n',
): (typeof documents)['\n  query TicketStatusCounts($filter: TicketFilterInput) {\n    ticketStatusCounts(filter: $filter) {\n      status\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n    voiceSettings {\n      canTriage\n      triageTargetDays\n    }\n  }\n',
): (typeof documents)['\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n    voiceSettings {\n      canTriage\n      triageTargetDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MergeCandidate($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n    }\n  }\n',
): (typeof documents)['\n  query MergeCandidate($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VoiceInsights($months: Int!, $productAreaId: ID) {\n    voiceInsights(months: $months, productAreaId: $productAreaId) {\n      months\n      volume {\n        month\n        tickets\n        voices\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      themes {\n        theme\n        tickets\n        voices\n        customers\n        revenueAtStake\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      areas {\n        openTickets\n        customers\n        revenueAtStake\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      triageTimes {\n        targetDays\n        triaged\n        withinTarget\n        overdue\n        waiting\n        medianDays\n        buckets {\n          fromDays\n          toDays\n          tickets\n        }\n      }\n      topRequested {\n        ...TicketRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VoiceInsights($months: Int!, $productAreaId: ID) {\n    voiceInsights(months: $months, productAreaId: $productAreaId) {\n      months\n      volume {\n        month\n        tickets\n        voices\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      themes {\n        theme\n        tickets\n        voices\n        customers\n        revenueAtStake\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      areas {\n        openTickets\n        customers\n        revenueAtStake\n        productArea {\n          ...VoiceProductArea\n        }\n      }\n      triageTimes {\n        targetDays\n        triaged\n        withinTarget\n        overdue\n        waiting\n        medianDays\n        buckets {\n          fromDays\n          toDays\n          tickets\n        }\n      }\n      topRequested {\n        ...TicketRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n',
): (typeof documents)['\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddVoiceToTicket($input: AddVoiceInput!) {\n    addVoiceToTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n',
): (typeof documents)['\n  mutation AddVoiceToTicket($input: AddVoiceInput!) {\n    addVoiceToTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TriageTicket($input: TriageTicketInput!) {\n    triageTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation TriageTicket($input: TriageTicketInput!) {\n    triageTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkTriageTickets($input: BulkTriageInput!) {\n    bulkTriageTickets(input: $input) {\n      ...TicketRow\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkTriageTickets($input: BulkTriageInput!) {\n    bulkTriageTickets(input: $input) {\n      ...TicketRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnTicket($input: CommentOnTicketInput!) {\n    commentOnTicket(input: $input) {\n      ...TicketActivityFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentOnTicket($input: CommentOnTicketInput!) {\n    commentOnTicket(input: $input) {\n      ...TicketActivityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LinkableGoals {\n    goalBoard {\n      groups {\n        rows {\n          goal {\n            id\n            code\n            title\n            titleEn\n            status\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LinkableGoals {\n    goalBoard {\n      groups {\n        rows {\n          goal {\n            id\n            code\n            title\n            titleEn\n            status\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LinkableStories($search: String!) {\n    stories(search: $search, first: 10) {\n      hits {\n        story {\n          id\n          title\n          titleEn\n          customer {\n            accountName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LinkableStories($search: String!) {\n    stories(search: $search, first: 10) {\n      hits {\n        story {\n          id\n          title\n          titleEn\n          customer {\n            accountName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkTicket($input: TriageTicketInput!) {\n    triageTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkTicket($input: TriageTicketInput!) {\n    triageTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
