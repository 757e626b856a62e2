import type { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { type GoalSeedDirectory, seedGoals } from '@kakehashi/server-goals';
import { FISCAL_YEAR_START_MONTH_DEFAULT } from '@kakehashi/shared-contracts';
import type { BenchOperation, BenchPart } from '../bench-part';

// What the board page and the goal page of the web client ask (their documents, fragments spelled out).
const PERSON = 'id displayName displayNameEn displayNameKana';
const PERIOD = 'key kind fiscalYear quarter start end';
const GOAL_FACTS = `id code kind title titleEn status unit unitLabel direction baseline target rangeLow rangeHigh currentValue confidence
  lastCheckInAt trend weight cadence period { ${PERIOD} }
  progress { actual pace paceValue rolledUp suggestedConfidence checkInDue checkInOverdue }
  owner { ${PERSON} } departments { id nameJa nameEn }`;
// The board asks nothing about the viewer, so the api keeps its answer for everyone until a goal changes.
const BOARD_DOCUMENT = `query BenchGoalBoard($departmentId: ID) {
  goalBoard(departmentId: $departmentId) { fiscalYear { ${PERIOD} } quarter { ${PERIOD} } fiscalYears truncated
    summary { total onTrack atRisk offTrack noCheckIn overdue }
    groups { rows { depth matches goal { ${GOAL_FACTS} } } } } }`;
// The page is the same for everyone; what the viewer may do on it is asked apart.
const GOAL_PAGE_DOCUMENT = `query BenchGoalPage($id: ID!) {
  goal(id: $id) { ${GOAL_FACTS} description version recurring parentId previousId seriesId monthlyTargets childWeightTotal
    createdAt updatedAt parent { id code kind title titleEn } children { ${GOAL_FACTS} }
    series { id code status period { ${PERIOD} } }
    checkIns { id goalId slotStart value confidence note edited createdAt updatedAt version commentCount author { ${PERSON} }
      comments { id checkInId body createdAt author { ${PERSON} } }
      entries { id value confidence note createdAt author { ${PERSON} } } } }
  goalSettings { today fiscalYearStartMonth } }`;
const GOAL_ACCESS_DOCUMENT = `query BenchGoalAccess($id: ID!) { goal(id: $id) { id canEdit canCheckIn } }`;

// The floor: the same data as a careful hand-written client would fetch it through pg (department names
// joined in; the api reads them from its cache).
const GOAL_COLUMNS = `g.id, g.code, g.kind, g.title, g.title_en, g.status, g.unit, g.unit_label, g.direction, g.baseline, g.target,
  g.range_low, g.range_high, g.monthly_targets, g.current_value, g.current_confidence, g.last_check_in_at, g.last_check_in_slot, g.trend,
  g.weight, g.cadence, g.period_kind, g.fiscal_year, g.quarter, g.period_start, g.period_end, g.parent_id, g.owner_id, g.department_ids,
  p.display_name, p.display_name_en, p.display_name_kana`;
const FLOOR_BOARD = `WITH RECURSIVE below AS (
    SELECT id FROM departments WHERE id = $3::uuid
    UNION ALL SELECT d.id FROM departments d JOIN below ON d.parent_id = below.id)
  SELECT ${GOAL_COLUMNS}, (SELECT array_agg(d.name_ja) FROM departments d WHERE d.id = ANY (g.department_ids)) AS department_names,
    ($3::uuid IS NULL OR g.department_ids && ARRAY(SELECT id FROM below)) AS matches
  FROM goals g LEFT JOIN people p ON p.id = g.owner_id
  WHERE g.status IN ('ACTIVE', 'ACHIEVED', 'MISSED')
    AND ((g.period_kind = 'FISCAL_YEAR' AND g.period_start = $1) OR (g.period_kind = 'QUARTER' AND g.period_start = $2))`;
const FLOOR_FISCAL_YEARS = `SELECT DISTINCT fiscal_year FROM goals WHERE status IN ('ACTIVE', 'ACHIEVED', 'MISSED') ORDER BY 1 DESC LIMIT 50`;
const FLOOR_GOAL = `SELECT ${GOAL_COLUMNS}, g.description, g.version, g.recurring, g.previous_id, g.series_id, g.created_at, g.updated_at
  FROM goals g LEFT JOIN people p ON p.id = g.owner_id WHERE g.id = $1`;
const FLOOR_RELATED = `SELECT ${GOAL_COLUMNS}, g.series_id FROM goals g LEFT JOIN people p ON p.id = g.owner_id
  WHERE (g.parent_id = $1 AND g.status NOT IN ('DRAFT', 'CANCELLED')) OR g.id = $2 OR g.series_id = $3`;
const FLOOR_CHECK_INS = `SELECT c.id, c.slot_start, c.value, c.confidence, c.note, c.author_id, c.comment_count, c.created_at, c.updated_at, c.version,
    (SELECT json_agg(json_build_object('id', e.id, 'value', e.value, 'confidence', e.confidence, 'note', e.note, 'author_id', e.author_id,
       'created_at', e.created_at) ORDER BY e.created_at DESC) FROM goal_check_in_entries e WHERE e.check_in_id = c.id) AS entries,
    (SELECT json_agg(json_build_object('id', m.id, 'body', m.body, 'author_id', m.author_id, 'created_at', m.created_at) ORDER BY m.created_at)
       FROM goal_check_in_comments m WHERE m.check_in_id = c.id) AS comments
  FROM goal_check_ins c WHERE c.goal_id = $1 ORDER BY c.slot_start DESC LIMIT 60`;

function rotate<T>(pool: readonly T[], i: number, what: string): T {
  if (pool.length === 0) throw new Error(`The bench database has no ${what}: run npm run bench:seed first.`);
  return pool[i % pool.length]!;
}

/** The first days of today's fiscal year and quarter (Asia/Tokyo, the default April start): the board's periods. */
function currentPeriods(now: Date): { year: string; quarter: string } {
  const tokyo = new Date(now.getTime() + 9 * 3_600_000);
  const month = tokyo.getUTCMonth() + 1;
  const fiscalYear = month >= FISCAL_YEAR_START_MONTH_DEFAULT ? tokyo.getUTCFullYear() : tokyo.getUTCFullYear() - 1;
  const monthsInto = (month - FISCAL_YEAR_START_MONTH_DEFAULT + 12) % 12;
  const day = (months: number) =>
    new Date(Date.UTC(fiscalYear, FISCAL_YEAR_START_MONTH_DEFAULT - 1 + months, 1)).toISOString().slice(0, 10);
  return { year: day(0), quarter: day(Math.floor(monthsInto / 3) * 3) };
}

/** The directory as its part wrote it: managers and roles tell the seed who heads what and who sits on the board. */
async function readDirectory(manager: EntityManager): Promise<GoalSeedDirectory> {
  const departments = await manager.query<{ id: string; code: string; name_ja: string; name_en: string }[]>(
    'SELECT id, code, name_ja, name_en FROM departments ORDER BY sort_order, code',
  );
  const people = await manager.query<{ id: string; department_id: string | null; manager_id: string | null; roles: string[] }[]>(
    'SELECT id, department_id, manager_id, roles FROM people WHERE active ORDER BY sort_name, id',
  );
  return {
    departments: departments.map((d) => ({ id: d.id, code: d.code, nameJa: d.name_ja, nameEn: d.name_en })),
    people: people.map((p) => ({ id: p.id, departmentId: p.department_id, managerId: p.manager_id, roles: p.roles })),
  };
}

async function floorBoard(pg: Client, departmentId: string | null): Promise<void> {
  const periods = currentPeriods(new Date());
  await pg.query(FLOOR_BOARD, [periods.year, periods.quarter, departmentId]);
  await pg.query(FLOOR_FISCAL_YEARS);
}

async function floorGoalPage(pg: Client, id: string): Promise<void> {
  const { rows } = await pg.query<{ parent_id: string | null; series_id: string }>(FLOOR_GOAL, [id]);
  const goal = rows[0];
  if (!goal) return;
  await pg.query(FLOOR_RELATED, [id, goal.parent_id, goal.series_id]);
  const { rows: checkIns } = await pg.query<{
    author_id: string;
    entries: { author_id: string }[] | null;
    comments: { author_id: string }[] | null;
  }>(FLOOR_CHECK_INS, [id]);
  const authors = new Set<string>();
  for (const checkIn of checkIns) {
    authors.add(checkIn.author_id);
    for (const entry of checkIn.entries ?? []) authors.add(entry.author_id);
    for (const comment of checkIn.comments ?? []) authors.add(comment.author_id);
  }
  await pg.query('SELECT id, display_name, display_name_en, display_name_kana FROM people WHERE id = ANY($1::uuid[])', [[...authors]]);
}

export const goalsPart: BenchPart = {
  name: 'goals',
  order: 50,

  async seed({ scale, manager, log }) {
    const counts = await seedGoals(manager, await readDirectory(manager), {
      now: new Date(),
      scale,
      fiscalYearStartMonth: FISCAL_YEAR_START_MONTH_DEFAULT,
    });
    log(
      `goals: ${counts.goals} goals over ${counts.fiscalYears} fiscal years (${counts.currentGoals} on the current board), ` +
        `${counts.checkIns} check-ins (${counts.entries} entries), ${counts.comments} comments`,
    );
    await manager.query('ANALYZE goals, goal_check_ins, goal_check_in_entries, goal_check_in_comments');
  },

  async operations(client: Client): Promise<BenchOperation[]> {
    // Departments that contribute to the current board's goals, the biggest contributors first.
    const { rows: departments } = await client.query<{ id: string }>(
      `SELECT d AS id FROM goals g, unnest(g.department_ids) d WHERE g.status = 'ACTIVE' GROUP BY d ORDER BY count(*) DESC, d LIMIT 40`,
    );
    // Goal pages people open from the board: this period's goals first, then past ones (a full year of check-ins).
    const { rows: goals } = await client.query<{ id: string }>(
      `SELECT id FROM goals WHERE status IN ('ACTIVE', 'ACHIEVED', 'MISSED') ORDER BY (status = 'ACTIVE') DESC, md5(id::text) LIMIT 300`,
    );
    const departmentIds = departments.map((row) => row.id);
    const goalIds = goals.map((row) => row.id);
    return [
      {
        name: 'goalBoard (current period, whole company)',
        persona: 'executive',
        statementBudget: 5,
        document: BOARD_DOCUMENT,
        variables: () => ({ departmentId: null }),
        floor: (pg) => floorBoard(pg, null),
      },
      {
        name: 'goalBoard (current period, one department)',
        persona: 'executive',
        statementBudget: 5,
        document: BOARD_DOCUMENT,
        variables: (i) => ({ departmentId: rotate(departmentIds, i, 'goals with departments') }),
        floor: (pg, i) => floorBoard(pg, rotate(departmentIds, i, 'goals with departments')),
      },
      {
        name: 'goal page with check-ins',
        persona: 'employee',
        statementBudget: 5,
        document: GOAL_PAGE_DOCUMENT,
        variables: (i) => ({ id: rotate(goalIds, i, 'goals') }),
        floor: (pg, i) => floorGoalPage(pg, rotate(goalIds, i, 'goals')),
      },
      {
        name: 'goal page: what I may do (edit, check in)',
        persona: 'employee',
        statementBudget: 5,
        document: GOAL_ACCESS_DOCUMENT,
        variables: (i) => ({ id: rotate(goalIds, i, 'goals') }),
        floor: async (pg, i) => {
          await pg.query(FLOOR_GOAL, [rotate(goalIds, i, 'goals')]);
        },
      },
    ];
  },
};
