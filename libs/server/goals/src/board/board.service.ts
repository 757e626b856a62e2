import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GOAL_BOARD_MAX, GoalConfidence, GoalPeriodKind, type Locale } from '@kakehashi/shared-contracts';
import { PERSON_DIRECTORY, type PersonDirectoryPort, TEAM_LINKS, type TeamLinkPort } from '@kakehashi/server-platform';
import { periodModel, periodModelOf } from '../goals/goal-mapper';
import type { Goal } from '../goals/goal.model';
import { GoalService } from '../goals/goal.service';
import { addDays, fiscalPeriod, type GoalPeriod, periodContaining, periodKey } from '../progress/periods';
import { boardCsv } from './board-csv';
import type { GoalBoard, GoalBoardArgs, GoalBoardGroup, GoalBoardLine, GoalBoardRow, GoalBoardSnapshot } from './board.model';

/** Worst first: off track, at risk, not checked in yet, on track. */
function severity(goal: Goal): number {
  const confidence = goal.confidence ?? goal.progress.suggestedConfidence;
  if (confidence === GoalConfidence.OFF_TRACK) return 3;
  if (confidence === GoalConfidence.AT_RISK) return 2;
  if (confidence === null) return 1;
  return 0;
}

const worstFirst = (a: Goal, b: Goal): number =>
  severity(b) - severity(a) || Number(b.progress.checkInOverdue) - Number(a.progress.checkInOverdue) || a.code.localeCompare(b.code);

/** The periods a board shows: a fiscal year, and the quarter whose quarterly goals show with the year's. */
export interface BoardPeriods {
  year: GoalPeriod;
  quarter: GoalPeriod;
}

