import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type FieldError, Role, TEAM_GOALS_MAX } from '@kakehashi/shared-contracts';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  GOAL_LINKS,
  type GoalLinkPort,
  NotFoundError,
  type Viewer,
} from '@kakehashi/server-platform';
import type {
  AddTeamMemberInput,
  CreateTeamInput,
  LinkTeamGoalInput,
  TeamFieldsInput,
  TeamGoalInput,
  TeamMemberInput,
  UpdateTeamInput,
  UpdateTeamMemberInput,
} from './dto/team.input';
import { TeamEventKind, TeamRole } from './team-enums';
import { NOT_ENDED, TOKYO_TODAY } from './team-directory.service';

type Changes = Record<string, [unknown, unknown]>;

interface LockedTeam {
  id: string;
  name: string;
  name_en: string | null;
  mission: string;
  kind: string;
  status: string;
  starts_on: string;
  ends_on: string | null;
  channel_url: string | null;
  version: number;
}

interface MemberRow {
  id: string;
  team_id: string;
  person_id: string;
  role: string;
  allocation: number;
  starts_on: string;
  ends_on: string | null;
}

/** Team fields as their columns, in the order history shows them. */
const TEAM_FIELDS: [keyof TeamFieldsInput, keyof LockedTeam][] = [
  ['name', 'name'],
  ['nameEn', 'name_en'],
  ['mission', 'mission'],
  ['kind', 'kind'],
  ['status', 'status'],
  ['startsOn', 'starts_on'],
  ['endsOn', 'ends_on'],
  ['channelUrl', 'channel_url'],
];

const trimmedOrNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** A calendar day that exists (2026-02-30 matches the pattern but not the calendar). */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function checkDates(startsOn: string | null | undefined, endsOn: string | null | undefined, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  if (startsOn && !isCalendarDay(startsOn)) errors.push({ field: `${prefix}startsOn`, message: 'must be a real calendar day' });
  if (endsOn && !isCalendarDay(endsOn)) errors.push({ field: `${prefix}endsOn`, message: 'must be a real calendar day' });
  if (startsOn && endsOn && endsOn < startsOn)
    errors.push({ field: `${prefix}endsOn`, message: `must not be before startsOn (${startsOn})` });
  return errors;
}

/**
 * The rules of teams: who may change one (its current leads and admins; admins and editors
 * create), what a roster may hold (each person once, allocation 0–100, end not before
 * start), and the history every change leaves.
 */
