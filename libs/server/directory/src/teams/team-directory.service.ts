import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PAGE_SIZE_MAX, SEARCH_TEXT_MAX_LENGTH, TeamRole } from '@kakehashi/shared-contracts';
import {
  cleanSearchText,
  decodeCursor,
  descendantsOrSelf,
  encodeCursor,
  pageSize,
  preparedQuery,
  toPage,
} from '@kakehashi/server-platform';
import { DepartmentService } from '../departments/department.service';
import { PERSON_COLUMNS, PersonService, toPerson, type PersonRow } from '../people/person.service';
import type { TeamsArgs } from './dto/teams.args';
import type { TeamEventKind, TeamKind, TeamStatus } from './team-enums';
import type { PersonTeam, Team, TeamConnection, TeamEvent, TeamEventConnection, TeamMember } from './team.model';

/**
 * Today in Asia/Tokyo, as the database sees it: memberships start and end on calendar days
 * there. A scalar subquery, so that a statement converts the time zone once, not once per row.
 */
export const TOKYO_TODAY = `(SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date)`;
/** A membership that has not ended (current, or starting later). */
export const NOT_ENDED = (alias: string) => `(${alias}.ends_on IS NULL OR ${alias}.ends_on >= ${TOKYO_TODAY})`;

const TEAM_COLUMNS = `t.id, t.name, t.name_en, t.mission, t.kind, t.status, t.starts_on::text AS starts_on, t.ends_on::text AS ends_on,
  t.channel_url, t.version, t.created_at, t.updated_at`;

interface TeamRow {
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
  created_at: Date;
  updated_at: Date;
}

function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.name_en,
    mission: row.mission,
    kind: row.kind as TeamKind,
    status: row.status as TeamStatus,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    channelUrl: row.channel_url,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface MembershipRow {
  member_id: string;
  team_id: string;
  role: string;
  allocation: number;
  member_starts_on: string;
  member_ends_on: string | null;
  current: boolean;
}

const MEMBERSHIP_COLUMNS = `m.id AS member_id, m.team_id, m.role, m.allocation, m.starts_on::text AS member_starts_on,
  m.ends_on::text AS member_ends_on, (m.starts_on <= ${TOKYO_TODAY} AND ${NOT_ENDED('m')}) AS current`;

/** Leads first, then sponsors, members and advisors; within a role, directory order. */
const ROLE_ORDER = `array_position(ARRAY['${TeamRole.LEAD}', '${TeamRole.SPONSOR}', '${TeamRole.MEMBER}', '${TeamRole.ADVISOR}'], m.role)`;

