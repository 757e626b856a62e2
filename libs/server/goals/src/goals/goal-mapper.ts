import type {
  GoalCadence,
  GoalConfidence,
  GoalDirection,
  GoalKind,
  GoalPeriodKind,
  GoalStatus,
  GoalUnit,
} from '@kakehashi/shared-contracts';
import { type GoalMeasure, paceProgressAt, paceValueAt, progressOf, rolledUpProgress, suggestedConfidence } from '../progress/progress';
import { type CalendarDate, type GoalPeriod, periodKey, previousSlot, slotStart, toCalendarDate, tokyoToday } from '../progress/periods';
import type { GoalEntity } from './goal.entity';
import type { Goal, GoalPeriodModel } from './goal.model';

/** A goal's columns as the entity's properties (dates as YYYY-MM-DD, numbers as numeric text): raw reads map to GoalEntity directly. */
export const GOAL_COLUMNS = `g.id, g.code, g.kind, g.title, g.title_en AS "titleEn", g.description, g.owner_id AS "ownerId",
  g.department_ids AS "departmentIds", g.team_ids AS "teamIds", g.unit, g.unit_label AS "unitLabel", g.direction, g.baseline,
  g.target, g.range_low AS "rangeLow", g.range_high AS "rangeHigh", g.monthly_targets AS "monthlyTargets", g.period_kind AS "periodKind",
  g.fiscal_year AS "fiscalYear", g.quarter, g.period_start::text AS "periodStart", g.period_end::text AS "periodEnd", g.cadence, g.status,
  g.parent_id AS "parentId", g.weight, g.recurring, g.series_id AS "seriesId", g.previous_id AS "previousId",
  g.current_value AS "currentValue", g.current_confidence AS "currentConfidence", g.last_check_in_at AS "lastCheckInAt",
  g.last_check_in_slot::text AS "lastCheckInSlot", g.trend, g.reminded_slot::text AS "remindedSlot", g.created_by_id AS "createdById",
  g.created_at AS "createdAt", g.updated_at AS "updatedAt", g.version`;

const number = (value: string): number => Number(value);
const optionalNumber = (value: string | null): number | null => (value === null ? null : Number(value));

export function periodModel(
  goal: Pick<GoalEntity, 'periodKind' | 'fiscalYear' | 'quarter' | 'periodStart' | 'periodEnd'>,
): GoalPeriodModel {
  return {
    kind: goal.periodKind as GoalPeriodKind,
    fiscalYear: goal.fiscalYear,
    quarter: goal.quarter,
    start: goal.periodStart,
    end: goal.periodEnd,
    key: periodKey(goal),
  };
}

/** A computed period (fiscalPeriod, periodContaining) as GraphQL shows it. */
export function periodModelOf(period: GoalPeriod): GoalPeriodModel {
  return periodModel({
    periodKind: period.kind,
    fiscalYear: period.fiscalYear,
    quarter: period.quarter,
    periodStart: period.start,
    periodEnd: period.end,
  });
}

export function measureOf(goal: Goal): GoalMeasure {
  return {
    direction: goal.direction,
    baseline: goal.baseline,
    target: goal.target,
    rangeLow: goal.rangeLow,
    rangeHigh: goal.rangeHigh,
    monthlyTargets: goal.monthlyTargets,
    periodStart: goal.period.start,
    periodEnd: goal.period.end,
  };
}

/**
 * A goal as GraphQL shows it, its progress computed for `today` (Asia/Tokyo). The roll-up
 * of children is filled in by `withRollUp` where the children are at hand.
 */