@Injectable()
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(GOAL_LINKS) private readonly goalLinks: GoalLinkPort | null,
  ) {}

  /** Whether the viewer may edit the team: an admin, or one of its leads who has not left. */
  async canEdit(viewer: Viewer, teamId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (viewer.roles.includes(Role.HUB_ADMIN)) return true;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM team_members m WHERE m.team_id = $1 AND m.person_id = $2 AND m.role = '${TeamRole.LEAD}' AND ${NOT_ENDED('m')}`,
      [teamId, viewer.personId],
    );
    return rows.length > 0;
  }

  /** A new team with its roster and goals, all or nothing; a retry with the same key answers with the first team. */
  async create(viewer: Viewer, input: CreateTeamInput): Promise<string> {
    if (!viewer.roles.includes(Role.HUB_ADMIN) && !viewer.roles.includes(Role.HUB_EDITOR)) {
      throw new ForbiddenError('Only admins and editors create teams.');
    }
    const replay = await this.replayed(input.idempotencyKey);
    if (replay) return replay;
    const errors = [...checkDates(input.startsOn, input.endsOn), ...this.checkRoster(input.members, input.startsOn)];
    errors.push(
      ...(await this.checkPeople(
        input.members.map((member) => member.personId),
        'members',
      )),
    );
    const goals = await this.checkGoals(input.goals);
    errors.push(...goals.errors);
    if (errors.length > 0) throw new BadUserInputError(errors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [team]: { id: string }[] = await manager.query(
          `INSERT INTO teams (name, name_en, mission, kind, status, starts_on, ends_on, channel_url, created_by_id, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            input.name.trim(),
            trimmedOrNull(input.nameEn),
            input.mission.trim(),
            input.kind,
            input.status,
            input.startsOn,
            input.endsOn ?? null,
            trimmedOrNull(input.channelUrl),
            viewer.personId,
            input.idempotencyKey,
          ],
        );
        const teamId = team!.id;
        await this.record(manager, teamId, viewer.personId, TeamEventKind.CREATED, null, { name: [null, input.name.trim()] });
        for (const member of input.members) await this.insertMember(manager, viewer, teamId, member, input.startsOn);
        for (const goal of input.goals) await this.writeGoalLink(manager, viewer, teamId, goal, goals.codes.get(goal.goalId)!);
        return teamId;
      });
    } catch (error) {
      // Two retries at once: the other one created it.
      if ((error as { code?: string }).code === '23505') {
        const winner = await this.replayed(input.idempotencyKey);
        if (winner) return winner;
      }
      throw error;
    }
  }

  /** The team's own fields; a stale version is a CONFLICT. */
  async update(viewer: Viewer, input: UpdateTeamInput): Promise<void> {
    const errors = checkDates(input.startsOn, input.endsOn);
    if (errors.length > 0) throw new BadUserInputError(errors);
    await this.dataSource.transaction(async (manager) => {
      const team = await this.lockEditable(manager, viewer, input.id);
      if (team.version !== input.version) {
        throw new ConflictError(
          `The team was changed elsewhere (version ${team.version}, you edited ${input.version}). Reload and try again.`,
        );
      }
      const next: Record<string, string | null> = {
        name: input.name.trim(),
        name_en: trimmedOrNull(input.nameEn),
        mission: input.mission.trim(),
        kind: input.kind,
        status: input.status,
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
        channel_url: trimmedOrNull(input.channelUrl),
      };
      const changes: Changes = {};
      for (const [field, column] of TEAM_FIELDS) {
        if (team[column] !== next[column]) changes[field] = [team[column], next[column]];
      }
      if (Object.keys(changes).length === 0) return;
      await manager.query(
        `UPDATE teams SET name = $2, name_en = $3, mission = $4, kind = $5, status = $6, starts_on = $7, ends_on = $8, channel_url = $9,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [input.id, ...TEAM_FIELDS.map(([, column]) => next[column])],
      );
      await this.record(manager, input.id, viewer.personId, TeamEventKind.UPDATED, null, changes);
    });
  }

  async addMember(viewer: Viewer, input: AddTeamMemberInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const team = await this.lockEditable(manager, viewer, input.teamId);
      const errors = [...this.checkRoster([input], team.starts_on, ''), ...(await this.checkPeople([input.personId], ''))];
      if (errors.length > 0) throw new BadUserInputError(errors);
      const existing: unknown[] = await manager.query('SELECT 1 FROM team_members WHERE team_id = $1 AND person_id = $2', [
        input.teamId,
        input.personId,
      ]);
      if (existing.length > 0) {
        throw BadUserInputError.field('personId', 'is already a member of this team: change their role, allocation or dates instead');
      }
      // Someone added to a team already under way joins today, unless told otherwise.
      const [{ today }] = (await manager.query(`SELECT ${TOKYO_TODAY}::text AS today`)) as [{ today: string }];
      await this.insertMember(manager, viewer, input.teamId, input, team.starts_on > today ? team.starts_on : today);
    });
  }

  async updateMember(viewer: Viewer, input: UpdateTeamMemberInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.memberRow(manager, input.memberId);
      await this.lockEditable(manager, viewer, member.team_id);
      const startsOn = input.startsOn ?? member.starts_on;
      const endsOn = input.endsOn === undefined ? member.ends_on : input.endsOn;
      const errors = checkDates(startsOn, endsOn);
      if (errors.length > 0) throw new BadUserInputError(errors);
      const changes: Changes = {};
      if (member.role !== input.role) changes['role'] = [member.role, input.role];
      if (member.allocation !== input.allocation) changes['allocation'] = [member.allocation, input.allocation];
      if (member.starts_on !== startsOn) changes['startsOn'] = [member.starts_on, startsOn];
      if (member.ends_on !== endsOn) changes['endsOn'] = [member.ends_on, endsOn];
      if (Object.keys(changes).length > 0) {
        await manager.query(
          'UPDATE team_members SET role = $2, allocation = $3, starts_on = $4, ends_on = $5, updated_at = now() WHERE id = $1',
          [member.id, input.role, input.allocation, startsOn, endsOn],
        );
        await this.record(manager, member.team_id, viewer.personId, TeamEventKind.MEMBER_UPDATED, member.person_id, changes);
      }
      return member.team_id;
    });
  }

  /** Takes a person off the roster (the history keeps that they were on it). */
  async removeMember(viewer: Viewer, memberId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.memberRow(manager, memberId);
      await this.lockEditable(manager, viewer, member.team_id);
      await manager.query('DELETE FROM team_members WHERE id = $1', [member.id]);
      await this.record(manager, member.team_id, viewer.personId, TeamEventKind.MEMBER_REMOVED, member.person_id, {
        role: [member.role, null],
        allocation: [member.allocation, null],
      });
      return member.team_id;
    });
  }

  async linkGoal(viewer: Viewer, input: LinkTeamGoalInput): Promise<void> {
    const { errors, codes } = await this.checkGoals([input], '');
    if (errors.length > 0) throw new BadUserInputError(errors);
    await this.dataSource.transaction(async (manager) => {
      await this.lockEditable(manager, viewer, input.teamId);
      const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM team_goals WHERE team_id = $1 AND goal_id <> $2', [
        input.teamId,
        input.goalId,
      ])) as [{ count: number }];
      if (count >= TEAM_GOALS_MAX) throw BadUserInputError.field('goalId', `a team links at most ${TEAM_GOALS_MAX} goals`);
      await this.writeGoalLink(manager, viewer, input.teamId, input, codes.get(input.goalId)!);
    });
  }

  async unlinkGoal(viewer: Viewer, teamId: string, goalId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockEditable(manager, viewer, teamId);
      const removed: { relation: string }[] = await manager.query(
        'DELETE FROM team_goals WHERE team_id = $1 AND goal_id = $2 RETURNING relation',
        [teamId, goalId],
      );
      if (removed.length === 0) throw new NotFoundError('Goal link', goalId);
      const [goal] = (await this.goalLinks?.goalSummaries([goalId])) ?? [];
      await this.record(manager, teamId, viewer.personId, TeamEventKind.GOAL_UNLINKED, null, {
        goal: [goal?.code ?? goalId, null],
        relation: [removed[0]!.relation, null],
      });
    });
  }

  private async replayed(idempotencyKey: string): Promise<string | null> {
    const [row]: { id: string }[] = await this.dataSource.query('SELECT id FROM teams WHERE idempotency_key = $1', [idempotencyKey]);
    return row?.id ?? null;
  }

  /** The team, locked for this change, when the viewer may edit it; NOT_FOUND or FORBIDDEN otherwise. */
  private async lockEditable(manager: EntityManager, viewer: Viewer, teamId: string): Promise<LockedTeam> {
    const [team]: LockedTeam[] = await manager.query(
      `SELECT id, name, name_en, mission, kind, status, starts_on::text AS starts_on, ends_on::text AS ends_on, channel_url, version
         FROM teams WHERE id = $1 FOR UPDATE`,
      [teamId],
    );
    if (!team) throw new NotFoundError('Team', teamId);
    if (!(await this.canEdit(viewer, teamId, manager))) throw new ForbiddenError('Only the team’s leads and admins change a team.');
    return team;
  }

  private async memberRow(manager: EntityManager, memberId: string): Promise<MemberRow> {
    const [member]: MemberRow[] = await manager.query(
      `SELECT id, team_id, person_id, role, allocation, starts_on::text AS starts_on, ends_on::text AS ends_on FROM team_members WHERE id = $1`,
      [memberId],
    );
    if (!member) throw new NotFoundError('Team member', memberId);
    return member;
  }

  /** Each person once, dates in order; field names point into the list (`members.2.personId`). */
  private checkRoster(members: readonly TeamMemberInput[], teamStartsOn: string, prefix = 'members'): FieldError[] {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    members.forEach((member, index) => {
      const at = prefix ? `${prefix}.${index}.` : '';
      if (seen.has(member.personId)) errors.push({ field: `${at}personId`, message: 'is on the team twice: list each person once' });
      seen.add(member.personId);
      errors.push(...checkDates(member.startsOn ?? teamStartsOn, member.endsOn, at));
    });
    return errors;
  }

  /** People must exist and be active to join a team. */
  private async checkPeople(personIds: readonly string[], prefix: string): Promise<FieldError[]> {
    if (personIds.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM people WHERE active AND id = ANY($1::uuid[])', [personIds]);
    const found = new Set(rows.map((row) => row.id));
    return personIds.flatMap((id, index) =>
      found.has(id)
        ? []
        : [{ field: prefix ? `${prefix}.${index}.personId` : 'personId', message: 'is not an active person in the directory' }],
    );
  }

  /** Goals must exist and be listed once; answers the errors and each goal's code (history names goals by code). */
  private async checkGoals(
    goals: readonly TeamGoalInput[],
    prefix = 'goals',
  ): Promise<{ errors: FieldError[]; codes: Map<string, string> }> {
    if (goals.length === 0) return { errors: [], codes: new Map() };
    const errors: FieldError[] = [];
    const at = (index: number) => (prefix ? `${prefix}.${index}.goalId` : 'goalId');
    const seen = new Set<string>();
    goals.forEach((goal, index) => {
      if (seen.has(goal.goalId)) errors.push({ field: at(index), message: 'is linked twice: list each goal once' });
      seen.add(goal.goalId);
    });
    const codes = new Map(
      ((await this.goalLinks?.goalSummaries(goals.map((goal) => goal.goalId))) ?? []).map((goal) => [goal.id, goal.code]),
    );
    goals.forEach((goal, index) => {
      if (!codes.has(goal.goalId)) errors.push({ field: at(index), message: 'is not a goal' });
    });
    return { errors, codes };
  }

  private async insertMember(
    manager: EntityManager,
    viewer: Viewer,
    teamId: string,
    member: TeamMemberInput,
    defaultStart: string,
  ): Promise<void> {
    const startsOn = member.startsOn ?? defaultStart;
    const endsOn = member.endsOn ?? null;
    if (endsOn && endsOn < startsOn) throw BadUserInputError.field('endsOn', `must not be before the member's start (${startsOn})`);
    await manager.query(
      'INSERT INTO team_members (team_id, person_id, role, allocation, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)',
      [teamId, member.personId, member.role, member.allocation, startsOn, endsOn],
    );
    await this.record(manager, teamId, viewer.personId, TeamEventKind.MEMBER_ADDED, member.personId, {
      role: [null, member.role],
      allocation: [null, member.allocation],
      startsOn: [null, startsOn],
      ...(endsOn ? { endsOn: [null, endsOn] } : {}),
    });
  }

  private async writeGoalLink(manager: EntityManager, viewer: Viewer, teamId: string, goal: TeamGoalInput, code: string): Promise<void> {
    const [previous]: { relation: string }[] = await manager.query('SELECT relation FROM team_goals WHERE team_id = $1 AND goal_id = $2', [
      teamId,
      goal.goalId,
    ]);
    if (previous?.relation === goal.relation) return;
    await manager.query(
      `INSERT INTO team_goals (team_id, goal_id, relation) VALUES ($1, $2, $3)
       ON CONFLICT (team_id, goal_id) DO UPDATE SET relation = EXCLUDED.relation`,
      [teamId, goal.goalId, goal.relation],
    );
    await this.record(manager, teamId, viewer.personId, TeamEventKind.GOAL_LINKED, null, {
      goal: [previous ? code : null, code],
      relation: [previous?.relation ?? null, goal.relation],
    });
  }

  private async record(
    manager: EntityManager,
    teamId: string,
    actorId: string | null,
    kind: TeamEventKind,
    personId: string | null,
    changes: Changes,
  ): Promise<void> {
    // clock_timestamp, not now(): the events of one change (created, then each member) keep their order.
    await manager.query(
      'INSERT INTO team_events (team_id, kind, actor_id, person_id, changes, created_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())',
      [teamId, kind, actorId, personId, JSON.stringify(changes)],
    );
  }
}
