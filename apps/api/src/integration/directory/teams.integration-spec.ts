// Teams, rosters and the org chart through /graphql on PostgreSQL: who may change a team,
// what a roster may hold, history, allocation on profiles, department pages, goals, and the
// statements the directory and the team page cost.
import { randomUUID } from 'node:crypto';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { Role } from '@kakehashi/shared-contracts';
import {
  actor,
  type Actor,
  createDepartment,
  createGoal,
  createPerson,
  errorCode,
  errorFields,
  goalInput,
  ok,
  SETTINGS,
  startGoalsApp,
} from '../goals/goals-test-kit';

const CREATE_TEAM = /* GraphQL */ `
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      status
      version
      memberCount
    }
  }
`;

const TEAM_PAGE = /* GraphQL */ `
  query TeamPage($id: ID!) {
    team(id: $id) {
      id
      name
      nameEn
      mission
      kind
      status
      startsOn
      endsOn
      channelUrl
      version
      viewerCanEdit
      leads {
        id
      }
      memberCount
      departmentMix {
        department {
          id
          nameJa
        }
        memberCount
      }
      members {
        id
        role
        allocation
        startsOn
        endsOn
        current
        person {
          id
          displayName
          department {
            id
            nameJa
          }
        }
      }
      goals {
        relation
        goal {
          id
          code
          status
          confidence
          progress
          pace
        }
      }
      history(first: 20) {
        edges {
          node {
            kind
            actor {
              id
            }
            person {
              id
            }
            changes {
              field
              before
              after
            }
          }
        }
      }
    }
  }
`;

const TEAMS = /* GraphQL */ `
  query Teams($search: String, $departmentId: ID, $kind: TeamKind, $status: TeamStatus, $goalId: ID, $first: Int, $after: String) {
    teams(search: $search, departmentId: $departmentId, kind: $kind, status: $status, goalId: $goalId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          kind
          status
          memberCount
          departmentMix {
            department {
              id
            }
            memberCount
          }
          members {
            role
            person {
              displayName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const PROFILE = /* GraphQL */ `
  query Profile($id: ID!) {
    person(id: $id) {
      id
      totalAllocation
      teams {
        role
        allocation
        current
        team {
          id
          name
          status
        }
      }
    }
  }
