import { DataSource } from 'typeorm';
import { seedDirectory } from '@kakehashi/server-directory';
import { seedGoals } from '@kakehashi/server-goals';
import { SeedService } from '@kakehashi/server-platform';
import { createTestDatabase, type TestApp, type TestDatabase } from '@kakehashi/server-platform/testing';
import { actor, ok, startGoalsApp } from './goals-test-kit';

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * What the server relies on in every goal row the seed writes, each as the rows that break it
 * (none expected). Periods follow an April fiscal year; `now` is the seed's.
 */
async function brokenInvariants(query: Query, now: Date): Promise<Record<string, unknown[]>> {
  const today = new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  const checks: Record<string, [string, unknown[]?]> = {
    series: [
      `SELECT g.code, g.period_start::text FROM goals g LEFT JOIN goals p ON p.id = g.previous_id
        WHERE (g.previous_id IS NULL AND g.series_id <> g.id)
           OR (g.previous_id IS NOT NULL AND (p.id IS NULL OR g.series_id <> p.series_id OR p.code <> g.code OR p.period_kind <> g.period_kind
               OR p.period_end + 1 <> g.period_start OR NOT p.recurring))`,
    ],
    periods: [
      `SELECT code, period_start::text FROM goals
        WHERE period_start <> (make_date(fiscal_year, 4, 1) + make_interval(months => coalesce(quarter - 1, 0) * 3))::date
           OR period_end <> (period_start + make_interval(months => CASE period_kind WHEN 'FISCAL_YEAR' THEN 12 ELSE 3 END) - interval '1 day')::date
           OR (period_kind = 'FISCAL_YEAR') <> (quarter IS NULL)`,
    ],
    targets: [
      `SELECT code, period_start::text FROM goals
        WHERE (direction = 'RANGE') <> (target IS NULL)
           OR (direction = 'RANGE' AND NOT (range_low < range_high))
           OR (direction <> 'RANGE' AND (range_low IS NOT NULL OR range_high IS NOT NULL OR target = baseline))
           OR (direction = 'INCREASE' AND target < baseline) OR (direction = 'DECREASE' AND target > baseline)
           OR (unit IN ('CASES', 'YEN', 'COUNT') AND (baseline < 0 OR target < 0))
           OR (cardinality(monthly_targets) > 0 AND (cardinality(monthly_targets) <> CASE period_kind WHEN 'FISCAL_YEAR' THEN 12 ELSE 3 END
               OR monthly_targets[cardinality(monthly_targets)] <> target))
           OR (unit = 'FREE') <> (unit_label IS NOT NULL)`,
    ],
    weights: [
      `SELECT parent_id, period_kind, period_start::text, sum(weight)::float8 AS total FROM goals WHERE parent_id IS NOT NULL
        GROUP BY parent_id, period_kind, period_start HAVING sum(weight) <> 100`,
    ],
    kgis: [`SELECT code FROM goals WHERE (kind = 'KGI') <> (parent_id IS NULL) OR (kind = 'KGI' AND weight <> 0)`],
    parents: [
      `SELECT c.code, c.period_start::text FROM goals c LEFT JOIN goals p ON p.id = c.parent_id
        WHERE c.parent_id IS NOT NULL AND (p.id IS NULL OR c.period_start < p.period_start OR c.period_end > p.period_end)`,
    ],
    tree: [
      // Every goal is reached from a KGI in at most 6 levels: no cycles, nothing deeper.
      `WITH RECURSIVE down AS (SELECT id, 1 AS depth FROM goals WHERE parent_id IS NULL
         UNION ALL SELECT g.id, down.depth + 1 FROM goals g JOIN down ON g.parent_id = down.id WHERE down.depth < 10)
       SELECT g.code FROM goals g LEFT JOIN (SELECT id, max(depth) AS depth FROM down GROUP BY id) d ON d.id = g.id
        WHERE d.id IS NULL OR d.depth > 6`,
    ],
    rows: [`SELECT code FROM goals WHERE created_by_id <> owner_id OR version <> 1 OR updated_at < created_at OR created_at > $1`, [now]],
    statuses: [
      `SELECT code, period_start::text, status FROM goals
        WHERE status <> CASE WHEN period_start <= $1::date AND period_end >= $1::date THEN 'ACTIVE' ELSE status END
           OR (period_end < $1::date AND status NOT IN ('ACHIEVED', 'MISSED')) OR period_start > $1::date`,
      [today],
    ],
    latest: [
      `WITH latest AS (SELECT DISTINCT ON (goal_id) goal_id, value, confidence, created_at, slot_start FROM goal_check_ins
                        ORDER BY goal_id, slot_start DESC),
            recent AS (SELECT goal_id, array_agg(value ORDER BY slot_start) AS trend FROM
                        (SELECT goal_id, value, slot_start, row_number() OVER (PARTITION BY goal_id ORDER BY slot_start DESC) AS n FROM goal_check_ins) r
                        WHERE n <= 12 GROUP BY goal_id)
       SELECT g.code, g.period_start::text FROM goals g LEFT JOIN latest l ON l.goal_id = g.id LEFT JOIN recent r ON r.goal_id = g.id
        WHERE g.current_value IS DISTINCT FROM l.value OR g.current_confidence IS DISTINCT FROM l.confidence
           OR g.last_check_in_at IS DISTINCT FROM l.created_at OR g.last_check_in_slot IS DISTINCT FROM l.slot_start
           OR g.trend <> coalesce(r.trend, '{}')`,
    ],
    slots: [
      `SELECT g.code, c.slot_start::text, c.created_at FROM goal_check_ins c JOIN goals g ON g.id = c.goal_id
        WHERE c.slot_start < g.period_start OR c.slot_start > g.period_end OR c.slot_start > $2::date
           OR (g.cadence = 'WEEKLY' AND extract(isodow FROM c.slot_start) <> 1) OR (g.cadence = 'MONTHLY' AND extract(day FROM c.slot_start) <> 1)
           OR (c.created_at AT TIME ZONE 'Asia/Tokyo')::date < c.slot_start
           OR (c.created_at AT TIME ZONE 'Asia/Tokyo')::date
              > CASE g.cadence WHEN 'WEEKLY' THEN c.slot_start + 6 ELSE (c.slot_start + interval '1 month' - interval '1 day')::date END
           OR c.created_at > $1 OR c.updated_at > $1 OR c.updated_at < c.created_at
           OR (g.unit IN ('CASES', 'YEN', 'COUNT') AND c.value < 0)`,
      [now, today],
    ],
    entries: [
      `SELECT c.id FROM goal_check_ins c
         LEFT JOIN LATERAL (SELECT count(*)::int AS n, min(created_at) AS first FROM goal_check_in_entries e WHERE e.check_in_id = c.id) k ON true
         LEFT JOIN LATERAL (SELECT * FROM goal_check_in_entries e WHERE e.check_in_id = c.id ORDER BY e.created_at DESC LIMIT 1) e ON true
        WHERE k.n = 0 OR k.n <> c.version OR k.first <> c.created_at OR e.created_at <> c.updated_at OR e.value <> c.value
           OR e.confidence <> c.confidence OR e.note <> c.note OR e.author_id <> c.author_id OR e.goal_id <> c.goal_id`,
    ],
    authors: [
      // Check-ins by the owner or someone of a contributing department.
      `SELECT g.code, c.slot_start::text FROM goal_check_ins c JOIN goals g ON g.id = c.goal_id LEFT JOIN people p ON p.id = c.author_id
        WHERE c.author_id <> g.owner_id AND (p.id IS NULL OR NOT p.department_id = ANY (g.department_ids))`,
    ],
    owners: [
      `SELECT g.code FROM goals g LEFT JOIN people p ON p.id = g.owner_id
        WHERE p.id IS NULL OR NOT p.active OR (g.kind = 'KGI' AND NOT 'EXEC_VIEWER' = ANY (p.roles))
           OR (g.kind = 'KPI' AND NOT p.department_id = ANY (g.department_ids))`,
    ],
    comments: [
      `SELECT c.id FROM goal_check_ins c
         LEFT JOIN LATERAL (SELECT count(*)::int AS n, bool_and(m.goal_id = c.goal_id AND m.created_at >= c.created_at AND m.created_at <= $1) AS fine
                              FROM goal_check_in_comments m WHERE m.check_in_id = c.id) m ON true
        WHERE c.comment_count <> m.n OR NOT coalesce(m.fine, true)`,
      [now],
    ],
    strayComments: [`SELECT m.id FROM goal_check_in_comments m LEFT JOIN goal_check_ins c ON c.id = m.check_in_id WHERE c.id IS NULL`],
  };
  const found: Record<string, unknown[]> = {};
  for (const [name, [sql, params]] of Object.entries(checks)) found[name] = (await query<unknown>(sql, params ?? [])).slice(0, 5);
  return found;
}

