/**
 * What one domain shows of another's records it links to (a ticket's goals and stories),
 * asked of the owning domain instead of reading its tables. Each is provided by that domain.
 */
export interface LinkedGoalSummary {
  id: string;
  code: string;
  title: string;
  titleEn: string | null;
  status: string;
}

/** A linked goal with where it stands today (a team page shows its goals' status). */
export interface LinkedGoalStatus extends LinkedGoalSummary {
  confidence: string | null;
  /** Baseline (0) to target (1); null before the first check-in. */
  progress: number | null;
  /** The progress expected by today. */
  pace: number;
  periodStart: string;
  periodEnd: string;
}

export interface GoalLinkPort {
  /** Goals by id, drafts and cancelled ones included; unknown ids are left out. */
  goalSummaries(ids: readonly string[]): Promise<LinkedGoalSummary[]>;
  /** The same goals with their progress and confidence today. */
  goalStatuses(ids: readonly string[]): Promise<LinkedGoalStatus[]>;
  /** The latest period's goal of each code (KGI-01, KPI-CS-01 …); unknown codes are left out. */
  latestGoalsByCode(codes: readonly string[]): Promise<LinkedGoalSummary[]>;
}

export const GOAL_LINKS = Symbol('GOAL_LINKS');

export interface LinkedStorySummary {
  id: string;
  title: string;
  titleEn: string | null;
  accountName: string;
  status: string;
}

export interface StoryLinkPort {
  /** Published or archived stories by id (drafts are nobody else's business); unknown ids are left out. */
  storySummaries(ids: readonly string[]): Promise<LinkedStorySummary[]>;
}

export const STORY_LINKS = Symbol('STORY_LINKS');

/** A team tied to a goal (the goal page lists its teams; the board filters by one). */
export interface LinkedTeamSummary {
  goalId: string;
  teamId: string;
  name: string;
  nameEn: string | null;
  status: string;
  /** OWNS or CONTRIBUTES. */
  relation: string;
}

export interface TeamLinkPort {
  /** Teams tied to these goals, owners first, then by name. */
  teamsOfGoals(goalIds: readonly string[]): Promise<LinkedTeamSummary[]>;
  /** Ids of the goals a team owns or contributes to. */
  goalIdsOfTeam(teamId: string): Promise<string[]>;
}

export const TEAM_LINKS = Symbol('TEAM_LINKS');