`;

interface TeamPageData {
  team: {
    id: string;
    name: string;
    version: number;
    viewerCanEdit: boolean;
    leads: { id: string }[];
    memberCount: number;
    status: string;
    departmentMix: { department: { id: string; nameJa: string } | null; memberCount: number }[];
    members: { id: string; role: string; allocation: number; startsOn: string; current: boolean; person: { id: string } }[];
    goals: { relation: string; goal: { id: string; code: string; status: string } }[];
    history: {
      edges: {
        node: {
          kind: string;
          actor: { id: string } | null;
          person: { id: string } | null;
          changes: { field: string; before: string | null; after: string | null }[];
        };
      }[];
    };
  } | null;
}

describe('teams and rosters', () => {
  let api: TestApp;
  let sales: string;
  let support: string;
  let product: string;
  let admin: Actor;
  let editor: Actor;
  let employee: Actor;
  let salesPerson: string;
  let supportPerson: string;
  let productPerson: string;
  let today: string;
  // Departments are cached for 30 s by the api: every one this file needs exists before the first request.
  let division: string;
  let section: string;
  let chartDepartment: string;

  const teamInput = (fields: Record<string, unknown> = {}) => ({
    name: `解約防止タスクフォース ${randomUUID().slice(0, 4)}`,
    nameEn: 'Churn task force',
    mission: '解約の兆しを営業・サポート・プロダクトで早く共有し、先手を打つ。',
    kind: 'CROSS_FUNCTIONAL',
    status: 'ACTIVE',
    startsOn: '2026-04-01',
    idempotencyKey: randomUUID(),
    members: [],
    goals: [],
    ...fields,
  });

  beforeAll(async () => {
    api = await startGoalsApp();
    sales = await createDepartment(api, '東日本営業部');
    support = await createDepartment(api, 'カスタマーサポート');
    product = await createDepartment(api, 'プロダクト');
    division = await createDepartment(api, '営業本部');
    section = await createDepartment(api, '大阪営業課', division);
    chartDepartment = await createDepartment(api, '経営企画');
    admin = await actor(api, await createPerson(api, { departmentId: null, roles: [Role.HUB_ADMIN] }));
    editor = await actor(api, await createPerson(api, { departmentId: sales, roles: [Role.HUB_EDITOR] }));
    employee = await actor(api, await createPerson(api, { departmentId: sales }));
    salesPerson = await createPerson(api, { departmentId: sales, name: '営業 花子' });
    supportPerson = await createPerson(api, { departmentId: support, name: 'サポート 次郎' });
    productPerson = await createPerson(api, { departmentId: product, name: 'プロダクト 三郎' });
    today = ok(await admin.gql<{ goalSettings: { today: string } }>(SETTINGS)).goalSettings.today;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('an admin creates a team mixing three departments; everyone reads it with its department mix and history', async () => {
    const created = ok(
      await admin.gql<{ createTeam: { id: string; memberCount: number } }>(CREATE_TEAM, {
        input: teamInput({
          channelUrl: 'https://teams.microsoft.com/l/channel/19%3Aabc%40thread.tacv2/General',
          members: [
            { personId: salesPerson, role: 'LEAD', allocation: 40 },
            { personId: supportPerson, role: 'MEMBER', allocation: 30 },
            { personId: productPerson, role: 'ADVISOR', allocation: 10, startsOn: '2026-05-01' },
          ],
        }),
      }),
    ).createTeam;
    expect(created.memberCount).toBe(3);

    const team = ok(await employee.gql<TeamPageData>(TEAM_PAGE, { id: created.id })).team!;
    expect(team.viewerCanEdit).toBe(false);
    expect(team.leads).toEqual([{ id: salesPerson }]);
    // The history keeps the order of one change: created first, then each member as listed.
    expect(team.history.edges.map((edge) => edge.node.kind).reverse()).toEqual(['CREATED', 'MEMBER_ADDED', 'MEMBER_ADDED', 'MEMBER_ADDED']);
    expect(team.history.edges.map((edge) => edge.node.person?.id ?? null).reverse()).toEqual([
      null,
      salesPerson,
      supportPerson,
      productPerson,
    ]);
    expect(team.members.map((member) => [member.person.id, member.role, member.allocation])).toEqual([
      [salesPerson, 'LEAD', 40],
      [supportPerson, 'MEMBER', 30],
      [productPerson, 'ADVISOR', 10],
    ]);
    // Members join when the team starts unless told otherwise.
    expect(team.members[0]!.startsOn).toBe('2026-04-01');
    expect(team.members[2]!.startsOn).toBe('2026-05-01');
    expect(team.departmentMix.map((share) => [share.department?.nameJa, share.memberCount]).sort()).toEqual([
      ['カスタマーサポート', 1],
      ['プロダクト', 1],
      ['東日本営業部', 1],
    ]);
    const kinds = team.history.edges.map((edge) => edge.node.kind);
    expect(kinds.filter((kind) => kind === 'MEMBER_ADDED')).toHaveLength(3);
    expect(kinds).toContain('CREATED');
    expect(team.history.edges.every((edge) => edge.node.actor?.id === admin.id)).toBe(true);

    // The lead may edit it.
    const lead = await actor(api, salesPerson);
    expect(ok(await lead.gql<TeamPageData>(TEAM_PAGE, { id: created.id })).team!.viewerCanEdit).toBe(true);
  });

  it('a retried create makes one team', async () => {
    const input = teamInput();
    const [first, second] = await Promise.all([admin.gql(CREATE_TEAM, { input }), admin.gql(CREATE_TEAM, { input })]);
    const ids = [first, second].map((response) => ok(response as { data: { createTeam: { id: string } } } & typeof response).createTeam.id);
    expect(ids[0]).toBe(ids[1]);
    const [{ count }] = await api.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM teams WHERE idempotency_key = $1',
      [input.idempotencyKey],
    );
    expect(count).toBe(1);
  });

  it('refuses bad rosters and fields, naming each, and writes nothing', async () => {
    const before = await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM teams');
    const over = await admin.gql(CREATE_TEAM, {
      input: teamInput({ members: [{ personId: salesPerson, role: 'MEMBER', allocation: 101 }] }),
    });
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(errorFields(over)).toEqual(['members.0.allocation']);

    const twice = await admin.gql(CREATE_TEAM, {
      input: teamInput({
        members: [
          { personId: salesPerson, role: 'LEAD', allocation: 10 },
          { personId: salesPerson, role: 'MEMBER', allocation: 10 },
        ],
      }),
    });
    expect(errorFields(twice)).toEqual(['members.1.personId']);

    const backwards = await admin.gql(CREATE_TEAM, { input: teamInput({ startsOn: '2026-10-01', endsOn: '2026-09-30' }) });
    expect(errorFields(backwards)).toEqual(['endsOn']);

    const memberBackwards = await admin.gql(CREATE_TEAM, {
      input: teamInput({
        members: [{ personId: salesPerson, role: 'LEAD', allocation: 10, startsOn: '2026-06-01', endsOn: '2026-05-01' }],
      }),
    });
    expect(errorFields(memberBackwards)).toEqual(['members.0.endsOn']);

    const bad = await admin.gql(CREATE_TEAM, {
      input: teamInput({
        name: '',
        channelUrl: 'https://evil.example/teams',
        startsOn: '2026-02-30',
        members: [{ personId: randomUUID(), role: 'LEAD', allocation: -1 }],
        goals: [{ goalId: randomUUID(), relation: 'OWNS' }],
      }),
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(errorFields(bad)).toEqual(expect.arrayContaining(['name', 'channelUrl', 'members.0.allocation']));

    const unknown = await admin.gql(CREATE_TEAM, {
      input: teamInput({
        members: [{ personId: randomUUID(), role: 'LEAD', allocation: 10 }],
        goals: [{ goalId: randomUUID(), relation: 'OWNS' }],
      }),
    });
    expect(errorFields(unknown)).toEqual(['members.0.personId', 'goals.0.goalId']);

    const impossible = await admin.gql(CREATE_TEAM, { input: teamInput({ startsOn: '2026-02-30' }) });
    expect(errorFields(impossible)).toEqual(['startsOn']);

    const after = await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM teams');
    expect(after).toEqual(before);
  });

  it('lets leads and admins change a team, nobody else; a stale version is a conflict', async () => {
    const team = ok(
      await admin.gql<{ createTeam: { id: string; version: number } }>(CREATE_TEAM, {
        input: teamInput({ members: [{ personId: salesPerson, role: 'LEAD', allocation: 20 }] }),
      }),
    ).createTeam;
    const lead = await actor(api, salesPerson);
    const update = (who: Actor, fields: Record<string, unknown>) =>
      who.gql(
        /* GraphQL */ `
          mutation ($input: UpdateTeamInput!) {
            updateTeam(input: $input) {
              id
              name
              version
            }
          }
        `,
        {
          input: {
            ...teamInput(),
            id: team.id,
            version: team.version,
            ...fields,
            idempotencyKey: undefined,
            members: undefined,
            goals: undefined,
          },
        },
      );
    expect(errorCode(await update(employee, { name: '乗っ取り' }))).toBe('FORBIDDEN');
    expect(errorCode(await update(editor, { name: '乗っ取り' }))).toBe('FORBIDDEN');
    const renamed = ok(await update(lead, { name: '新しい名前' })) as { updateTeam: { version: number } };
    expect(renamed.updateTeam.version).toBe(team.version + 1);
    expect(errorCode(await update(admin, { name: '古い版から' }))).toBe('CONFLICT');

    const add = (who: Actor, personId: string, allocation = 20) =>
      who.gql(
        /* GraphQL */ `
          mutation ($input: AddTeamMemberInput!) {
            addTeamMember(input: $input) {
              memberCount
            }
          }
        `,
        { input: { teamId: team.id, personId, role: 'MEMBER', allocation } },
      );
    expect(errorCode(await add(employee, supportPerson))).toBe('FORBIDDEN');
    expect(ok(await add(lead, supportPerson))).toEqual({ addTeamMember: { memberCount: 2 } });
    const again = await add(lead, supportPerson);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(errorFields(again)).toEqual(['personId']);
    expect(errorFields(await add(lead, productPerson, 101))).toEqual(['allocation']);

    const page = ok(await lead.gql<TeamPageData>(TEAM_PAGE, { id: team.id })).team!;
    const supportMember = page.members.find((member) => member.person.id === supportPerson)!;
    const change = await lead.gql(
      /* GraphQL */ `
        mutation ($input: UpdateTeamMemberInput!) {
          updateTeamMember(input: $input) {
            members {
              person {
                id
              }
              role
              allocation
            }
          }
        }
      `,
      { input: { memberId: supportMember.id, role: 'ADVISOR', allocation: 5 } },
    );
    expect(ok(change)).toEqual({
      updateTeamMember: {
        members: [
          { person: { id: salesPerson }, role: 'LEAD', allocation: 20 },
          { person: { id: supportPerson }, role: 'ADVISOR', allocation: 5 },
        ],
      },
    });
    const remove = await lead.gql(
      /* GraphQL */ `
        mutation ($id: ID!) {
          removeTeamMember(memberId: $id) {
            memberCount
          }
        }
      `,
      { id: supportMember.id },
    );
    expect(ok(remove)).toEqual({ removeTeamMember: { memberCount: 1 } });

    const history = ok(await lead.gql<TeamPageData>(TEAM_PAGE, { id: team.id })).team!.history.edges.map((edge) => edge.node);
    expect(history[0]).toEqual({
      kind: 'MEMBER_REMOVED',
      actor: { id: salesPerson },
      person: { id: supportPerson },
      changes: [
        { field: 'role', before: 'ADVISOR', after: null },
        { field: 'allocation', before: '5', after: null },
      ],
    });
    expect(history[1]!.changes).toEqual([
      { field: 'role', before: 'MEMBER', after: 'ADVISOR' },
      { field: 'allocation', before: '20', after: '5' },
    ]);
    expect(history.find((event) => event.kind === 'UPDATED')!.changes[0]).toMatchObject({ field: 'name', after: '新しい名前' });
  });

  it("shows a person's teams and total allocation on their profile, over 100% included", async () => {
    const person = await createPerson(api, { departmentId: support, name: '兼務 多忙' });
    for (const allocation of [60, 50]) {
      ok(await admin.gql(CREATE_TEAM, { input: teamInput({ members: [{ personId: person, role: 'MEMBER', allocation }] }) }));
    }
    // A membership that has ended and one that starts later do not count today.
    ok(
      await admin.gql(CREATE_TEAM, {
        input: teamInput({ members: [{ personId: person, role: 'MEMBER', allocation: 30, startsOn: '2099-01-01' }] }),
      }),
    );
    ok(
      await admin.gql(CREATE_TEAM, {
        input: teamInput({ startsOn: '2020-01-01', members: [{ personId: person, role: 'MEMBER', allocation: 30, endsOn: '2020-12-31' }] }),
      }),
    );
    ok(
      await admin.gql(CREATE_TEAM, {
        input: teamInput({ status: 'CLOSED', members: [{ personId: person, role: 'MEMBER', allocation: 25 }] }),
      }),
    );

    const profile = ok(
      await employee.gql<{
        person: { totalAllocation: number; teams: { allocation: number; current: boolean; team: { status: string } }[] };
      }>(PROFILE, { id: person }),
    ).person;
    expect(profile.totalAllocation).toBe(110);
    // The ended membership is not listed; the planned one is, not current; the closed team comes last.
    const listed = profile.teams.map((entry) => [entry.allocation, entry.current, entry.team.status]);
    expect(listed).toHaveLength(4);
    expect(listed).toEqual(
      expect.arrayContaining([
        [60, true, 'ACTIVE'],
        [50, true, 'ACTIVE'],
        [30, false, 'ACTIVE'],
      ]),
    );
    expect(listed[3]).toEqual([25, true, 'CLOSED']);
  });

  it('lists teams by department (descendants too), kind, status, goal and search, in pages', async () => {
    const osaka = await createPerson(api, { departmentId: section, name: '大阪 営業' });
    const { goalSettings } = ok(await admin.gql<{ goalSettings: { currentQuarter: { fiscalYear: number; quarter: number } } }>(SETTINGS));
    const goal = await createGoal(
      admin,
      goalInput({
        departmentIds: [division],
        ownerId: admin.id,
        fiscalYear: goalSettings.currentQuarter.fiscalYear,
        quarter: goalSettings.currentQuarter.quarter,
        title: 'チャーン率',
      }),
    );
    const guild = ok(
      await admin.gql<{ createTeam: { id: string } }>(CREATE_TEAM, {
        input: teamInput({
          name: 'データ活用ギルド',
          nameEn: 'Data guild',
          kind: 'GUILD',
          members: [{ personId: osaka, role: 'LEAD', allocation: 10 }],
          goals: [{ goalId: goal.id, relation: 'CONTRIBUTES' }],
        }),
      }),
    ).createTeam;

    type TeamsData = {
      teams: {
        totalCount: number;
        edges: { cursor: string; node: { id: string; name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const byDivision = ok(await employee.gql<TeamsData>(TEAMS, { departmentId: division })).teams;
    expect(byDivision.edges.map((edge) => edge.node.id)).toEqual([guild.id]);
    expect(byDivision.totalCount).toBe(1);
    expect(ok(await employee.gql<TeamsData>(TEAMS, { kind: 'GUILD' })).teams.edges.map((edge) => edge.node.id)).toEqual([guild.id]);
    expect(ok(await employee.gql<TeamsData>(TEAMS, { goalId: goal.id })).teams.edges.map((edge) => edge.node.id)).toEqual([guild.id]);
    expect(ok(await employee.gql<TeamsData>(TEAMS, { search: 'ギルド' })).teams.edges.map((edge) => edge.node.id)).toEqual([guild.id]);
    expect(ok(await employee.gql<TeamsData>(TEAMS, { search: 'data' })).teams.edges.map((edge) => edge.node.id)).toEqual([guild.id]);
    expect(ok(await employee.gql<TeamsData>(TEAMS, { search: '%_\\"\u0000' })).teams.totalCount).toBe(0);
    const closed = ok(await admin.gql<{ createTeam: { id: string } }>(CREATE_TEAM, { input: teamInput({ status: 'CLOSED' }) })).createTeam;
    const closedIds = ok(await employee.gql<TeamsData>(TEAMS, { status: 'CLOSED', first: 100 })).teams.edges.map((edge) => edge.node.id);
    expect(closedIds).toContain(closed.id);
    expect(
      ok(await employee.gql<TeamsData>(TEAMS, { status: 'ACTIVE', first: 100 })).teams.edges.map((edge) => edge.node.id),
    ).not.toContain(closed.id);
    const open = ok(
      await employee.gql<{ teams: { totalCount: number; edges: { node: { id: string } }[] } }>(
        '{ teams(includeClosed: false, first: 100) { totalCount edges { node { id } } } }',
      ),
    ).teams;
    expect(open.edges.map((edge) => edge.node.id)).not.toContain(closed.id);
    expect(open.totalCount).toBeGreaterThan(0);

    // Pages walk every team once, in name order.
    const all = ok(await employee.gql<TeamsData>(TEAMS, { first: 100 })).teams;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: TeamsData['teams'] = ok(await employee.gql<TeamsData>(TEAMS, { first: 3, after })).teams;
      seen.push(...page.edges.map((edge) => edge.node.id));
      // The count is of every team the filters keep, on every page.
      expect(page.totalCount).toBe(all.totalCount);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    const pastTheEnd = ok(await employee.gql<TeamsData>(TEAMS, { first: 3, after: all.edges.at(-1)!.cursor })).teams;
    expect(pastTheEnd).toMatchObject({ edges: [], totalCount: all.totalCount, pageInfo: { hasNextPage: false } });
    const divisionPastTheEnd = ok(
      await employee.gql<TeamsData>(TEAMS, { departmentId: division, after: byDivision.edges[0]!.cursor }),
    ).teams;
    expect(divisionPastTheEnd).toMatchObject({ edges: [], totalCount: 1 });
    expect(errorFields(await employee.gql(TEAMS, { first: 101 }))).toEqual(['first']);

    // The goal shows on the team page with its status.
    const page = ok(await employee.gql<TeamPageData>(TEAM_PAGE, { id: guild.id })).team!;
    expect(page.goals).toEqual([
      { relation: 'CONTRIBUTES', goal: expect.objectContaining({ id: goal.id, code: goal.code, status: 'ACTIVE' }) },
    ]);

    // The goal page lists its teams, and the board filters by a team.
    const goalSide = ok(
      await employee.gql<{
        goal: { teams: { id: string; relation: string }[] };
        goalBoard: { groups: { rows: { matches: boolean; goal: { id: string } }[] }[] };
      }>(
        /* GraphQL */ `
          query ($goalId: ID!, $teamId: ID!) {
            goal(id: $goalId) {
              teams {
                id
                relation
              }
            }
            goalBoard(teamId: $teamId) {
              groups {
                rows {
                  matches
                  goal {
                    id
                  }
                }
              }
            }
          }
        `,
        { goalId: goal.id, teamId: guild.id },
      ),
    );
    expect(goalSide.goal.teams).toEqual([{ id: guild.id, relation: 'CONTRIBUTES' }]);
    const matched = goalSide.goalBoard.groups.flatMap((group) => group.rows.filter((row) => row.matches).map((row) => row.goal.id));
    expect(matched).toEqual([goal.id]);

    // The department page shows the teams its people (and its sections' people) are in.
    const departmentTeams = ok(
      await employee.gql<{ department: { teams: { id: string }[] } }>(
        /* GraphQL */ `
          query ($id: ID!) {
            department(id: $id) {
              teams {
                id
              }
            }
          }
        `,
        { id: division },
      ),
    ).department.teams;
    expect(departmentTeams.map((team) => team.id)).toEqual([guild.id]);
  });

  it('links and unlinks goals (leads and admins), and keeps it in the history', async () => {
    const { goalSettings } = ok(await admin.gql<{ goalSettings: { currentQuarter: { fiscalYear: number; quarter: number } } }>(SETTINGS));
    const goal = await createGoal(
      admin,
      goalInput({
        departmentIds: [product],
        ownerId: admin.id,
        fiscalYear: goalSettings.currentQuarter.fiscalYear,
        quarter: goalSettings.currentQuarter.quarter,
      }),
    );
    const team = ok(
      await admin.gql<{ createTeam: { id: string } }>(CREATE_TEAM, {
        input: teamInput({ members: [{ personId: productPerson, role: 'LEAD', allocation: 10 }] }),
      }),
    ).createTeam;
    const link = (who: Actor, goalId: string, relation = 'OWNS') =>
      who.gql(
        /* GraphQL */ `
          mutation ($input: LinkTeamGoalInput!) {
            linkTeamGoal(input: $input) {
              goals {
                relation
                goal {
                  code
                }
              }
            }
          }
        `,
        { input: { teamId: team.id, goalId, relation } },
      );
    expect(errorCode(await link(employee, goal.id))).toBe('FORBIDDEN');
    expect(errorFields(await link(admin, randomUUID()))).toEqual(['goalId']);
    const lead = await actor(api, productPerson);
    expect(ok(await link(lead, goal.id))).toEqual({ linkTeamGoal: { goals: [{ relation: 'OWNS', goal: { code: goal.code } }] } });
    const unlink = await lead.gql(
      /* GraphQL */ `
        mutation ($teamId: ID!, $goalId: ID!) {
          unlinkTeamGoal(teamId: $teamId, goalId: $goalId) {
            goals {
              relation
            }
          }
        }
      `,
      { teamId: team.id, goalId: goal.id },
    );
    expect(ok(unlink)).toEqual({ unlinkTeamGoal: { goals: [] } });
    const history = ok(await lead.gql<TeamPageData>(TEAM_PAGE, { id: team.id })).team!.history.edges.map((edge) => edge.node);
    expect(history.slice(0, 2).map((event) => [event.kind, event.changes.find((change) => change.field === 'goal')])).toEqual([
      ['GOAL_UNLINKED', { field: 'goal', before: goal.code, after: null }],
      ['GOAL_LINKED', { field: 'goal', before: null, after: goal.code }],
    ]);
  });

  it('drops people who left the company from current rosters, keeping them among past members', async () => {
    const leaver = await createPerson(api, { departmentId: support, name: '退職 予定' });
    const team = ok(
      await admin.gql<{ createTeam: { id: string } }>(CREATE_TEAM, {
        input: teamInput({ members: [{ personId: leaver, role: 'MEMBER', allocation: 10 }] }),
      }),
    ).createTeam;
    await api.dataSource.query('UPDATE people SET active = false WHERE id = $1', [leaver]);
    const page = ok(
      await employee.gql<{ team: { memberCount: number; members: { id: string }[]; past: { person: { id: string } }[] } }>(
        'query ($id: ID!) { team(id: $id) { memberCount members { id } past: members(includePast: true) { person { id } } } }',
        { id: team.id },
      ),
    ).team;
    expect(page).toEqual({ memberCount: 0, members: [], past: [{ person: { id: leaver } }] });
  });

  it('only admins and editors create teams', async () => {
    expect(errorCode(await employee.gql(CREATE_TEAM, { input: teamInput() }))).toBe('FORBIDDEN');
    expect(ok(await editor.gql(CREATE_TEAM, { input: teamInput() }))).toBeTruthy();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('draws the org chart from the manager chain: tops, report counts and the path down to anyone', async () => {
    const ceo = await createPerson(api, { departmentId: chartDepartment, name: '社長 一郎' });
    const vp = await createPerson(api, { departmentId: chartDepartment, name: '本部長 二郎' });
    const staff = await createPerson(api, { departmentId: chartDepartment, name: '担当 三郎' });
    await api.dataSource.query('UPDATE people SET manager_id = $1 WHERE id = $2', [ceo, vp]);
    await api.dataSource.query('UPDATE people SET manager_id = $1 WHERE id = $2', [vp, staff]);
    const chart = ok(
      await employee.gql<{
        orgChartRoots: { id: string; directReportCount: number }[];
        orgChartPath: { id: string; directReportCount: number }[];
      }>(
        /* GraphQL */ `
          query ($id: ID!) {
            orgChartRoots {
              id
              directReportCount
            }
            orgChartPath(personId: $id) {
              id
              directReportCount
            }
          }
        `,
        { id: staff },
      ),
    );
    expect(chart.orgChartRoots).toContainEqual({ id: ceo, directReportCount: 1 });
    expect(chart.orgChartRoots.map((root) => root.id)).not.toContain(vp);
    expect(chart.orgChartPath).toEqual([
      { id: ceo, directReportCount: 1 },
      { id: vp, directReportCount: 1 },
      { id: staff, directReportCount: 0 },
    ]);
    // A loop in the data ends the path instead of running forever.
    await api.dataSource.query('UPDATE people SET manager_id = $1 WHERE id = $2', [staff, ceo]);
    const looped = ok(
      await employee.gql<{ orgChartPath: { id: string }[] }>('query ($id: ID!) { orgChartPath(personId: $id) { id } }', { id: staff }),
    );
    expect(looped.orgChartPath.map((person) => person.id).sort()).toEqual([ceo, vp, staff].sort());
  });

  it('the directory page and the team page cost a bounded number of statements', async () => {
    for (let index = 0; index < 6; index += 1) {
      const people = await Promise.all([sales, support, product].map((departmentId) => createPerson(api, { departmentId })));
      ok(
        await admin.gql(CREATE_TEAM, {
          input: teamInput({
            members: people.map((personId, position) => ({ personId, role: position === 0 ? 'LEAD' : 'MEMBER', allocation: 20 })),
          }),
        }),
      );
    }
    type Directory = { teams: { edges: { node: { id: string; memberCount: number } }[] } };
    const directory = await employee.gql<Directory>(TEAMS, { first: 50 });
    ok(directory);
    expect(directory.operationStatements).toBeLessThanOrEqual(4);
    const teamId = directory.data!.teams.edges[0]!.node.id;

    // The same page for someone else is the kept answer (the stamps' one statement), until a roster changes.
    const again = await admin.gql<Directory>(TEAMS, { first: 50 });
    expect(again.data).toEqual(directory.data);
    expect(again.operationStatements).toBe(1);
    ok(
      await admin.gql(
        /* GraphQL */ `
          mutation ($input: AddTeamMemberInput!) {
            addTeamMember(input: $input) {
              id
            }
          }
        `,
        { input: { teamId, personId: await createPerson(api, { departmentId: sales }), role: 'MEMBER', allocation: 10 } },
      ),
    );
    const afterJoin = await employee.gql<Directory>(TEAMS, { first: 50 });
    expect(afterJoin.data!.teams.edges.find((edge) => edge.node.id === teamId)!.node.memberCount).toBe(
      directory.data!.teams.edges[0]!.node.memberCount + 1,
    );
    expect(afterJoin.operationStatements).toBeGreaterThan(1);
    const page = await employee.gql(TEAM_PAGE, { id: teamId });
    ok(page);
    expect(page.operationStatements).toBeLessThanOrEqual(6);
  });
});