/**
 * The board: a fiscal year's goals and one quarter's, grouped under their KGIs with the
 * worst first, read in one statement from the goals' own rows (latest value, confidence
 * and trend are kept there); CSV and the period-end snapshots are made from the same rows.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly goals: GoalService,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    @Optional() @Inject(TEAM_LINKS) private readonly teams: TeamLinkPort | null,
  ) {}

  periods(args: Pick<GoalBoardArgs, 'fiscalYear' | 'quarter'>): BoardPeriods {
    const startMonth = this.goals.fiscalYearStartMonth;
    const current = periodContaining(GoalPeriodKind.QUARTER, this.goals.today(), startMonth);
    const fiscalYear = args.fiscalYear ?? current.fiscalYear;
    const quarter = args.quarter ?? (fiscalYear === current.fiscalYear ? current.quarter! : fiscalYear < current.fiscalYear ? 4 : 1);
    return {
      year: fiscalPeriod(GoalPeriodKind.FISCAL_YEAR, fiscalYear, null, startMonth),
      quarter: fiscalPeriod(GoalPeriodKind.QUARTER, fiscalYear, quarter, startMonth),
    };
  }

  async board(args: GoalBoardArgs): Promise<GoalBoard> {
    const periods = this.periods(args);
    const [goals, years] = await Promise.all([this.boardGoals(periods), this.fiscalYears()]);
    const truncated = goals.length > GOAL_BOARD_MAX;
    if (truncated) goals.length = GOAL_BOARD_MAX;
    const matching = await this.matching(goals, args);
    const groups = this.group(goals, matching);
    const shown = groups.flatMap((group) => group.rows.filter((row) => row.matches).map((row) => row.goal));
    return {
      fiscalYear: periodModelOf(periods.year),
      quarter: periodModelOf(periods.quarter),
      groups,
      summary: {
        total: shown.length,
        onTrack: shown.filter((goal) => goal.confidence === GoalConfidence.ON_TRACK).length,
        atRisk: shown.filter((goal) => goal.confidence === GoalConfidence.AT_RISK).length,
        offTrack: shown.filter((goal) => goal.confidence === GoalConfidence.OFF_TRACK).length,
        noCheckIn: shown.filter((goal) => goal.confidence === null).length,
        overdue: shown.filter((goal) => goal.progress.checkInOverdue).length,
      },
      fiscalYears: years,
      truncated,
    };
  }

  /** The board as CSV (UTF-8 with a BOM, so that Excel reads Japanese), one line per goal in board order. */
  async csv(args: GoalBoardArgs, locale: Locale): Promise<string> {
    const board = await this.board(args);
    return boardCsv(await this.lines(board), locale);
  }

  /** Takes the quarter's snapshot if it has none yet (the period-end job); true when it took one. */
  async snapshot(quarter: GoalPeriod): Promise<boolean> {
    const board = await this.board({ fiscalYear: quarter.fiscalYear, quarter: quarter.quarter ?? 1 });
    if (board.summary.total === 0) return false;
    const lines = await this.lines(board);
    const result = (await this.dataSource.query(
      `INSERT INTO goal_board_snapshots (period_kind, fiscal_year, quarter, period_start, period_end, rows)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (period_kind, period_start) DO NOTHING RETURNING id`,
      [quarter.kind, quarter.fiscalYear, quarter.quarter, quarter.start, quarter.end, JSON.stringify(lines)],
    )) as unknown[];
    return result.length > 0;
  }

  async snapshots(): Promise<GoalBoardSnapshot[]> {
    return this.readSnapshots('TRUE', [], false);
  }

  async snapshotById(id: string): Promise<GoalBoardSnapshot | null> {
    return (await this.readSnapshots('id = $1', [id], true))[0] ?? null;
  }

  /** The quarter before the current one (what the period-end job snapshots). */
  previousQuarter(): GoalPeriod {
    const startMonth = this.goals.fiscalYearStartMonth;
    const current = periodContaining(GoalPeriodKind.QUARTER, this.goals.today(), startMonth);
    return periodContaining(GoalPeriodKind.QUARTER, addDays(current.start, -1), startMonth);
  }

  private async readSnapshots(condition: string, parameters: unknown[], withLines: boolean): Promise<GoalBoardSnapshot[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, period_kind, fiscal_year, quarter, period_start::text, period_end::text, taken_at${withLines ? ', rows' : ''}
       FROM goal_board_snapshots WHERE ${condition} ORDER BY period_start DESC LIMIT 100`,
      parameters,
    )) as {
      id: string;
      period_kind: string;
      fiscal_year: number;
      quarter: number | null;
      period_start: string;
      period_end: string;
      taken_at: Date;
      rows?: GoalBoardLine[];
    }[];
    return rows.map((row) => ({
      id: row.id,
      period: periodModel({
        periodKind: row.period_kind,
        fiscalYear: row.fiscal_year,
        quarter: row.quarter,
        periodStart: row.period_start,
        periodEnd: row.period_end,
      }),
      takenAt: row.taken_at,
      lines: (row.rows ?? []).map((line) => ({ ...line, lastCheckInAt: line.lastCheckInAt ? new Date(line.lastCheckInAt) : null })),
    }));
  }

  private boardGoals(periods: BoardPeriods): Promise<Goal[]> {
    return this.goals.select(
      `g.status IN ('ACTIVE', 'ACHIEVED', 'MISSED')
       AND ((g.period_kind = 'FISCAL_YEAR' AND g.period_start = $1) OR (g.period_kind = 'QUARTER' AND g.period_start = $2))`,
      [periods.year.start, periods.quarter.start],
      GOAL_BOARD_MAX + 1,
    );
  }

  private async fiscalYears(): Promise<number[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT fiscal_year FROM goals WHERE status IN ('ACTIVE', 'ACHIEVED', 'MISSED') ORDER BY fiscal_year DESC LIMIT 50`,
    )) as { fiscal_year: number }[];
    return rows.map((row) => row.fiscal_year);
  }

  /** Ids of the goals the filters keep: a department's (or one below it), a team's; null without filters. */
  private async matching(goals: readonly Goal[], filters: Pick<GoalBoardArgs, 'departmentId' | 'teamId'>): Promise<Set<string> | null> {
    if (!filters.departmentId && !filters.teamId) return null;
    let kept = goals;
    if (filters.departmentId) {
      const departments = new Set(await this.directory.departmentsWithDescendants([filters.departmentId]));
      kept = kept.filter((goal) => goal.departmentIds.some((id) => departments.has(id)));
    }
    if (filters.teamId) {
      const teamGoals = new Set((await this.teams?.goalIdsOfTeam(filters.teamId)) ?? []);
      kept = kept.filter((goal) => teamGoals.has(goal.id));
    }
    return new Set(kept.map((goal) => goal.id));
  }

  /** Trees under each top goal, worst first; with a filter, only the matching goals and the goals above them. */
  private group(goals: readonly Goal[], matching: Set<string> | null): GoalBoardGroup[] {
    const byId = new Map(goals.map((goal) => [goal.id, goal]));
    const children = new Map<string, Goal[]>();
    const roots: Goal[] = [];
    for (const goal of goals) {
      if (goal.parentId && byId.has(goal.parentId)) {
        const list = children.get(goal.parentId);
        if (list) list.push(goal);
        else children.set(goal.parentId, [goal]);
      } else roots.push(goal);
    }
    // A goal stays when it matches or something below it does.
    const keep = new Map<string, boolean>();
    const kept = (goal: Goal, depth: number): boolean => {
      if (keep.has(goal.id)) return keep.get(goal.id)!;
      const below = depth < 10 && (children.get(goal.id) ?? []).map((child) => kept(child, depth + 1)).some(Boolean);
      const value = matching === null || matching.has(goal.id) || below;
      keep.set(goal.id, value);
      return value;
    };
    const groups: { rows: GoalBoardRow[]; worst: number; code: string }[] = [];
    for (const root of roots.filter((goal) => kept(goal, 0))) {
      const rows: GoalBoardRow[] = [];
      const walk = (goal: Goal, depth: number): void => {
        rows.push({ goal, depth, matches: matching === null || matching.has(goal.id) });
        if (depth >= 10) return;
        for (const child of (children.get(goal.id) ?? []).filter((candidate) => kept(candidate, depth + 1)).sort(worstFirst))
          walk(child, depth + 1);
      };
      walk(root, 0);
      const worst = Math.max(...rows.filter((row) => row.matches).map((row) => severity(row.goal)), -1);
      groups.push({ rows, worst, code: root.code });
    }
    // KGIs before top-level KPIs, then the worst first.
    groups.sort((a, b) => rank(a.rows[0]!.goal) - rank(b.rows[0]!.goal) || b.worst - a.worst || a.code.localeCompare(b.code));
    return groups.map(({ rows }) => ({ rows }));
  }

  private async lines(board: GoalBoard): Promise<GoalBoardLine[]> {
    const rows = board.groups.flatMap((group) => group.rows.filter((row) => row.matches));
    const [people, departments] = await Promise.all([
      this.directory.activePeopleByIds([...new Set(rows.map((row) => row.goal.ownerId))]),
      this.directory.departments(),
    ]);
    const owners = new Map(people.map((person) => [person.id, person]));
    const departmentNames = new Map(departments.map((department) => [department.id, department.nameJa]));
    return rows.map(({ goal, depth }) => {
      const owner = owners.get(goal.ownerId);
      return {
        goalId: goal.id,
        code: goal.code,
        kind: goal.kind,
        depth,
        title: goal.title,
        titleEn: goal.titleEn,
        periodKey: periodKey(goal.period),
        status: goal.status,
        ownerName: owner?.displayName ?? '',
        departments: goal.departmentIds.map((id) => departmentNames.get(id) ?? '').filter(Boolean),
        unit: goal.unit,
        unitLabel: goal.unitLabel,
        direction: goal.direction,
        baseline: goal.baseline,
        target: goal.target,
        rangeLow: goal.rangeLow,
        rangeHigh: goal.rangeHigh,
        currentValue: goal.currentValue,
        progress: goal.progress.actual,
        pace: goal.progress.pace,
        confidence: goal.confidence,
        suggestedConfidence: goal.progress.suggestedConfidence,
        lastCheckInAt: goal.lastCheckInAt,
        trend: goal.trend,
      };
    });
  }
}

function rank(goal: Goal): number {
  return goal.kind === 'KGI' ? 0 : 1;
}
