import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type FieldError, GOAL_DEPTH_MAX, GOAL_WEIGHT_TOTAL, GoalDirection, GoalStatus, GoalUnit } from '@kakehashi/shared-contracts';
import {
  type AppConfig,
  APP_CONFIG,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  firstRow,
  NotFoundError,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
} from '@kakehashi/server-platform';
import { GoalAccess } from '../common/goal-access';
import { nextPeriod, periodKey, tokyoToday } from '../progress/periods';
import type { CreateGoalInput, RollGoalForwardInput, SetGoalStatusInput, SetGoalWeightsInput, UpdateGoalInput } from './dto/goal.input';
import type { GoalEntity } from './goal.entity';
import { GOAL_COLUMNS, toGoal, withRollUp } from './goal-mapper';
import type { Goal } from './goal.model';
import { type GoalDraft, goalFieldErrors, goalPeriodOf, missingFields } from './goal-rules';

/** Status changes a goal may make (a goal never goes back to draft). */
const TRANSITIONS: Record<GoalStatus, GoalStatus[]> = {
  [GoalStatus.DRAFT]: [GoalStatus.ACTIVE, GoalStatus.CANCELLED],
  [GoalStatus.ACTIVE]: [GoalStatus.ACHIEVED, GoalStatus.MISSED, GoalStatus.CANCELLED],
  [GoalStatus.ACHIEVED]: [GoalStatus.ACTIVE],
  [GoalStatus.MISSED]: [GoalStatus.ACTIVE],
  [GoalStatus.CANCELLED]: [],
};

/** A goal with the goals around it, read in one statement: what a goal page shows. */
export interface GoalFamily {
  goal: Goal;
  parent: Goal | null;
  children: Goal[];
  /** The same goal in every period, oldest first. */
  series: Goal[];
}

/** Goals a goal page reads at most: itself, its parent, its children and its periods. */
const FAMILY_MAX = 1000;

const numeric = (value: number | null): string | null => (value === null ? null : String(value));