export function toGoal(entity: GoalEntity, today: CalendarDate): Goal {
  const goal: Goal = {
    id: entity.id,
    code: entity.code,
    kind: entity.kind as GoalKind,
    title: entity.title,
    titleEn: entity.titleEn,
    description: entity.description,
    unit: entity.unit as GoalUnit,
    unitLabel: entity.unitLabel,
    direction: entity.direction as GoalDirection,
    baseline: number(entity.baseline),
    target: optionalNumber(entity.target),
    rangeLow: optionalNumber(entity.rangeLow),
    rangeHigh: optionalNumber(entity.rangeHigh),
    monthlyTargets: entity.monthlyTargets.map(number),
    period: periodModel(entity),
    cadence: entity.cadence as GoalCadence,
    status: entity.status as GoalStatus,
    parentId: entity.parentId,
    weight: number(entity.weight),
    recurring: entity.recurring,
    seriesId: entity.seriesId,
    previousId: entity.previousId,
    currentValue: optionalNumber(entity.currentValue),
    confidence: entity.currentConfidence as GoalConfidence | null,
    lastCheckInAt: entity.lastCheckInAt,
    trend: entity.trend.map(number),
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    ownerId: entity.ownerId,
    departmentIds: entity.departmentIds,
    teamIds: entity.teamIds,
    lastCheckInSlot: entity.lastCheckInSlot,
    remindedSlot: entity.remindedSlot,
    createdById: entity.createdById,
    progress: {
      actual: null,
      pace: 0,
      paceValue: null,
      rolledUp: null,
      suggestedConfidence: null,
      checkInDue: false,
      checkInOverdue: false,
    },
  };
  const measure = measureOf(goal);
  // Pace is read up to today, or up to the period's end once it is over.
  const paceDate = today < goal.period.end ? today : goal.period.end;
  const measuredOn = entity.lastCheckInAt ? minDate(toCalendarDate(entity.lastCheckInAt), goal.period.end) : paceDate;
  const live = goal.status === 'ACTIVE' && today >= goal.period.start && today <= goal.period.end;
  const currentSlot = slotStart(goal.cadence, today);
  const lastSlotDue = previousSlot(goal.cadence, currentSlot);
  goal.progress = {
    actual: goal.currentValue === null ? null : progressOf(measure, goal.currentValue),
    pace: paceProgressAt(measure, paceDate),
    paceValue: paceValueAt(measure, paceDate),
    rolledUp: null,
    suggestedConfidence: goal.currentValue === null ? null : suggestedConfidence(measure, goal.currentValue, measuredOn),
    checkInDue: live && (goal.lastCheckInSlot === null || goal.lastCheckInSlot < currentSlot),
    checkInOverdue:
      live &&
      // Slots before the goal existed were never missed.
      lastSlotDue >= slotStart(goal.cadence, maxDate(goal.period.start, tokyoToday(entity.createdAt))) &&
      (goal.lastCheckInSlot === null || goal.lastCheckInSlot < lastSlotDue),
  };
  return goal;
}

function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

/** Fills in each goal's roll-up from its children among `all` (children of cancelled or draft status left out). */
export function withRollUp(goals: readonly Goal[], all: readonly Goal[]): void {
  const children = new Map<string, Goal[]>();
  for (const goal of all) {
    if (!goal.parentId || goal.status === 'CANCELLED' || goal.status === 'DRAFT') continue;
    const list = children.get(goal.parentId);
    if (list) list.push(goal);
    else children.set(goal.parentId, [goal]);
  }
  const rolled = new Map<string, number | null>();
  const rollUp = (goal: Goal, depth: number): number | null => {
    if (rolled.has(goal.id)) return rolled.get(goal.id)!;
    const own = childrenOfOnePeriod(goal, children.get(goal.id) ?? []);
    // The tree has no cycles (writes refuse them); the depth bound only guards against bad data.
    const value =
      own.length === 0 || depth > 10
        ? null
        : rolledUpProgress(own.map((child) => ({ weight: child.weight, progress: rollUp(child, depth + 1) ?? child.progress.actual })));
    rolled.set(goal.id, value);
    return value;
  };
  for (const goal of goals) goal.progress.rolledUp = rollUp(goal, 0);
}

/**
 * The children whose weights belong together: those of the goal's own period, or else (a
 * fiscal-year goal over quarterly KPIs) those of the latest quarter present.
 */
export function childrenOfOnePeriod<T extends Pick<Goal, 'period'>>(goal: Pick<Goal, 'period'>, children: T[]): T[] {
  if (children.length === 0) return children;
  const same = children.filter((child) => child.period.key === goal.period.key);
  if (same.length > 0) return same;
  const latest = children.reduce((a, b) => (b.period.start > a.period.start ? b : a)).period.key;
  return children.filter((child) => child.period.key === latest);
}
