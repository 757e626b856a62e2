import type { Client } from 'pg';
import { readTeamSeedPeople, SEED_TEAMS, seedTeams } from '@kakehashi/server-directory';
import type { BenchOperation, BenchPart } from '../bench-part';

// What the team directory and the team page of the web client ask (fragments spelled out).
const PERSON = 'id displayName displayNameEn';
const DEPARTMENT = 'id nameJa nameEn';
const TEAM_CARD = `id name nameEn kind status startsOn endsOn memberCount departmentMix { department { ${DEPARTMENT} } memberCount }
  leads { ${PERSON} }`;
const DIRECTORY_DOCUMENT = `query BenchTeamDirectory($departmentId: ID, $after: String) {
  teams(departmentId: $departmentId, first: 30, after: $after) { totalCount edges { cursor node { ${TEAM_CARD} } } pageInfo { hasNextPage endCursor } } }`;
const TEAM_PAGE_DOCUMENT = `query BenchTeamPage($id: ID!) {
  team(id: $id) { id name nameEn mission kind status startsOn endsOn channelUrl version viewerCanEdit memberCount
    departmentMix { department { ${DEPARTMENT} } memberCount }
    members { id role allocation startsOn endsOn current person { ${PERSON} title titleEn department { ${DEPARTMENT} } } }
    goals { relation goal { id code title titleEn status confidence progress pace periodStart periodEnd } }
    history(first: 20) { edges { cursor node { id kind createdAt changes { field before after } actor { ${PERSON} } person { ${PERSON} } } }
      pageInfo { hasNextPage endCursor } } } }`;

// The floor: the same data by hand through pg.
const FLOOR_DIRECTORY = `SELECT t.*, (SELECT json_agg(json_build_object('role', m.role, 'name', p.display_name, 'department', p.department_id))
    FROM team_members m JOIN people p ON p.id = m.person_id WHERE m.team_id = t.id AND (m.ends_on IS NULL OR m.ends_on >= current_date)) AS members
  FROM teams t ORDER BY t.name, t.id LIMIT 31`;
const FLOOR_TEAM = `SELECT t.*,
    (SELECT json_agg(json_build_object('role', m.role, 'allocation', m.allocation, 'name', p.display_name, 'title', p.title, 'department', d.name_ja))
       FROM team_members m JOIN people p ON p.id = m.person_id LEFT JOIN departments d ON d.id = p.department_id
      WHERE m.team_id = t.id AND (m.ends_on IS NULL OR m.ends_on >= current_date)) AS members,
    (SELECT json_agg(json_build_object('code', g.code, 'status', g.status, 'value', g.current_value))
       FROM team_goals l JOIN goals g ON g.id = l.goal_id WHERE l.team_id = t.id) AS goals,
    (SELECT json_agg(e) FROM (SELECT e.*, a.display_name FROM team_events e LEFT JOIN people a ON a.id = e.actor_id
       WHERE e.team_id = t.id ORDER BY e.created_at DESC LIMIT 21) e) AS history
  FROM teams t WHERE t.id = $1`;

function rotate<T>(pool: readonly T[], i: number, what: string): T {
  if (pool.length === 0) throw new Error(`The bench database has no ${what}: run npm run bench:seed first.`);
  return pool[i % pool.length]!;
}

export const teamsPart: BenchPart = {
  name: 'teams',
  order: 70,

  async seed({ scale, manager, log }) {
    const codes = [...new Set(SEED_TEAMS.flatMap((team) => team.goals.map((goal) => goal.code)))];
    const goals = await manager.query<{ id: string; code: string }[]>(
      'SELECT DISTINCT ON (code) id, code FROM goals WHERE code = ANY($1::text[]) ORDER BY code, period_start DESC',
      [codes],
    );
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const counts = await seedTeams(manager, await readTeamSeedPeople(manager), new Map(goals.map((goal) => [goal.code, goal.id])), {
      scale,
      today,
    });
    log(`teams: ${counts.teams} teams, ${counts.members} memberships, ${counts.goalLinks} goal links`);
    await manager.query('ANALYZE teams, team_members, team_events, team_goals');
  },

  async operations(client: Client): Promise<BenchOperation[]> {
    // Team pages people open: the seeded cohorts, any of them.
    const { rows: teams } = await client.query<{ id: string }>('SELECT id FROM teams ORDER BY md5(id::text) LIMIT 300');
    const { rows: departments } = await client.query<{ id: string }>(
      `SELECT id FROM departments WHERE parent_id IS NOT NULL ORDER BY sort_order, code`,
    );
    const teamIds = teams.map((row) => row.id);
    // Every other request filters by a department (the directory's most used filter).
    const departmentIds = [null, ...departments.map((row) => row.id)];
    return [
      {
        name: 'team directory (30 by name, department filter)',
        persona: 'employee',
        statementBudget: 4,
        document: DIRECTORY_DOCUMENT,
        variables: (i) => ({ departmentId: i % 2 === 0 ? null : rotate(departmentIds, i, 'departments'), after: null }),
        floor: async (pg) => {
          await pg.query(FLOOR_DIRECTORY);
        },
      },
      {
        name: 'team page with roster, goals and history',
        persona: 'employee',
        statementBudget: 6,
        document: TEAM_PAGE_DOCUMENT,
        variables: (i) => ({ id: rotate(teamIds, i, 'teams') }),
        floor: async (pg, i) => {
          await pg.query(FLOOR_TEAM, [rotate(teamIds, i, 'teams')]);
        },
      },
    ];
  },
};
