// Shared KPI goals through /graphql: KGIs and weighted KPIs, check-ins with history and
// retries, who may edit and check in, bad input, roll-ups, the board and its CSV, rolling
// forward, the period-end job and the reminders.
import { randomUUID } from 'node:crypto';
import { Role } from '@kakehashi/shared-contracts';
import type { TestApp } from '@kakehashi/server-platform/testing';
import { CheckInReminder, PeriodEnd } from '@kakehashi/server-goals';
import {
  type Actor,
  actor,
  checkIn,
  createDepartment,
  createGoal,
  createPerson,
  CREATE_GOAL,
  errorCode,
  errorFields,
  GOAL,
  type GoalData,
  goalInput,
  ok,
  RECORD_CHECK_IN,
  SETTINGS,
  startGoalsApp,
} from './goals-test-kit';

const BOARD = /* GraphQL */ `
  query Board($fiscalYear: Int, $quarter: Int, $departmentId: ID) {
    goalBoard(fiscalYear: $fiscalYear, quarter: $quarter, departmentId: $departmentId) {
      fiscalYear {
        key
      }
      quarter {
        key
      }
      summary {
        total
        onTrack
        atRisk
        offTrack
        noCheckIn
        overdue
      }
      fiscalYears
      truncated
      groups {
        rows {
          depth
          matches
          goal {
            id
            code
            confidence
            currentValue
            trend
            lastCheckInAt
            progress {
              actual
              pace
              rolledUp
              suggestedConfidence
              checkInOverdue
            }
            owner {
              id
              displayName
            }
            departments {
              id
            }
            canCheckIn
          }
        }
      }
    }
  }
`;

interface BoardData {
  goalBoard: {
    summary: { total: number; onTrack: number; atRisk: number; offTrack: number; noCheckIn: number; overdue: number };
    fiscalYears: number[];
    truncated: boolean;
    groups: {
      rows: {
        depth: number;
        matches: boolean;
        goal: {
          id: string;
          code: string;
          confidence: string | null;
          currentValue: number | null;
          trend: number[];
          progress: { rolledUp: number | null };
          owner: { id: string; displayName: string } | null;
          departments: { id: string }[];
          canCheckIn: boolean;
        };
      }[];
    }[];
  };
}

/** What the board page asks: nothing that depends on who is asking. */
const SHARED_BOARD = /* GraphQL */ `
  query SharedBoard {
    goalBoard {
      groups {
        rows {
          goal {
            id
            code
            confidence
            currentValue
            owner {
              displayName
            }
          }
        }
      }
    }
  }
`;

interface SharedBoardData {
  goalBoard: {
    groups: {
      rows: {
        goal: { id: string; code: string; confidence: string | null; currentValue: number | null; owner: { displayName: string } | null };
      }[];
    }[];
  };
}

/** What a goal's page asks, minus what I may do (asked apart). */
const SHARED_GOAL = /* GraphQL */ `
  query SharedGoal($id: ID!) {
    goal(id: $id) {
      id
      code
      currentValue
      checkIns {
        value
        comments {
          body
        }
      }
    }
  }
`;

interface SharedGoalData {
  goal: { id: string; code: string; currentValue: number | null; checkIns: { value: number; comments: { body: string }[] }[] };
}

const UPDATE_GOAL = /* GraphQL */ `
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      title
      parentId
      version
    }
  }
`;

const SET_WEIGHTS = /* GraphQL */ `
  mutation SetWeights($input: SetGoalWeightsInput!) {
    setGoalWeights(input: $input) {
      id
      childWeightTotal
      children {
        id
        weight
      }
    }
  }
`;

const SET_STATUS = /* GraphQL */ `
  mutation SetStatus($input: SetGoalStatusInput!) {
    setGoalStatus(input: $input) {
      id
      status
      version
    }
  }
`;

const ROLL = /* GraphQL */ `
  mutation Roll($input: RollGoalForwardInput!) {
    rollGoalForward(input: $input) {
      id
      status
      baseline
      target
      seriesId
      previousId
      period {
        key
      }
      series {
        id
      }
    }
  }
`;

