// The demo company's teams as people will see them: cross-functional rosters, the product
// manager overbooked, shared goals linked, history present, every row valid.
import { SeedService } from '@kakehashi/server-platform';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { actor, ok, startGoalsApp } from '../goals/goals-test-kit';

describe('the teams demo seed', () => {
  let api: TestApp;
  const query = <T>(sql: string, params: unknown[] = []) => api.dataSource.query<T[]>(sql, params);

  beforeAll(async () => {
    api = await startGoalsApp();
    expect(await api.app.get(SeedService).seedOnce()).toEqual(['directory', 'goals', 'teams']);
  });

  afterAll(() => api?.close());

  it('holds about fifteen teams of every kind and status, mixing departments', async () => {
    const teams = await query<{ name: string; kind: string; status: string; units: number; members: number; leads: number }>(
      `SELECT t.name, t.kind, t.status, count(DISTINCT split_part(d.code, '-', 1))::int AS units, count(m.id)::int AS members,
              count(m.id) FILTER (WHERE m.role = 'LEAD')::int AS leads
         FROM teams t JOIN team_members m ON m.team_id = t.id JOIN people p ON p.id = m.person_id LEFT JOIN departments d ON d.id = p.department_id
        GROUP BY t.id ORDER BY t.name`,
    );
    expect(teams).toHaveLength(15);
    expect(new Set(teams.map((team) => team.kind))).toEqual(new Set(['PROJECT', 'CROSS_FUNCTIONAL', 'COMMITTEE', 'GUILD']));
    expect(new Set(teams.map((team) => team.status))).toEqual(new Set(['FORMING', 'ACTIVE', 'CLOSED']));
    for (const team of teams) {
      expect({ name: team.name, leads: team.leads, mixed: team.units >= 3 }).toEqual({ name: team.name, leads: 1, mixed: true });
    }
    const broken = await query(
      `SELECT t.name FROM teams t JOIN team_members m ON m.team_id = t.id
        WHERE m.starts_on < t.starts_on OR (t.ends_on IS NOT NULL AND m.starts_on > t.ends_on)
           OR (t.status = 'CLOSED' AND (t.ends_on IS NULL OR m.ends_on IS NULL OR t.ends_on >= (now() AT TIME ZONE 'Asia/Tokyo')::date))
           OR (t.status = 'FORMING' AND t.starts_on <= (now() AT TIME ZONE 'Asia/Tokyo')::date)
           OR t.name !~ '[ぁ-んァ-ヶ一-龥]' OR t.mission !~ '。$'`,
    );
    expect(broken).toEqual([]);
    // Every member was added in the history, by the team's lead.
    const [history] = await query<{ added: number; members: number }>(
      `SELECT (SELECT count(*)::int FROM team_events WHERE kind = 'MEMBER_ADDED') AS added, (SELECT count(*)::int FROM team_members) AS members`,
    );
    expect(history!.added).toBe(history!.members);
  });

  it('shows the product manager on four teams, overbooked, and the teams own and feed shared goals', async () => {
    const [product] = await query<{ person_id: string }>(`SELECT person_id FROM demo_personas WHERE persona_key = 'product'`);
    const viewer = await actor(api, product!.person_id);
    const profile = ok(
      await viewer.gql<{ me: { totalAllocation: number; teams: { role: string; team: { name: string } }[] } }>(
        '{ me { totalAllocation teams { role team { name } } } }',
      ),
    ).me;
    expect(profile.teams).toHaveLength(4);
    expect(profile.totalAllocation).toBeGreaterThan(100);
    const owned = await query<{ name: string; code: string }>(
      `SELECT t.name, g.code FROM team_goals l JOIN teams t ON t.id = l.team_id JOIN goals g ON g.id = l.goal_id WHERE l.relation = 'OWNS' ORDER BY g.code`,
    );
    expect(owned.map((row) => row.code)).toEqual(['KPI-CS-01', 'KPI-ENG-01', 'KPI-SLS-W-01', 'KPI-SUP-02']);
    const [{ links }] = (await query<{ links: number }>('SELECT count(*)::int AS links FROM team_goals')) as [{ links: number }];
    expect(links).toBeGreaterThanOrEqual(15);
  });
});
