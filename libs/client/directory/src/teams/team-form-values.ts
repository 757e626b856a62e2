import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  ErrorCode,
  TEAM_ALLOCATION_MAX,
  TEAM_ALLOCATION_MIN,
  TEAM_CHANNEL_URL_MAX_LENGTH,
  TEAM_GOALS_MAX,
  TEAM_MEMBERS_MAX,
  TEAM_MISSION_MAX_LENGTH,
  TEAM_NAME_MAX_LENGTH,
  TEAMS_CHANNEL_URL_PATTERN,
} from '@kakehashi/shared-contracts';
import type {
  CreateTeamInput,
  PickedPerson,
  TeamGoalRelation,
  TeamKind,
  TeamRole,
  TeamStatus,
  UpdateTeamInput,
} from '@kakehashi/client-platform';

/** A problem with a field: a message key under `teams.form.errors` and its values. */
export interface FieldProblem {
  key: string;
  values?: Record<string, unknown>;
}

/** Problems by field path: `name`, `members.0.allocation`, `goals.1.goalId`. */
export type FieldProblems = Record<string, FieldProblem>;

export interface RosterRow {
  /** Local key for React (rows are added and removed). */
  key: string;
  person: PickedPerson | null;
  role: TeamRole;
  allocation: string;
  startsOn: string;
  endsOn: string;
}

export interface GoalRow {
  goalId: string;
  code: string;
  label: string;
  relation: TeamGoalRelation;
}

export interface TeamFormValues {
  name: string;
  nameEn: string;
  mission: string;
  kind: TeamKind;
  status: TeamStatus;
  startsOn: string;
  endsOn: string;
  channelUrl: string;
  members: RosterRow[];
  goals: GoalRow[];
}

let rowCounter = 0;
export function newRosterRow(role: TeamRole = 'MEMBER'): RosterRow {
  rowCounter += 1;
  return { key: `row-${rowCounter}`, person: null, role, allocation: '20', startsOn: '', endsOn: '' };
}

