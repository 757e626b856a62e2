/** Cross-functional teams (混成チーム) and directory sync: limits and enums both sides agree on. */

export const TEAM_NAME_MAX_LENGTH = 80;
export const TEAM_MISSION_MAX_LENGTH = 2000;
export const TEAM_CHANNEL_URL_MAX_LENGTH = 500;
/** People one team may hold at once (a roster, not a department). */
export const TEAM_MEMBERS_MAX = 200;
/** Goals one team may link. */
export const TEAM_GOALS_MAX = 30;
export const TEAM_ALLOCATION_MIN = 0;
export const TEAM_ALLOCATION_MAX = 100;
/** A person's total allocation over their current teams above this is flagged. */
export const ALLOCATION_FULL = 100;
/** People an org chart search returns at most. */
export const ORG_CHART_SEARCH_MAX = 20;

/** Links to a Teams channel must be Microsoft Teams addresses. */
export const TEAMS_CHANNEL_URL_PATTERN = /^https:\/\/(teams\.microsoft\.com|teams\.live\.com|teams\.cloud\.microsoft)\/\S*$/;

export enum TeamKind {
  PROJECT = 'PROJECT',
  CROSS_FUNCTIONAL = 'CROSS_FUNCTIONAL',
  COMMITTEE = 'COMMITTEE',
  GUILD = 'GUILD',
}

export enum TeamStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

/** A member's role in the team (役割). */
export enum TeamRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
  ADVISOR = 'ADVISOR',
  SPONSOR = 'SPONSOR',
}

/** How a team is tied to a goal. */
export enum TeamGoalRelation {
  OWNS = 'OWNS',
  CONTRIBUTES = 'CONTRIBUTES',
}

/** CSV import (people and departments, for companies without SCIM). */
export const DIRECTORY_IMPORT_MAX_BYTES = 450 * 1024;
export const DIRECTORY_IMPORT_MAX_ROWS = 5000;