const NONE_BROKEN = (found: Record<string, unknown[]>) => Object.fromEntries(Object.keys(found).map((name) => [name, []]));

interface Counts {
  goals: number;
  current: number;
  check_ins: number;
  entries: number;
  edited: number;
  comments: number;
  years: number;
}

const COUNTS = `SELECT (SELECT count(*)::int FROM goals) AS goals, (SELECT count(*)::int FROM goals WHERE status = 'ACTIVE') AS current,
  (SELECT count(*)::int FROM goal_check_ins) AS check_ins, (SELECT count(*)::int FROM goal_check_in_entries) AS entries,
  (SELECT count(*)::int FROM goal_check_ins WHERE version > 1) AS edited, (SELECT count(*)::int FROM goal_check_in_comments) AS comments,
  (SELECT count(DISTINCT fiscal_year)::int FROM goals) AS years`;

const BOARD = /* GraphQL */ `
  query SeedBoard {
    goalBoard {
      fiscalYear {
        key
      }
      summary {
        total
        atRisk
        offTrack
        overdue
      }
      groups {
        rows {
          depth
          goal {
            code
            confidence
          }
        }
      }
    }
  }
`;

describe('the goals demo seed', () => {
  let api: TestApp;
  let seededAt: Date;
  const query: Query = <T>(sql: string, params: unknown[] = []) => api.dataSource.query<T[]>(sql, params);

  beforeAll(async () => {
    api = await startGoalsApp();
    seededAt = new Date();
    expect(await api.app.get(SeedService).seedOnce()).toEqual(['directory', 'goals', 'teams']);
  });

  afterAll(() => api?.close());

  it('keeps every invariant the server relies on', async () => {
    const found = await brokenInvariants(query, new Date());
    expect(found).toEqual(NONE_BROKEN(found));
  });

  it('holds the demo company: two KGIs with their KPIs, this fiscal year and the last, a year of check-ins', async () => {
    const [counts] = await query<Counts>(COUNTS);
    expect(counts!.goals).toBeGreaterThanOrEqual(25);
    expect(counts!.goals).toBeLessThanOrEqual(40);
    expect(counts!.current).toBe(17);
    expect(counts!.years).toBe(2);
    // Last year's in full and this year's so far.
    expect(counts!.check_ins).toBeGreaterThan(400);
    expect(counts!.entries).toBe(counts!.check_ins + counts!.edited);
    expect(counts!.edited).toBeGreaterThan(10);
    expect(counts!.comments).toBeGreaterThanOrEqual(4);
    const kgis = await query<{ code: string; title: string; title_en: string; owner_is_executive: boolean }>(
      `SELECT g.code, g.title, g.title_en, (dp.persona_key = 'executive') AS owner_is_executive
         FROM goals g LEFT JOIN demo_personas dp ON dp.person_id = g.owner_id WHERE g.kind = 'KGI' AND g.status = 'ACTIVE' ORDER BY g.code`,
    );
    expect(kgis.map((kgi) => [kgi.code, kgi.title, kgi.title_en])).toEqual([
      ['KGI-01', '年間売上高', 'Annual revenue'],
      ['KGI-02', '顧客推奨度（NPS）', 'Net Promoter Score (NPS)'],
    ]);
    // The executive persona owns the revenue KGI: the board's own people review it.
    expect(kgis[0]!.owner_is_executive).toBe(true);
    const texts = await query<{ code: string }>(
      `SELECT code FROM goals WHERE title !~ '[ぁ-んァ-ヶ一-龥]' OR title_en IS NULL OR title_en ~ '[ぁ-んァ-ヶ一-龥]' OR description !~ '。$'`,
    );
    expect(texts).toEqual([]);
    // Department heads own the department KPIs.
    const heads = await query<{ code: string; title: string }>(
      `SELECT g.code, p.title FROM goals g JOIN people p ON p.id = g.owner_id
        WHERE g.code IN ('KPI-SLS-E-01', 'KPI-SUP-01') AND g.status = 'ACTIVE' ORDER BY g.code`,
    );
    expect(heads).toEqual([
      { code: 'KPI-SLS-E-01', title: '東日本営業部 部長' },
      { code: 'KPI-SUP-01', title: 'カスタマーサポート部 部長' },
    ]);
  });

  it('tells the board a story: goals at risk and off track with notes, overdue check-ins, questions answered', async () => {
    const today = new Date(seededAt.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
    const current = await query<{ code: string; confidence: string; note: string; overdue: boolean }>(
      `SELECT g.code, g.current_confidence AS confidence, c.note,
              g.last_check_in_slot < (CASE g.cadence WHEN 'WEEKLY' THEN date_trunc('week', $1::date) - interval '7 days'
                                                     ELSE date_trunc('month', $1::date) - interval '1 month' END)::date AS overdue
         FROM goals g JOIN goal_check_ins c ON c.goal_id = g.id AND c.slot_start = g.last_check_in_slot
        WHERE g.status = 'ACTIVE' ORDER BY g.code`,
      [today],
    );
    // The story's goals carry the owner's call on their latest check-in (those checked in yet this period: all but in its first weeks).
    const story: Record<string, string> = {
      'KGI-01': 'AT_RISK',
      'KPI-SLS-W-01': 'AT_RISK',
      'KPI-CS-01': 'AT_RISK',
      'KPI-SUP-02': 'AT_RISK',
      'KPI-SLS-03': 'AT_RISK',
      'KPI-SUP-01': 'OFF_TRACK',
      'KPI-ENG-01': 'OFF_TRACK',
    };
    const told = current.filter((goal) => goal.code in story);
    expect(Object.fromEntries(told.map((goal) => [goal.code, goal.confidence]))).toEqual(
      Object.fromEntries(told.map((goal) => [goal.code, story[goal.code]])),
    );
    for (const goal of told) expect(goal.note).toMatch(/。$/);
    const [{ weeks } = { weeks: 0 }] = await query<{ weeks: number }>(
      "SELECT (($1::date - period_start) / 7)::int AS weeks FROM goals WHERE code = 'KPI-SLS-03' AND status = 'ACTIVE'",
      [today],
    );
    // Two weeks into the quarter the weekly goals of the story have spoken (and the monthly ones a month in).
    if (weeks >= 2) expect(told.map((goal) => goal.code)).toEqual(expect.arrayContaining(['KPI-SLS-03', 'KPI-SLS-W-01', 'KPI-SUP-01']));
    // The overdue goals, when they checked in at all this period, last did two or more slots ago.
    expect(current.filter((goal) => ['KPI-FIN-01', 'KPI-PRD-01'].includes(goal.code) && !goal.overdue)).toEqual([]);
    // An executive asked on the latest check-in of the goal off track; its owner answered.
    const thread = await query<{ author_is_owner: boolean; executive: boolean }>(
      `SELECT m.author_id = g.owner_id AS author_is_owner, 'EXEC_VIEWER' = ANY (p.roles) AS executive
         FROM goals g JOIN goal_check_ins c ON c.goal_id = g.id AND c.slot_start = g.last_check_in_slot
         JOIN goal_check_in_comments m ON m.check_in_id = c.id JOIN people p ON p.id = m.author_id
        WHERE g.code = 'KPI-SUP-01' AND g.status = 'ACTIVE' ORDER BY m.created_at`,
    );
    if (current.some((goal) => goal.code === 'KPI-SUP-01')) {
      expect(thread).toEqual([
        { author_is_owner: false, executive: true },
        { author_is_owner: true, executive: false },
      ]);
    }
    // Last year's goals all closed, some achieved and some missed; quarterly goals rolled quarter by quarter.
    const closed = await query<{ status: string; n: number }>(
      "SELECT status, count(*)::int AS n FROM goals WHERE status <> 'ACTIVE' AND period_kind = 'FISCAL_YEAR' GROUP BY status ORDER BY status",
    );
    expect(closed.map((row) => row.status)).toEqual(['ACHIEVED', 'MISSED']);
    for (const row of closed) expect(row.n).toBeGreaterThanOrEqual(4);
    const quarters = await query<{ status: string }>("SELECT status FROM goals WHERE code = 'KPI-SLS-03' ORDER BY period_start");
    expect(quarters.length).toBeGreaterThanOrEqual(5);
    expect(quarters.at(-1)!.status).toBe('ACTIVE');
    expect(new Set(quarters.slice(0, -1).map((quarter) => quarter.status))).toEqual(new Set(['ACHIEVED', 'MISSED']));
  });

  it('is what the executives see on the board, the worst first', async () => {
    const [executive] = await query<{ person_id: string }>("SELECT person_id FROM demo_personas WHERE persona_key = 'executive'");
    const board = ok(
      await (
        await actor(api, executive!.person_id)
      ).gql<{
        goalBoard: {
          summary: { total: number; atRisk: number; offTrack: number; overdue: number };
          groups: { rows: { depth: number; goal: { code: string; confidence: string | null } }[] }[];
        };
      }>(BOARD),
    ).goalBoard;
    const [seeded] = await query<{ at_risk: number; off_track: number }>(
      `SELECT count(*) FILTER (WHERE current_confidence = 'AT_RISK')::int AS at_risk,
              count(*) FILTER (WHERE current_confidence = 'OFF_TRACK')::int AS off_track FROM goals WHERE status = 'ACTIVE'`,
    );
    expect(board.summary).toMatchObject({ total: 17, atRisk: seeded!.at_risk, offTrack: seeded!.off_track });
    expect(board.groups.map((group) => group.rows[0]!.goal.code).sort()).toEqual(['KGI-01', 'KGI-02']);
    expect(Math.max(...board.groups.flatMap((group) => group.rows.map((row) => row.depth)))).toBe(2);
  });
});

describe('the goals scale data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  // Early in a quarter, so this quarter's goals have no check-in yet.
  const now = new Date('2026-10-02T01:00:00Z');
  const query: Query = <T>(sql: string, params: unknown[] = []) => dataSource.query<T[]>(sql, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await dataSource.transaction(async (manager) => {
      await seedDirectory(manager, 3);
      const departments = await manager.query<{ id: string; code: string; name_ja: string; name_en: string }[]>(
        'SELECT id, code, name_ja, name_en FROM departments ORDER BY sort_order, code',
      );
      const people = await manager.query<{ id: string; department_id: string | null; manager_id: string | null; roles: string[] }[]>(
        'SELECT id, department_id, manager_id, roles FROM people WHERE active ORDER BY sort_name, id',
      );
      const counts = await seedGoals(
        manager,
        {
          departments: departments.map((d) => ({ id: d.id, code: d.code, nameJa: d.name_ja, nameEn: d.name_en })),
          people: people.map((p) => ({ id: p.id, departmentId: p.department_id, managerId: p.manager_id, roles: p.roles })),
        },
        { now, scale: 3, fiscalYearStartMonth: 4 },
      );
      expect(counts.checkIns).toBeGreaterThanOrEqual(3000);
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('keeps every invariant the server relies on', async () => {
    const found = await brokenInvariants(query, now);
    expect(found).toEqual(NONE_BROKEN(found));
  });

  it('spreads over department KPIs and fiscal years back, the current board kept small', async () => {
    const [counts] = await query<Counts>(COUNTS);
    expect(counts!.years).toBeGreaterThanOrEqual(3);
    expect(counts!.goals).toBeGreaterThan(60);
    expect(counts!.check_ins).toBeGreaterThanOrEqual(3000);
    expect(counts!.current).toBeLessThanOrEqual(30);
    const departmentKpis = await query<{ code: string; title: string }>(
      "SELECT code, title FROM goals WHERE code ~ '^KPI-.*-1[0-9]$' AND status = 'ACTIVE' ORDER BY code",
    );
    expect(departmentKpis.length).toBeGreaterThanOrEqual(6);
    // This quarter began yesterday: its goals wait for their first check-in.
    const waiting = await query<{ code: string; trend: string[] }>(
      "SELECT code, trend::text[] AS trend FROM goals WHERE period_kind = 'QUARTER' AND status = 'ACTIVE' AND current_value IS NULL ORDER BY code",
    );
    expect(waiting.map((goal) => [goal.code, goal.trend])).toEqual([
      ['KPI-MKT-02', []],
      ['KPI-SLS-03', []],
    ]);
  });
});