export function emptyTeamForm(today: string): TeamFormValues {
  return {
    name: '',
    nameEn: '',
    mission: '',
    kind: 'CROSS_FUNCTIONAL',
    status: 'FORMING',
    startsOn: today,
    endsOn: '',
    channelUrl: '',
    members: [newRosterRow('LEAD')],
    goals: [],
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Whole percent 0–100, or null. */
export function parseAllocation(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return number >= TEAM_ALLOCATION_MIN && number <= TEAM_ALLOCATION_MAX ? number : null;
}

/** Start and end dates of a team or a member: a real day, the end not before the start. */
export function checkDates(startsOn: string, endsOn: string, problems: FieldProblems, prefix = '', startRequired = true): void {
  if (!startsOn.trim()) {
    if (startRequired) problems[`${prefix}startsOn`] = { key: 'required' };
  } else if (!isDay(startsOn)) problems[`${prefix}startsOn`] = { key: 'date' };
  if (endsOn.trim()) {
    if (!isDay(endsOn)) problems[`${prefix}endsOn`] = { key: 'date' };
    else if (isDay(startsOn) && endsOn < startsOn) problems[`${prefix}endsOn`] = { key: 'endBeforeStart' };
  }
}

export function checkMembership(row: { allocation: string; startsOn: string; endsOn: string }, problems: FieldProblems, prefix = ''): void {
  if (parseAllocation(row.allocation) === null) problems[`${prefix}allocation`] = { key: 'allocation' };
  checkDates(row.startsOn, row.endsOn, problems, prefix, false);
}

/** What the browser can tell before asking the api (the api checks it all again). */
export function validateTeamForm(values: TeamFormValues, isNew: boolean): FieldProblems {
  const problems: FieldProblems = {};
  if (!values.name.trim()) problems['name'] = { key: 'required' };
  else if (values.name.trim().length > TEAM_NAME_MAX_LENGTH) problems['name'] = { key: 'tooLong', values: { max: TEAM_NAME_MAX_LENGTH } };
  if (values.nameEn.trim().length > TEAM_NAME_MAX_LENGTH) problems['nameEn'] = { key: 'tooLong', values: { max: TEAM_NAME_MAX_LENGTH } };
  if (values.mission.trim().length > TEAM_MISSION_MAX_LENGTH) {
    problems['mission'] = { key: 'tooLong', values: { max: TEAM_MISSION_MAX_LENGTH } };
  }
  checkDates(values.startsOn, values.endsOn, problems);
  const channel = values.channelUrl.trim();
  if (channel && (channel.length > TEAM_CHANNEL_URL_MAX_LENGTH || !TEAMS_CHANNEL_URL_PATTERN.test(channel))) {
    problems['channelUrl'] = { key: 'channelUrl' };
  }
  if (!isNew) return problems;
  const seen = new Set<string>();
  values.members.slice(0, TEAM_MEMBERS_MAX).forEach((row, index) => {
    const prefix = `members.${index}.`;
    if (!row.person) problems[`${prefix}personId`] = { key: 'person' };
    else if (seen.has(row.person.id)) problems[`${prefix}personId`] = { key: 'duplicatePerson' };
    if (row.person) seen.add(row.person.id);
    checkMembership(row, problems, prefix);
  });
  values.goals.slice(0, TEAM_GOALS_MAX).forEach((goal, index) => {
    if (!goal.goalId) problems[`goals.${index}.goalId`] = { key: 'goal' };
  });
  return problems;
}

const orNull = (value: string): string | null => value.trim() || null;

function teamFields(values: TeamFormValues) {
  return {
    name: values.name.trim(),
    nameEn: orNull(values.nameEn),
    mission: values.mission.trim(),
    kind: values.kind,
    status: values.status,
    startsOn: values.startsOn,
    endsOn: orNull(values.endsOn),
    channelUrl: orNull(values.channelUrl),
  };
}

export function createTeamInput(values: TeamFormValues, idempotencyKey: string): CreateTeamInput {
  return {
    ...teamFields(values),
    idempotencyKey,
    members: values.members.flatMap((row) =>
      row.person
        ? [
            {
              personId: row.person.id,
              role: row.role,
              allocation: parseAllocation(row.allocation) ?? 0,
              startsOn: orNull(row.startsOn),
              endsOn: orNull(row.endsOn),
            },
          ]
        : [],
    ),
    goals: values.goals.map((goal) => ({ goalId: goal.goalId, relation: goal.relation })),
  };
}

export function updateTeamInput(values: TeamFormValues, id: string, version: number): UpdateTeamInput {
  return { ...teamFields(values), id, version };
}

/** The api's message as one of ours where it says something we know how to say. */
function problemOf(field: string, message: string): FieldProblem {
  const last = field.split('.').pop() ?? field;
  if (/already a member/i.test(message)) return { key: 'alreadyMember' };
  if (/twice/i.test(message)) return { key: last === 'goalId' ? 'goal' : 'duplicatePerson' };
  if (/not an active person/i.test(message)) return { key: 'inactivePerson' };
  if (last === 'allocation') return { key: 'allocation' };
  if (last === 'channelUrl') return { key: 'channelUrl' };
  if ((last === 'endsOn' || last === 'startsOn') && /before/i.test(message)) return { key: 'endBeforeStart' };
  if (last === 'endsOn' || last === 'startsOn') return { key: 'date' };
  return { key: 'server', values: { message } };
}

/**
 * BAD_USER_INPUT field errors by their full path inside the input (`members.0.allocation`,
 * `endsOn`; `input.` left off), so a roster row's error lands on that row.
 */
export function serverProblems(error: unknown): FieldProblems {
  const problems: FieldProblems = {};
  if (!CombinedGraphQLErrors.is(error)) return problems;
  for (const graphQLError of error.errors) {
    if (graphQLError.extensions?.['code'] !== ErrorCode.BadUserInput) continue;
    const fields = graphQLError.extensions['fields'];
    if (!Array.isArray(fields)) continue;
    for (const entry of fields as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { field, message } = entry as { field?: unknown; message?: unknown };
      if (typeof field !== 'string' || typeof message !== 'string') continue;
      const path = field.replace(/^input\./, '');
      problems[path] ??= problemOf(path, message);
    }
  }
  return problems;
}