/** Reads of teams, rosters and history: the directory, the team page, profiles and department pages. */
@Injectable()
export class TeamDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonService,
    private readonly departments: DepartmentService,
  ) {}

  /** Teams by name, keyset-paged, with the directory's filters; counted in the same statement when asked for. */
  async list(args: TeamsArgs, options: { withTotal?: boolean } = {}): Promise<TeamConnection> {
    const size = pageSize(args.first, 'first', PAGE_SIZE_MAX);
    const where: string[] = ['true'];
    const params: unknown[] = [];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (args.status) where.push(`t.status = ${add(args.status)}`);
    else if (args.includeClosed === false) where.push(`t.status <> 'CLOSED'`);
    if (args.kind) where.push(`t.kind = ${add(args.kind)}`);
    if (args.goalId) where.push(`EXISTS (SELECT 1 FROM team_goals g WHERE g.team_id = t.id AND g.goal_id = ${add(args.goalId)})`);
    if (args.departmentId) {
      const departmentIds = descendantsOrSelf(await this.departments.all(), [args.departmentId]);
      where.push(
        `EXISTS (SELECT 1 FROM team_members m JOIN people p ON p.id = m.person_id
          WHERE m.team_id = t.id AND ${NOT_ENDED('m')} AND p.active AND p.department_id = ANY(${add(departmentIds)}::uuid[]))`,
      );
    }
    const search = cleanSearchText(args.search, SEARCH_TEXT_MAX_LENGTH);
    // As a scalar subquery the search query is computed once (see PersonService).
    if (search) where.push(`t.search_vector @@ (SELECT kk_search_query(${add(search)}))`);
    const filter = where.join(' AND ');
    const filterParams = [...params];
    const count = () =>
      this.dataSource
        .query<{ count: string }[]>(`SELECT count(*) AS count FROM teams t WHERE ${filter}`, filterParams)
        .then(([row]) => Number(row?.count ?? 0));
    const after = args.after ? decodeCursor(args.after, 2) : null;
    const cursor = (alias: string) => (after ? `AND (${alias}.name, ${alias}.id) > (${add(after[0])}::text, ${add(after[1])}::uuid)` : '');
    let rows: (TeamRow & { total_count?: string })[];
    if (options.withTotal) {
      // The filters run once for the page and its count: a department filter costs as much
      // to plan and run as the rest of the directory's request.
      rows = await this.dataSource.query(
        `WITH filtered AS MATERIALIZED (SELECT t.id, t.name FROM teams t WHERE ${filter}),
              page AS (SELECT f.id FROM filtered f WHERE true ${cursor('f')} ORDER BY f.name, f.id LIMIT ${add(size + 1)})
         SELECT ${TEAM_COLUMNS}, (SELECT count(*) FROM filtered) AS total_count
           FROM page JOIN teams t ON t.id = page.id ORDER BY t.name, t.id`,
        params,
      );
    } else {
      rows = await this.dataSource.query(
        `SELECT ${TEAM_COLUMNS} FROM teams t WHERE ${filter} ${cursor('t')} ORDER BY t.name, t.id LIMIT ${add(size + 1)}`,
        params,
      );
    }
    // A page past the end has no row to carry the count.
    let total: Promise<number> | undefined = rows[0]?.total_count !== undefined ? Promise.resolve(Number(rows[0].total_count)) : undefined;
    const page = toPage(rows.map(toTeam), size);
    const edges = page.nodes.map((node) => ({ cursor: encodeCursor([node.name, node.id]), node }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: () => (total ??= count()),
    };
  }

  async byIds(ids: readonly string[]): Promise<Team[]> {
    if (ids.length === 0) return [];
    const rows = await preparedQuery<TeamRow>(this.dataSource, `SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.id = ANY($1::uuid[])`, [ids]);
    return rows.map(toTeam);
  }

  /**
   * Rosters of these teams with each member's person, in one statement: members who have not
   * left the team or the company (and, with `includePast`, everyone who ever was), leads first.
   */
  async members(teamIds: readonly string[], includePast = false): Promise<TeamMember[]> {
    if (teamIds.length === 0) return [];
    // Every directory page and team page runs this: prepared, it is planned once per connection.
    const rows = await preparedQuery<MembershipRow & PersonRow>(
      this.dataSource,
      `SELECT ${MEMBERSHIP_COLUMNS}, ${PERSON_COLUMNS}
         FROM team_members m JOIN people p ON p.id = m.person_id
        WHERE m.team_id = ANY($1::uuid[]) ${includePast ? '' : `AND ${NOT_ENDED('m')} AND p.active`}
        ORDER BY ${ROLE_ORDER}, p.sort_name, p.id`,
      [teamIds],
    );
    const people = await this.people.withDepartments(rows.map(toPerson));
    return rows.map((row, index) => ({
      id: row.member_id,
      teamId: row.team_id,
      person: people[index]!,
      role: row.role as TeamRole,
      allocation: row.allocation,
      startsOn: row.member_starts_on,
      endsOn: row.member_ends_on,
      current: row.current,
    }));
  }

  /** Teams these people are on (not left), with their role and allocation there; closed teams last. */
  async teamsOfPeople(personIds: readonly string[]): Promise<PersonTeam[]> {
    if (personIds.length === 0) return [];
    const rows = await preparedQuery<TeamRow & MembershipRow & { person_id: string }>(
      this.dataSource,
      `SELECT ${TEAM_COLUMNS}, ${MEMBERSHIP_COLUMNS}, m.person_id
         FROM team_members m JOIN teams t ON t.id = m.team_id
        WHERE m.person_id = ANY($1::uuid[]) AND ${NOT_ENDED('m')}
        ORDER BY (t.status = 'CLOSED'), t.name, t.id`,
      [personIds],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      team: toTeam(row),
      role: row.role as TeamRole,
      allocation: row.allocation,
      startsOn: row.member_starts_on,
      endsOn: row.member_ends_on,
      current: row.current,
    }));
  }

  /** Teams (not closed) with a member, not left, from these departments or below them. */
  async teamsOfDepartment(departmentId: string): Promise<Team[]> {
    const departmentIds = descendantsOrSelf(await this.departments.all(), [departmentId]);
    const rows: TeamRow[] = await this.dataSource.query(
      `SELECT ${TEAM_COLUMNS} FROM teams t
        WHERE t.status <> 'CLOSED' AND EXISTS (
          SELECT 1 FROM team_members m JOIN people p ON p.id = m.person_id
           WHERE m.team_id = t.id AND ${NOT_ENDED('m')} AND p.active AND p.department_id = ANY($1::uuid[]))
        ORDER BY t.name, t.id`,
      [departmentIds],
    );
    return rows.map(toTeam);
  }

  /** Goal links of these teams (owned first). */
  goalLinks(teamIds: readonly string[]): Promise<{ team_id: string; goal_id: string; relation: string }[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT team_id, goal_id, relation FROM team_goals WHERE team_id = ANY($1::uuid[]) ORDER BY relation DESC, created_at, goal_id`,
      [teamIds],
    );
  }

  /** The team's history, newest first, keyset-paged. */
  async history(teamId: string, first: number, after: string | null | undefined): Promise<TeamEventConnection> {
    const size = pageSize(first, 'first', PAGE_SIZE_MAX);
    const params: unknown[] = [teamId];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      params.push(createdAt, id);
      keyset = `AND (e.created_at, e.id) < ($2::timestamptz, $3::uuid)`;
    }
    params.push(size + 1);
    const rows: {
      id: string;
      kind: string;
      actor_id: string | null;
      person_id: string | null;
      changes: Record<string, [unknown, unknown]>;
      created_at: Date;
      cursor_at: string;
    }[] = await this.dataSource.query(
      `SELECT e.id, e.kind, e.actor_id, e.person_id, e.changes, e.created_at,
              to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM team_events e WHERE e.team_id = $1 ${keyset}
        ORDER BY e.created_at DESC, e.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = toPage(rows, size);
    const edges = page.nodes.map((row) => ({
      cursor: encodeCursor([row.cursor_at, row.id]),
      node: {
        id: row.id,
        kind: row.kind as TeamEventKind,
        actorId: row.actor_id,
        personId: row.person_id,
        createdAt: row.created_at,
        changes: Object.entries(row.changes).map(([field, [before, after]]) => ({
          field,
          before: before === null || before === undefined ? null : String(before),
          after: after === null || after === undefined ? null : String(after),
        })),
      } satisfies TeamEvent,
    }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