/** Goals: creating, editing, statuses, weights, rolling into the next period, and reading them for a viewer. */
@Injectable()
export class GoalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: GoalAccess,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get fiscalYearStartMonth(): number {
    return this.config.fiscalYearStartMonth;
  }

  today(): string {
    return tokyoToday(new Date());
  }

  /**
   * A goal the viewer may see, with its parent, children and other periods (NOT_FOUND otherwise).
   * The viewer is asked for only when a draft is involved: a page without one is everyone's.
   */
  async family(viewerOf: () => Viewer, id: string): Promise<GoalFamily> {
    const goals = await this.select(
      `g.id = $1 OR g.parent_id = $1 OR g.id = (SELECT parent_id FROM goals WHERE id = $1)
       OR g.series_id = (SELECT series_id FROM goals WHERE id = $1)`,
      [id],
      FAMILY_MAX,
      'g.period_start, g.code, g.id',
    );
    const goal = goals.find((candidate) => candidate.id === id);
    if (!goal || (goal.status === GoalStatus.DRAFT && !(await this.access.canRead(viewerOf(), goal)))) throw new NotFoundError('Goal', id);
    const children = goals
      .filter((candidate) => candidate.parentId === id && candidate.status !== GoalStatus.CANCELLED)
      .filter((candidate) => candidate.status !== GoalStatus.DRAFT || candidate.ownerId === viewerOf().personId);
    return {
      goal,
      parent: goals.find((candidate) => candidate.id === goal.parentId) ?? null,
      children: children.sort((a, b) => a.code.localeCompare(b.code)),
      series: goals.filter((candidate) => candidate.seriesId === goal.seriesId),
    };
  }

  /** Goals matching a condition on `g` (bounded by `limit`), as of today, their roll-ups among themselves. */
  async select(condition: string, parameters: unknown[], limit: number, orderBy = 'g.code, g.id'): Promise<Goal[]> {
    const entities = (await this.dataSource.query(
      `SELECT ${GOAL_COLUMNS} FROM goals g WHERE ${condition} ORDER BY ${orderBy} LIMIT ${Number(limit)}`,
      parameters,
    )) as GoalEntity[];
    const today = this.today();
    const goals = entities.map((entity) => toGoal(entity, today));
    withRollUp(goals, goals);
    return goals;
  }

  async forViewer(viewer: Viewer, id: string): Promise<Goal> {
    return (await this.family(() => viewer, id)).goal;
  }

  async create(viewer: Viewer, input: CreateGoalInput): Promise<Goal> {
    if (!this.access.canCreate(viewer)) throw new ForbiddenError('Only editors and admins create goals.');
    const missing = missingFields(input);
    if (missing.length > 0) throw new BadUserInputError(missing);
    const draft: GoalDraft = {
      code: input.code!.trim(),
      kind: input.kind!,
      title: input.title!.trim(),
      titleEn: input.titleEn?.trim() || null,
      description: input.description?.trim() ?? '',
      ownerId: input.ownerId!,
      departmentIds: [...new Set(input.departmentIds ?? [])],
      unit: input.unit!,
      unitLabel: input.unit === GoalUnit.FREE ? input.unitLabel?.trim() || null : null,
      direction: input.direction!,
      baseline: input.baseline!,
      target: input.target ?? null,
      rangeLow: input.rangeLow ?? null,
      rangeHigh: input.rangeHigh ?? null,
      monthlyTargets: input.monthlyTargets ?? [],
      periodKind: input.periodKind!,
      fiscalYear: input.fiscalYear!,
      quarter: input.quarter ?? null,
      cadence: input.cadence!,
      parentId: input.parentId ?? null,
      weight: input.weight ?? 0,
      recurring: input.recurring ?? false,
    };
    if (!(await this.access.editsAny(viewer, draft.departmentIds))) {
      throw BadUserInputError.field('departmentIds', 'must include a department you edit');
    }
    await this.check(draft, null);
    const period = goalPeriodOf(draft, this.fiscalYearStartMonth);
    const id = await this.dataSource.transaction(async (manager) => {
      const result: unknown = await manager.query(
        `INSERT INTO goals (id, series_id, code, kind, title, title_en, description, owner_id, department_ids, unit, unit_label, direction,
           baseline, target, range_low, range_high, monthly_targets, period_kind, fiscal_year, quarter, period_start, period_end,
           cadence, status, parent_id, weight, recurring, created_by_id)
         SELECT i.id, i.id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26
         FROM (SELECT gen_random_uuid() AS id) i
         RETURNING id`,
        [
          ...this.columns(draft),
          period.kind,
          period.fiscalYear,
          period.quarter,
          period.start,
          period.end,
          draft.cadence,
          input.status ?? GoalStatus.DRAFT,
          draft.parentId,
          draft.weight,
          draft.recurring,
          viewer.personId,
        ],
      );
      return firstRow<{ id: string }>(result)!.id;
    });
    return this.forViewer(viewer, id);
  }

  async update(viewer: Viewer, input: UpdateGoalInput): Promise<Goal> {
    const current = await this.editable(viewer, input.id);
    const draft: GoalDraft = {
      code: input.code?.trim() ?? current.code,
      kind: input.kind ?? current.kind,
      title: input.title?.trim() ?? current.title,
      titleEn: input.titleEn === undefined ? current.titleEn : input.titleEn?.trim() || null,
      description: input.description?.trim() ?? current.description,
      ownerId: input.ownerId ?? current.ownerId,
      departmentIds: input.departmentIds ? [...new Set(input.departmentIds)] : current.departmentIds,
      unit: input.unit ?? current.unit,
      unitLabel: input.unitLabel === undefined ? current.unitLabel : input.unitLabel?.trim() || null,
      direction: input.direction ?? current.direction,
      baseline: input.baseline ?? current.baseline,
      target: input.target === undefined ? current.target : input.target,
      rangeLow: input.rangeLow === undefined ? current.rangeLow : input.rangeLow,
      rangeHigh: input.rangeHigh === undefined ? current.rangeHigh : input.rangeHigh,
      monthlyTargets: input.monthlyTargets ?? current.monthlyTargets,
      periodKind: input.periodKind ?? current.period.kind,
      fiscalYear: input.fiscalYear ?? current.period.fiscalYear,
      quarter: input.quarter === undefined ? current.period.quarter : input.quarter,
      cadence: input.cadence ?? current.cadence,
      parentId: input.parentId === undefined ? current.parentId : input.parentId,
      weight: input.weight ?? current.weight,
      recurring: input.recurring ?? current.recurring,
    };
    if (draft.unit !== GoalUnit.FREE) draft.unitLabel = null;
    if (draft.direction === GoalDirection.RANGE && input.target === undefined) draft.target = null;
    if (draft.direction !== GoalDirection.RANGE && input.rangeLow === undefined && input.rangeHigh === undefined) {
      draft.rangeLow = null;
      draft.rangeHigh = null;
    }
    const period = goalPeriodOf(draft, this.fiscalYearStartMonth);
    const moved = period.start !== current.period.start || period.kind !== current.period.kind || draft.cadence !== current.cadence;
    if (moved && (current.lastCheckInSlot !== null || current.status !== GoalStatus.DRAFT)) {
      throw BadUserInputError.field(
        period.start !== current.period.start || period.kind !== current.period.kind ? 'periodKind' : 'cadence',
        'cannot change once the goal is active: roll it forward into the next period instead',
      );
    }
    await this.check(draft, current);
    const result: unknown = await this.dataSource.query(
      `UPDATE goals SET code = $3, kind = $4, title = $5, title_en = $6, description = $7, owner_id = $8, department_ids = $9,
         unit = $10, unit_label = $11, direction = $12, baseline = $13, target = $14, range_low = $15, range_high = $16,
         monthly_targets = $17, period_kind = $18, fiscal_year = $19, quarter = $20, period_start = $21, period_end = $22,
         cadence = $23, parent_id = $24, weight = $25, recurring = $26, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2
       RETURNING id`,
      [
        current.id,
        input.version,
        ...this.columns(draft),
        period.kind,
        period.fiscalYear,
        period.quarter,
        period.start,
        period.end,
        draft.cadence,
        draft.parentId,
        draft.weight,
        draft.recurring,
      ],
    );
    if (!firstRow(result)) throw staleGoal(input.version);
    return this.forViewer(viewer, current.id);
  }

  async setStatus(viewer: Viewer, input: SetGoalStatusInput): Promise<Goal> {
    const current = await this.editable(viewer, input.id);
    if (current.status !== input.status && !TRANSITIONS[current.status].includes(input.status)) {
      throw BadUserInputError.field('status', `cannot change from ${current.status} to ${input.status}`);
    }
    const result: unknown = await this.dataSource.query(
      `UPDATE goals SET status = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [current.id, input.version, input.status],
    );
    if (!firstRow(result)) throw staleGoal(input.version);
    return this.forViewer(viewer, current.id);
  }

  /** Sets every child's weight at once; they must add up to 100. */
  async setWeights(viewer: Viewer, input: SetGoalWeightsInput): Promise<Goal> {
    const parent = await this.editable(viewer, input.parentId);
    // The weights of one period's children: the period of the first goal named.
    const children = (await this.dataSource.query(
      `SELECT s.id::text, s.code FROM goals s
       WHERE s.parent_id = $1 AND s.status <> 'CANCELLED'
         AND (s.period_start, s.period_kind) = (SELECT period_start, period_kind FROM goals WHERE id = $2 AND parent_id = $1)`,
      [parent.id, input.weights[0]?.goalId ?? null],
    )) as { id: string; code: string }[];
    const given = new Set(input.weights.map((weight) => weight.goalId));
    const errors: FieldError[] = [];
    if (given.size !== input.weights.length) errors.push({ field: 'weights', message: 'must name each goal once' });
    const missing = children.filter((child) => !given.has(child.id));
    if (missing.length > 0)
      errors.push({ field: 'weights', message: `must include every goal under it (missing ${missing.map((c) => c.code).join(', ')})` });
    if (input.weights.some((weight) => !children.some((child) => child.id === weight.goalId))) {
      errors.push({ field: 'weights', message: 'must name only goals that roll up into it' });
    }
    const total = input.weights.reduce((sum, weight) => sum + weight.weight, 0);
    if (Math.abs(total - GOAL_WEIGHT_TOTAL) > 0.005)
      errors.push({ field: 'weights', message: `must add up to 100 (they add up to ${round2(total)})` });
    if (input.weights.some((weight) => weight.weight <= 0)) errors.push({ field: 'weights', message: 'must each be more than 0' });
    if (errors.length > 0) throw new BadUserInputError(errors.slice(0, 1));
    await this.dataSource.query(
      `UPDATE goals g SET weight = w.weight, version = g.version + 1, updated_at = now()
       FROM unnest($2::uuid[], $3::numeric[]) AS w(id, weight)
       WHERE g.id = w.id AND g.parent_id = $1`,
      [parent.id, input.weights.map((weight) => weight.goalId), input.weights.map((weight) => weight.weight)],
    );
    return this.forViewer(viewer, parent.id);
  }

  /** The same goal in the next period: history kept through its series. */
  async rollForward(viewer: Viewer, input: RollGoalForwardInput): Promise<Goal> {
    const current = await this.editable(viewer, input.id);
    if (current.status === GoalStatus.DRAFT || current.status === GoalStatus.CANCELLED) {
      throw BadUserInputError.field('id', 'must be an active or ended goal (a draft or cancelled goal is not rolled)');
    }
    const id = await this.dataSource.transaction((manager) =>
      this.rollInto(manager, current, {
        baseline: input.baseline ?? current.currentValue ?? current.baseline,
        target: input.target === undefined ? current.target : input.target,
        rangeLow: input.rangeLow === undefined ? current.rangeLow : input.rangeLow,
        rangeHigh: input.rangeHigh === undefined ? current.rangeHigh : input.rangeHigh,
        createdById: viewer.personId,
      }),
    );
    return this.forViewer(viewer, id);
  }

  /**
   * Creates the goal's next period (active, no check-ins), under its parent's next period
   * when the parent's own period ends with it. CONFLICT when it was rolled already.
   */
  async rollInto(
    manager: EntityManager,
    current: Goal,
    values: { baseline: number; target: number | null; rangeLow: number | null; rangeHigh: number | null; createdById: string },
  ): Promise<string> {
    const next = nextPeriod({ ...current.period, kind: current.period.kind }, this.fiscalYearStartMonth);
    const draft: GoalDraft = {
      ...this.draftOf(current),
      baseline: values.baseline,
      target: values.target,
      rangeLow: values.rangeLow,
      rangeHigh: values.rangeHigh,
      fiscalYear: next.fiscalYear,
      quarter: next.quarter,
      // Seasonal targets belong to one period.
      monthlyTargets: [],
    };
    const errors = goalFieldErrors({ ...draft, parentId: null, weight: 0 }, this.fiscalYearStartMonth);
    if (errors.length > 0) throw new BadUserInputError(errors);
    const parentRows = (await manager.query(
      `SELECT p.id::text FROM goals p
       WHERE p.status <> 'CANCELLED' AND p.period_start <= $2 AND p.period_end >= $3
         AND (p.id = $1 OR p.series_id = (SELECT series_id FROM goals WHERE id = $1))
       ORDER BY p.period_start DESC LIMIT 1`,
      [current.parentId, next.start, next.end],
    )) as { id: string }[];
    const parentId = current.parentId ? (parentRows[0]?.id ?? null) : null;
    const result: unknown = await manager.query(
      `INSERT INTO goals (series_id, previous_id, code, kind, title, title_en, description, owner_id, department_ids, team_ids, unit,
         unit_label, direction, baseline, target, range_low, range_high, monthly_targets, period_kind, fiscal_year, quarter,
         period_start, period_end, cadence, status, parent_id, weight, recurring, created_by_id)
       SELECT g.series_id, g.id, g.code, g.kind, g.title, g.title_en, g.description, g.owner_id, g.department_ids, g.team_ids, g.unit,
         g.unit_label, g.direction, $2, $3, $4, $5, '{}', g.period_kind, $6, $7, $8, $9, g.cadence, 'ACTIVE', $10,
         CASE WHEN $10::uuid IS NULL THEN 0 ELSE g.weight END, g.recurring, $11
       FROM goals g WHERE g.id = $1
       ON CONFLICT (code, period_start, period_kind) WHERE status <> 'CANCELLED' DO NOTHING
       RETURNING id`,
      [
        current.id,
        values.baseline,
        numeric(values.target),
        numeric(values.rangeLow),
        numeric(values.rangeHigh),
        next.fiscalYear,
        next.quarter,
        next.start,
        next.end,
        parentId,
        values.createdById,
      ],
    );
    const row = firstRow<{ id: string }>(result);
    if (!row) throw new ConflictError(`${current.code} already has a goal in ${periodKey(next)}.`);
    return row.id;
  }

  /** A goal the viewer may edit, read for writing (NOT_FOUND or FORBIDDEN otherwise). */
  private async editable(viewer: Viewer, id: string): Promise<Goal> {
    const goal = await this.forViewer(viewer, id);
    if (!(await this.access.canEdit(viewer, goal))) {
      throw new ForbiddenError('Only the owner, editors of a contributing department and admins change this goal.');
    }
    return goal;
  }

  private draftOf(goal: Goal): GoalDraft {
    return {
      code: goal.code,
      kind: goal.kind,
      title: goal.title,
      titleEn: goal.titleEn,
      description: goal.description,
      ownerId: goal.ownerId,
      departmentIds: goal.departmentIds,
      unit: goal.unit,
      unitLabel: goal.unitLabel,
      direction: goal.direction,
      baseline: goal.baseline,
      target: goal.target,
      rangeLow: goal.rangeLow,
      rangeHigh: goal.rangeHigh,
      monthlyTargets: goal.monthlyTargets,
      periodKind: goal.period.kind,
      fiscalYear: goal.period.fiscalYear,
      quarter: goal.period.quarter,
      cadence: goal.cadence,
      parentId: goal.parentId,
      weight: goal.weight,
      recurring: goal.recurring,
    };
  }

  private columns(draft: GoalDraft): unknown[] {
    return [
      draft.code,
      draft.kind,
      draft.title,
      draft.titleEn,
      draft.description,
      draft.ownerId,
      draft.departmentIds,
      draft.unit,
      draft.unitLabel,
      draft.direction,
      draft.baseline,
      numeric(draft.target),
      numeric(draft.rangeLow),
      numeric(draft.rangeHigh),
      draft.monthlyTargets.map(String),
    ];
  }

  /** The rules, then the references: owner, departments, code, parent (no cycle, depth, period), weights. */
  private async check(draft: GoalDraft, current: Goal | null): Promise<void> {
    const errors = goalFieldErrors(draft, this.fiscalYearStartMonth);
    if (errors.length > 0) throw new BadUserInputError(errors);
    const period = goalPeriodOf(draft, this.fiscalYearStartMonth);
    if (draft.ownerId !== current?.ownerId && (await this.directory.activePeopleByIds([draft.ownerId])).length === 0) {
      throw BadUserInputError.field('ownerId', 'must be an active person');
    }
    const departments = await this.directory.departments();
    if (draft.departmentIds.some((id) => !departments.some((department) => department.id === id))) {
      throw BadUserInputError.field('departmentIds', 'must be known departments');
    }
    const taken = (await this.dataSource.query(
      `SELECT 1 FROM goals WHERE code = $1 AND period_start = $2 AND period_kind = $3 AND status <> 'CANCELLED' AND id <> coalesce($4::uuid, '00000000-0000-0000-0000-000000000000')`,
      [draft.code, period.start, period.kind, current?.id ?? null],
    )) as unknown[];
    if (taken.length > 0) throw BadUserInputError.field('code', `is already used by another goal in ${periodKey(period)}`);
    if (draft.parentId === null) return;
    // The parent's chain upwards, with the weights already taken under the parent.
    const chain = (await this.dataSource.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, period_start, period_end, status, 1 AS depth FROM goals WHERE id = $1
         UNION ALL
         SELECT g.id, g.parent_id, g.period_start, g.period_end, g.status, up.depth + 1 FROM goals g JOIN up ON g.id = up.parent_id
         WHERE up.depth <= $3)
       SELECT up.id::text, up.period_start::text, up.period_end::text, up.status, up.depth,
         (SELECT coalesce(sum(weight), 0)::float8 FROM goals s WHERE s.parent_id = $1 AND s.status <> 'CANCELLED'
            AND s.period_start = $4 AND s.period_kind = $5
            AND s.id <> coalesce($2::uuid, '00000000-0000-0000-0000-000000000000')) AS taken
       FROM up ORDER BY depth`,
      [draft.parentId, current?.id ?? null, GOAL_DEPTH_MAX + 1, period.start, period.kind],
    )) as { id: string; period_start: string; period_end: string; status: string; depth: number; taken: number }[];
    const parent = chain[0];
    if (!parent || parent.status === GoalStatus.CANCELLED)
      throw BadUserInputError.field('parentId', 'must be a goal that is not cancelled');
    if (current && chain.some((link) => link.id === current.id)) {
      throw BadUserInputError.field('parentId', 'would make a cycle: the goal would roll up into itself');
    }
    const depthBelow = current ? await this.depthBelow(current.id) : 0;
    if (chain.length + 1 + depthBelow > GOAL_DEPTH_MAX) {
      throw BadUserInputError.field('parentId', `would nest goals deeper than ${GOAL_DEPTH_MAX} levels`);
    }
    if (parent.period_start > period.start || parent.period_end < period.end) {
      throw BadUserInputError.field(
        'periodKind',
        `must lie within the parent goal's period (${parent.period_start} – ${parent.period_end})`,
      );
    }
    if (parent.taken + draft.weight > GOAL_WEIGHT_TOTAL + 0.005) {
      throw BadUserInputError.field(
        'weight',
        `is too large: the other goals under the parent already take ${round2(parent.taken)}%, at most ${round2(Math.max(0, GOAL_WEIGHT_TOTAL - parent.taken))}% is left`,
      );
    }
  }

  /** Levels of goals below this one. */
  private async depthBelow(id: string): Promise<number> {
    const rows = (await this.dataSource.query(
      `WITH RECURSIVE down AS (SELECT id, 0 AS depth FROM goals WHERE id = $1
         UNION ALL SELECT g.id, down.depth + 1 FROM goals g JOIN down ON g.parent_id = down.id WHERE down.depth < $2)
       SELECT max(depth) AS depth FROM down`,
      [id, GOAL_DEPTH_MAX + 1],
    )) as { depth: number | null }[];
    return rows[0]?.depth ?? 0;
  }
}

function staleGoal(version: number): ConflictError {
  return new ConflictError(`The goal was changed elsewhere (you edited version ${version}). Reload and try again.`);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