const COMMENT = /* GraphQL */ `
  mutation Comment($input: CommentOnCheckInInput!) {
    commentOnCheckIn(input: $input) {
      id
      body
      author {
        id
      }
    }
  }
`;

const CSV = /* GraphQL */ `
  query Csv($fiscalYear: Int, $quarter: Int, $locale: Locale) {
    goalBoardCsv(fiscalYear: $fiscalYear, quarter: $quarter, locale: $locale)
  }
`;

const MY_GOALS = /* GraphQL */ `
  query MyGoals {
    myGoals {
      owned {
        id
      }
      contributing {
        id
      }
      checkInsDue
    }
  }
`;

describe('shared KPI goals', () => {
  let api: TestApp;
  let sales: string;
  let salesEast: string;
  let support: string;
  let editor: Actor;
  let owner: Actor;
  let contributor: Actor;
  let outsider: Actor;
  let otherEditor: Actor;
  let admin: Actor;
  let fiscalYear: number;
  let quarter: number;
  let today: string;

  beforeAll(async () => {
    api = await startGoalsApp();
    sales = await createDepartment(api, '営業本部');
    salesEast = await createDepartment(api, '東日本営業部', sales);
    support = await createDepartment(api, 'カスタマーサポート');
    editor = await actor(api, await createPerson(api, { departmentId: sales, roles: [Role.HUB_EDITOR], name: '営業 編集者' }));
    owner = await actor(api, await createPerson(api, { departmentId: sales, name: '目標 太郎' }));
    contributor = await actor(api, await createPerson(api, { departmentId: salesEast }));
    outsider = await actor(api, await createPerson(api, { departmentId: support }));
    otherEditor = await actor(api, await createPerson(api, { departmentId: support, roles: [Role.HUB_EDITOR] }));
    admin = await actor(api, await createPerson(api, { departmentId: support, roles: [Role.HUB_ADMIN] }));
    const settings = ok(
      await owner.gql<{ goalSettings: { today: string; currentQuarter: { fiscalYear: number; quarter: number } } }>(SETTINGS),
    );
    fiscalYear = settings.goalSettings.currentQuarter.fiscalYear;
    quarter = settings.goalSettings.currentQuarter.quarter;
    today = settings.goalSettings.today;
  });

  afterAll(() => api?.close());

  const kpi = (fields: Record<string, unknown> = {}) =>
    goalInput({ departmentIds: [sales], ownerId: owner.id, fiscalYear, quarter, ...fields });
  const kgi = async (fields: Record<string, unknown> = {}) =>
    createGoal(admin, {
      ...goalInput({ departmentIds: [], ownerId: owner.id, fiscalYear, quarter: null }),
      kind: 'KGI',
      title: '年間売上高',
      unit: 'YEN',
      baseline: 1_000_000_000,
      target: 1_200_000_000,
      cadence: 'MONTHLY',
      ...fields,
    });
  const read = async (who: Actor, id: string) =>
    who.gql<{
      goal: GoalData & {
        checkIns: { id: string; value: number; edited: boolean; entries: unknown[]; comments: { body: string }[] }[];
        childWeightTotal: number;
        children: { id: string; weight: number }[];
        series: { id: string }[];
      };
    }>(GOAL, { id });

  it('rolls weighted KPIs up into a KGI and shows progress against pace', async () => {
    const top = await kgi();
    expect(top).toMatchObject({
      kind: 'KGI',
      status: 'ACTIVE',
      period: { kind: 'FISCAL_YEAR', fiscalYear, key: `FY${fiscalYear}` },
      canEdit: true,
    });
    const orders = await createGoal(editor, kpi({ parentId: top.id, weight: 60 }));
    const rate = await createGoal(editor, kpi({ parentId: top.id, weight: 40, unit: 'PERCENT', baseline: 20, target: 30 }));
    await checkIn(owner, { goalId: orders.id, value: 150, confidence: 'ON_TRACK' });
    await checkIn(owner, { goalId: rate.id, value: 30, confidence: 'ON_TRACK' });
    const page = ok(await read(contributor, top.id)).goal;
    expect(page.childWeightTotal).toBe(100);
    expect(page.children.map((child) => child.id).sort()).toEqual([orders.id, rate.id].sort());
    // 60 % × 0.5 + 40 % × 1.0
    expect(page.progress.rolledUp).toBeCloseTo(0.7, 5);
    expect(page.progress.actual).toBeNull();
    expect(page.progress.pace).toBeGreaterThan(0);
    expect(page.progress.pace).toBeLessThanOrEqual(1);
    const ordersPage = ok(await read(owner, orders.id)).goal;
    expect(ordersPage).toMatchObject({ currentValue: 150, confidence: 'ON_TRACK', trend: [150], canCheckIn: true });
    expect(ordersPage.progress.actual).toBeCloseTo(0.5, 5);
  });

  it('keeps one check-in per slot: a second edits it with history, a retry changes nothing', async () => {
    const goal = await createGoal(editor, kpi());
    const key = randomUUID();
    const first = ok(
      await owner.gql<{ recordCheckIn: { id: string; version: number } }>(RECORD_CHECK_IN, {
        input: { goalId: goal.id, value: 120, confidence: 'AT_RISK', note: '大型案件が来月にずれました', idempotencyKey: key },
      }),
    ).recordCheckIn;
    const replay = ok(
      await owner.gql<{ recordCheckIn: { id: string; version: number } }>(RECORD_CHECK_IN, {
        input: { goalId: goal.id, value: 999, confidence: 'ON_TRACK', idempotencyKey: key },
      }),
    ).recordCheckIn;
    expect(replay).toEqual(first);
    const edited = await checkIn(contributor, { goalId: goal.id, value: 130, confidence: 'AT_RISK', version: first.version });
    expect(edited).toMatchObject({ id: first.id, value: 130, edited: true, version: first.version + 1 });
    const stale = await owner.gql(RECORD_CHECK_IN, {
      input: { goalId: goal.id, value: 140, confidence: 'AT_RISK', version: first.version, idempotencyKey: randomUUID() },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const page = ok(await read(outsider, goal.id)).goal;
    expect(page.checkIns).toHaveLength(1);
    expect(page.checkIns[0]).toMatchObject({ value: 130, edited: true });
    expect(page.checkIns[0]!.entries).toHaveLength(2);
    expect(page).toMatchObject({ currentValue: 130, confidence: 'AT_RISK', canCheckIn: false, canEdit: false });
  });

  it('takes the same retry twice at once and writes it once', async () => {
    const goal = await createGoal(editor, kpi());
    const input = { goalId: goal.id, value: 110, confidence: 'ON_TRACK', idempotencyKey: randomUUID() };
    const results = await Promise.all([owner.gql(RECORD_CHECK_IN, { input }), owner.gql(RECORD_CHECK_IN, { input })]);
    for (const result of results) expect(result.errors).toBeUndefined();
    const [{ count }] = await api.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM goal_check_in_entries WHERE goal_id = $1',
      [goal.id],
    );
    expect(count).toBe(1);
  });

  it('lets only the owner, editors of a contributing department and admins edit, and owners and contributors check in', async () => {
    const goal = await createGoal(editor, kpi());
    const rename = (who: Actor, version: number) =>
      who.gql<{ updateGoal: { version: number } }>(UPDATE_GOAL, { input: { id: goal.id, version, title: `受注件数 ${version}` } });
    expect(errorCode(await rename(outsider, goal.version))).toBe('FORBIDDEN');
    expect(errorCode(await rename(contributor, goal.version))).toBe('FORBIDDEN');
    expect(errorCode(await rename(otherEditor, goal.version))).toBe('FORBIDDEN');
    let version = ok(await rename(owner, goal.version)).updateGoal.version;
    version = ok(await rename(editor, version)).updateGoal.version;
    version = ok(await rename(admin, version)).updateGoal.version;
    expect(errorCode(await rename(owner, goal.version))).toBe('CONFLICT');
    const achieved = ok(
      await owner.gql<{ setGoalStatus: { status: string; version: number } }>(SET_STATUS, {
        input: { id: goal.id, status: 'ACHIEVED', version },
      }),
    );
    expect(achieved.setGoalStatus.status).toBe('ACHIEVED');
    const backToDraft = await owner.gql(SET_STATUS, { input: { id: goal.id, status: 'DRAFT', version: achieved.setGoalStatus.version } });
    expect(errorFields(backToDraft)).toEqual(['status']);
    const reopened = ok(
      await owner.gql<{ setGoalStatus: { status: string } }>(SET_STATUS, {
        input: { id: goal.id, status: 'ACTIVE', version: achieved.setGoalStatus.version },
      }),
    );
    expect(reopened.setGoalStatus.status).toBe('ACTIVE');

    const outsiderCheckIn = await outsider.gql(RECORD_CHECK_IN, {
      input: { goalId: goal.id, value: 1, confidence: 'ON_TRACK', idempotencyKey: randomUUID() },
    });
    expect(errorCode(outsiderCheckIn)).toBe('FORBIDDEN');
    expect((await checkIn(contributor, { goalId: goal.id, value: 105, confidence: 'ON_TRACK' })).value).toBe(105);
    // The board answers the same rules for each row (read once per response, not per row).
    const boardRow = async (who: Actor) =>
      ok(await who.gql<BoardData>(BOARD, {}))
        .goalBoard.groups.flatMap((group) => group.rows)
        .find((row) => row.goal.id === goal.id)!.goal;
    expect(await boardRow(contributor)).toMatchObject({ canCheckIn: true, owner: { id: owner.id }, departments: [{ id: sales }] });
    expect((await boardRow(owner)).canCheckIn).toBe(true);
    expect((await boardRow(outsider)).canCheckIn).toBe(false);
    expect((await boardRow(editor)).canCheckIn).toBe(true);

    expect(errorCode(await outsider.gql(CREATE_GOAL, { input: kpi() }))).toBe('FORBIDDEN');
    expect(errorFields(await otherEditor.gql(CREATE_GOAL, { input: kpi() }))).toEqual(['departmentIds']);

    const draft = await createGoal(editor, kpi({ status: 'DRAFT' }));
    expect(errorCode(await read(outsider, draft.id))).toBe('NOT_FOUND');
    expect(ok(await read(owner, draft.id)).goal.status).toBe('DRAFT');
    const board = ok(await outsider.gql<BoardData>(BOARD, {}));
    expect(board.goalBoard.groups.flatMap((group) => group.rows.map((row) => row.goal.id))).not.toContain(draft.id);
  });

  it('refuses bad input with errors naming the field', async () => {
    const fields = async (input: Record<string, unknown>) => errorFields(await editor.gql(CREATE_GOAL, { input: kpi(input) }));
    expect(await fields({ target: 100 })).toEqual(['target']);
    expect(await fields({ direction: 'DECREASE', target: 150 })).toEqual(['target']);
    expect(await fields({ unit: 'YEN', baseline: -5 })).toEqual(['baseline']);
    expect(await fields({ unit: 'FREE' })).toEqual(['unitLabel']);
    expect(await fields({ direction: 'RANGE', target: null, rangeLow: 102, rangeHigh: 95 })).toEqual(['rangeHigh']);
    expect(await fields({ title: 'あ'.repeat(121) })).toEqual(['title']);
    expect(await fields({ code: 'KPI 01' })).toEqual(['code']);
    expect(await fields({ monthlyTargets: [110, 150] })).toEqual(['monthlyTargets']);
    expect(await fields({ quarter: 5 })).toEqual(['quarter']);
    expect(await fields({ weight: 30 })).toEqual(['weight']);
    const taken = await createGoal(editor, kpi());
    expect(await fields({ code: taken.code })).toEqual(['code']);

    const top = await kgi();
    const a = await createGoal(editor, kpi({ parentId: top.id, weight: 70 }));
    expect(await fields({ parentId: top.id, weight: 40 })).toEqual(['weight']);
    const b = await createGoal(editor, kpi({ parentId: top.id, weight: 30 }));
    // a KGI rolls up into nothing; a KPI cannot roll up into its own child
    const child = await createGoal(editor, kpi({ parentId: a.id, weight: 100 }));
    const cycle = await editor.gql(UPDATE_GOAL, { input: { id: a.id, version: a.version, parentId: child.id, weight: 100 } });
    expect(errorFields(cycle)).toEqual(['parentId']);
    const weights = await owner.gql(SET_WEIGHTS, {
      input: {
        parentId: top.id,
        weights: [
          { goalId: a.id, weight: 50 },
          { goalId: b.id, weight: 40 },
        ],
      },
    });
    expect(errorFields(weights)).toEqual(['weights']);
    expect(weights.errors?.[0]?.message).toContain('add up to 100');
    const set = ok(
      await admin.gql<{ setGoalWeights: { childWeightTotal: number } }>(SET_WEIGHTS, {
        input: {
          parentId: top.id,
          weights: [
            { goalId: a.id, weight: 55 },
            { goalId: b.id, weight: 45 },
          ],
        },
      }),
    );
    expect(set.setGoalWeights.childWeightTotal).toBe(100);

    const goal = await createGoal(editor, kpi());
    const checkInFields = async (input: Record<string, unknown>) =>
      errorFields(
        await owner.gql(RECORD_CHECK_IN, {
          input: { goalId: goal.id, confidence: 'ON_TRACK', idempotencyKey: randomUUID(), value: 1, ...input },
        }),
      );
    expect(await checkInFields({ value: -1 })).toEqual(['value']);
    expect(await checkInFields({ date: '2999-01-01' })).toEqual(['date']);
    expect(await checkInFields({ date: `${fiscalYear - 3}-05-01` })).toEqual(['date']);
    expect(await checkInFields({ note: 'x'.repeat(1001) })).toEqual(['note']);
    const unknownConfidence = await owner.gql(RECORD_CHECK_IN, {
      input: { goalId: goal.id, value: 1, confidence: 'MAYBE', idempotencyKey: randomUUID() },
    });
    expect(unknownConfidence.errors?.[0]?.message).toContain('MAYBE');
  });

  it('shows the board worst first, filtered by department, in few statements, and exports CSV', async () => {
    const top = await kgi({ code: `KGI-BOARD-${randomUUID().slice(0, 4)}`, title: 'NPS', unit: 'POINTS', baseline: -5, target: 20 });
    const calm = await createGoal(editor, kpi({ parentId: top.id, weight: 50, code: 'AAA-CALM' }));
    const risky = await createGoal(editor, kpi({ parentId: top.id, weight: 50, code: 'ZZZ-RISKY', departmentIds: [salesEast] }));
    await checkIn(owner, { goalId: calm.id, value: 190, confidence: 'ON_TRACK' });
    await checkIn(owner, { goalId: risky.id, value: 101, confidence: 'AT_RISK' });
    const board = await outsider.gql<BoardData>(BOARD, {});
    const group = ok(board).goalBoard.groups.find((candidate) => candidate.rows[0]!.goal.id === top.id)!;
    expect(group.rows.map((row) => [row.depth, row.goal.code])).toEqual([
      [0, top.code],
      [1, 'ZZZ-RISKY'],
      [1, 'AAA-CALM'],
    ]);
    expect(group.rows[1]!.goal).toMatchObject({ confidence: 'AT_RISK', currentValue: 101, trend: [101] });
    expect(board.operationStatements).toBeLessThanOrEqual(5);

    const filtered = ok(await outsider.gql<BoardData>(BOARD, { departmentId: salesEast })).goalBoard;
    const rows = filtered.groups.flatMap((candidate) => candidate.rows);
    expect(rows.find((row) => row.goal.id === risky.id)?.matches).toBe(true);
    expect(rows.find((row) => row.goal.id === top.id)?.matches).toBe(false);
    expect(rows.find((row) => row.goal.id === calm.id)).toBeUndefined();
    expect(filtered.summary.atRisk).toBe(1);

    const csv = ok(await outsider.gql<{ goalBoardCsv: string }>(CSV, {})).goalBoardCsv;
    expect(csv.startsWith('\uFEFFコード,種別,階層,目標')).toBe(true);
    expect(csv).toContain('ZZZ-RISKY');
    expect(csv).toContain('要注意');
    const english = ok(await outsider.gql<{ goalBoardCsv: string }>(CSV, { locale: 'en' })).goalBoardCsv;
    expect(english.startsWith('\uFEFFCode,Kind')).toBe(true);

    const topCheckIn = await checkIn(owner, { goalId: top.id, value: 2, confidence: 'AT_RISK', note: '解約が続いています' });
    ok(await admin.gql(COMMENT, { input: { checkInId: topCheckIn.id, body: '対策を教えてください', idempotencyKey: randomUUID() } }));
    ok(await owner.gql(COMMENT, { input: { checkInId: topCheckIn.id, body: '来週の会議で報告します', idempotencyKey: randomUUID() } }));
    const page = await outsider.gql(GOAL, { id: top.id });
    expect(page.errors).toBeUndefined();
    expect(page.operationStatements).toBeLessThanOrEqual(5);
  });

  it('answers the board again from memory until a goal, a person or a department is written, and keeps personal answers personal', async () => {
    const code = `KGI-KEPT-${randomUUID().slice(0, 4)}`;
    const top = await kgi({ code, title: '受注件数', unit: 'COUNT', baseline: 0, target: 400 });
    await checkIn(owner, { goalId: top.id, value: 120, confidence: 'ON_TRACK' });
    const row = (response: { data: SharedBoardData | null }) =>
      response.data!.goalBoard.groups.flatMap((group) => group.rows).find((candidate) => candidate.goal.id === top.id)!.goal;

    // The first answer reads the stamps and the board; the same question from someone else only the stamps.
    const first = await outsider.gql<SharedBoardData>(SHARED_BOARD, {});
    expect(row(first)).toMatchObject({ code, currentValue: 120, owner: { displayName: '目標 太郎' } });
    expect(first.operationStatements).toBeGreaterThan(1);
    const again = await admin.gql<SharedBoardData>(SHARED_BOARD, {});
    expect(again.data).toEqual(first.data);
    expect(again.operationStatements).toBe(1);
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    // Given again only as Apollo would give it: never to a form post (its CSRF rule), in the media type asked for.
    const asked = (headers: Record<string, string>) =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { cookie: admin.cookie, ...headers },
        body: JSON.stringify({ query: SHARED_BOARD }),
      });
    expect((await asked({ 'content-type': 'text/plain' })).status).toBe(400);
    const negotiated = await asked({ 'content-type': 'application/json', accept: 'application/graphql-response+json' });
    expect(negotiated.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    const statements = (name: string) => Number(negotiated.headers.get(name));
    expect(statements('x-sql-statements') - statements('x-sql-statements-context')).toBe(1);
    expect(((await negotiated.json()) as { data: unknown }).data).toEqual(first.data);

    // A check-in is seen at once, by everyone.
    await checkIn(owner, { goalId: top.id, value: 150, confidence: 'AT_RISK' });
    const afterCheckIn = await admin.gql<SharedBoardData>(SHARED_BOARD, {});
    expect(row(afterCheckIn)).toMatchObject({ currentValue: 150, confidence: 'AT_RISK' });
    expect(afterCheckIn.operationStatements).toBeGreaterThan(1);

    // So is a write that bypasses the api (a rename straight in the database).
    await api.dataSource.query('UPDATE people SET display_name = $1 WHERE id = $2', ['目標 花子', owner.id]);
    expect(row(await outsider.gql<SharedBoardData>(SHARED_BOARD, {})).owner?.displayName).toBe('目標 花子');
    await api.dataSource.query('UPDATE people SET display_name = $1 WHERE id = $2', ['目標 太郎', owner.id]);

    // An answer that asks what the viewer may do is theirs alone: a contributor may check in, an outsider not.
    const outsiderBoard = ok(await outsider.gql<BoardData>(BOARD, {}));
    const contributorBoard = await contributor.gql<BoardData>(BOARD, {});
    const mine = (board: BoardData) =>
      board.goalBoard.groups.flatMap((group) => group.rows).find((candidate) => candidate.goal.id === top.id)!.goal;
    expect(mine(outsiderBoard).canCheckIn).toBe(false);
    expect(mine(ok(contributorBoard)).canCheckIn).toBe(false);
    expect(contributorBoard.operationStatements).toBeGreaterThan(1);
    const ownerBoard = await owner.gql<BoardData>(BOARD, {});
    expect(mine(ok(ownerBoard)).canCheckIn).toBe(true);
    const ownerAgain = await owner.gql<BoardData>(BOARD, {});
    expect(ownerAgain.data).toEqual(ownerBoard.data);
    expect(ownerAgain.operationStatements).toBe(1);

    // Nobody signed in gets nothing kept.
    const anonymous = await api.graphql(SHARED_BOARD, {});
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it("keeps a goal's page for everyone, shows a comment at once, and never hands a draft to someone who may not see it", async () => {
    const goal = await createGoal(editor, kpi({ code: `KPI-PAGE-${randomUUID().slice(0, 4)}` }));
    const recorded = await checkIn(owner, { goalId: goal.id, value: 130, confidence: 'ON_TRACK' });
    const first = await outsider.gql<SharedGoalData>(SHARED_GOAL, { id: goal.id });
    expect(ok(first).goal).toMatchObject({ code: goal.code, currentValue: 130, checkIns: [{ value: 130, comments: [] }] });
    expect(first.operationStatements).toBeGreaterThan(1);
    const again = await admin.gql<SharedGoalData>(SHARED_GOAL, { id: goal.id });
    expect(again.data).toEqual(first.data);
    expect(again.operationStatements).toBe(1);

    ok(await admin.gql(COMMENT, { input: { checkInId: recorded.id, body: '順調ですね', idempotencyKey: randomUUID() } }));
    expect(ok(await outsider.gql<SharedGoalData>(SHARED_GOAL, { id: goal.id })).goal.checkIns[0]!.comments).toEqual([
      { body: '順調ですね' },
    ]);

    // A draft is read by those who may edit it: that answer is theirs, never kept for the next person.
    const draft = await createGoal(editor, kpi({ code: `KPI-DRAFT-${randomUUID().slice(0, 4)}`, status: 'DRAFT' }));
    expect(ok(await editor.gql<SharedGoalData>(SHARED_GOAL, { id: draft.id })).goal.code).toBe(draft.code);
    expect(errorCode(await outsider.gql(SHARED_GOAL, { id: draft.id }))).toBe('NOT_FOUND');
    const editorAgain = await editor.gql<SharedGoalData>(SHARED_GOAL, { id: draft.id });
    expect(editorAgain.operationStatements).toBe(1);
  });

  it('rolls a goal into the next period keeping its history; comments reach the owner', async () => {
    const goal = await createGoal(editor, kpi({ recurring: true }));
    await checkIn(owner, { goalId: goal.id, value: 160, confidence: 'ON_TRACK' });
    const rolled = ok(
      await owner.gql<{
        rollGoalForward: {
          id: string;
          status: string;
          baseline: number;
          target: number;
          seriesId: string;
          previousId: string;
          period: { key: string };
          series: { id: string }[];
        };
      }>(ROLL, { input: { id: goal.id, target: 260 } }),
    ).rollGoalForward;
    expect(rolled).toMatchObject({ status: 'ACTIVE', baseline: 160, target: 260, seriesId: goal.id, previousId: goal.id });
    expect(rolled.series.map((period) => period.id)).toEqual([goal.id, rolled.id]);
    expect(errorCode(await owner.gql(ROLL, { input: { id: goal.id, target: 300 } }))).toBe('CONFLICT');

    const [entry] = ok(await read(owner, goal.id)).goal.checkIns;
    const key = randomUUID();
    const comment = ok(
      await outsider.gql<{ commentOnCheckIn: { id: string } }>(COMMENT, {
        input: { checkInId: entry!.id, body: '来期の見通しを教えてください', idempotencyKey: key },
      }),
    );
    const again = ok(
      await outsider.gql<{ commentOnCheckIn: { id: string } }>(COMMENT, {
        input: { checkInId: entry!.id, body: '来期の見通しを教えてください', idempotencyKey: key },
      }),
    );
    expect(again.commentOnCheckIn.id).toBe(comment.commentOnCheckIn.id);
    const page = ok(await read(owner, goal.id)).goal;
    expect(page.checkIns[0]!.comments.map((c) => c.body)).toEqual(['来期の見通しを教えてください']);
    const [{ count }] = await api.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND kind = 'goal.checkInComment' AND link = $2`,
      [owner.id, `/goals/${goal.id}`],
    );
    expect(count).toBe(1);
  });

  it('closes ended goals, keeps the quarter as a snapshot and rolls recurring goals at period end', async () => {
    const pastYear = fiscalYear - 1;
    const ended = await createGoal(editor, kpi({ fiscalYear: pastYear, quarter: 4, recurring: true, code: 'KPI-PAST' }));
    await checkIn(owner, { goalId: ended.id, value: 210, confidence: 'ON_TRACK', date: ended.period.end });
    const job = api.app.get(PeriodEnd);
    const first = await job.run();
    expect(first.closed).toBeGreaterThanOrEqual(1);
    expect(first.rolled).toBeGreaterThanOrEqual(1);
    expect(ok(await read(owner, ended.id)).goal.status).toBe('ACHIEVED');
    const next = await api.dataSource.query<{ period_start: string; status: string }[]>(
      `SELECT period_start::text, status FROM goals WHERE previous_id = $1`,
      [ended.id],
    );
    expect(next).toEqual([{ period_start: `${fiscalYear}-04-01`, status: 'ACTIVE' }]);
    // Again: nothing more for this goal.
    await job.run();
    const [{ count }] = await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM goals WHERE previous_id = $1', [
      ended.id,
    ]);
    expect(count).toBe(1);
  });

  it('reminds owners once per slot and lists my goals', async () => {
    const mine = await actor(api, await createPerson(api, { departmentId: salesEast, name: 'リマインド 花子' }));
    await createGoal(editor, kpi({ ownerId: mine.id }));
    await createGoal(editor, kpi({ ownerId: mine.id, cadence: 'MONTHLY' }));
    const my = ok(
      await mine.gql<{ myGoals: { owned: { id: string }[]; contributing: { id: string }[]; checkInsDue: number } }>(MY_GOALS),
    ).myGoals;
    expect(my.owned).toHaveLength(2);
    expect(my.contributing.length).toBeGreaterThan(0);
    expect(my.checkInsDue).toBeGreaterThanOrEqual(2);
    const reminder = api.app.get(CheckInReminder);
    // The month's last day: its monthly slot is due (and the weekly one from Thursday on).
    const monthEnd = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0, 3));
    expect(await reminder.remindDue(monthEnd)).toBeGreaterThanOrEqual(1);
    expect(await reminder.remindDue(monthEnd)).toBe(0);
    const notes = await api.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND kind = 'goal.checkInDue'`,
      [mine.id],
    );
    expect(notes[0]!.count).toBe(1);
  });
});
