import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { chance, hashString, mulberry32, pick, type Rng } from '@kakehashi/server-platform';
import {
  GOAL_CODE_MAX_LENGTH,
  GOAL_TREND_POINTS,
  GoalCadence,
  GoalConfidence,
  GoalDirection,
  GoalKind,
  GoalPeriodKind,
  GoalStatus,
  GoalUnit,
  NON_NEGATIVE_GOAL_UNITS,
  Role,
} from '@kakehashi/shared-contracts';
import {
  addDays,
  addMonths,
  type CalendarDate,
  fiscalPeriod,
  type GoalPeriod,
  monthsIn,
  periodContaining,
  periodKey,
  previousSlot,
  slotEnd,
  slotStart,
  tokyoToday,
} from '../progress/periods';
import { elapsedShare, type GoalMeasure, paceValueAt, progressOf, suggestedConfidence } from '../progress/progress';
import {
  GENERIC_COMMENT_PAIRS,
  GENERIC_NOTES,
  GOAL_SEED_CONTENT,
  GOAL_VARIATION_TEMPLATES,
  type GoalFigures,
  type GoalNotePool,
  type GoalOwnerPick,
  type GoalScript,
  type GoalSeedContent,
  type GoalValueShape,
} from './goal-content';

const HOUR_MS = 3_600_000;
/** Asia/Tokyo is UTC+9 all year. */
const TOKYO_OFFSET_HOURS = 9;
const BATCH = 5000;
/** Check-ins at scale N (beyond the demo's year of history): about 100,000 at scale 100. */
const CHECK_INS_PER_SCALE = 1000;
/** Department KPIs per fiscal year at scale N: ~280 at scale 100, so the current board holds ~300 goals. */
const VARIATIONS_PER_SCALE = 2.8;
const VARIATIONS_MAX = 280;
/** Fiscal years seeded at most (the current one included). */
const FISCAL_YEARS_MAX = 12;
/** Cumulative goals of earlier years had smaller targets: the company grew. */
const YEARLY_GROWTH = 1.07;

export interface GoalSeedDirectory {
  departments: { id: string; code: string; nameJa?: string; nameEn?: string }[];
  /** In a stable order. managerId and roles, when given, tell heads and executives (owners, the board's questions). */
  people: { id: string; departmentId: string | null; managerId?: string | null; roles?: readonly string[] }[];
}

export interface GoalSeedOptions {
  now: Date;
  /** N × the demo company: 1 is the demo's goals with a year of history. */
  scale: number;
  fiscalYearStartMonth: number;
}

export interface GoalSeedCounts {
  goals: number;
  /** On the current board: the current fiscal year's goals and the current quarter's. */
  currentGoals: number;
  fiscalYears: number;
  checkIns: number;
  entries: number;
  comments: number;
}

export interface PlannedGoal {
  id: string;
  code: string;
  kind: GoalKind;
  title: string;
  titleEn: string;
  description: string;
  ownerId: string;
  departmentIds: string[];
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection;
  baseline: string;
  target: string | null;
  rangeLow: string | null;
  rangeHigh: string | null;
  monthlyTargets: string[];
  period: GoalPeriod;
  cadence: GoalCadence;
  status: GoalStatus;
  parentId: string | null;
  weight: string;
  recurring: boolean;
  seriesId: string;
  previousId: string | null;
  currentValue: string | null;
  currentConfidence: GoalConfidence | null;
  lastCheckInAt: Date | null;
  lastCheckInSlot: CalendarDate | null;
  trend: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface PlannedCheckIn {
  id: string;
  goalId: string;
  slotStart: CalendarDate;
  value: string;
  confidence: GoalConfidence;
  note: string;
  authorId: string;
  commentCount: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface PlannedEntry {
  id: string;
  checkInId: string;
  goalId: string;
  value: string;
  confidence: GoalConfidence;
  note: string;
  authorId: string;
  idempotencyKey: string;
  createdAt: Date;
}

export interface PlannedComment {
  id: string;
  checkInId: string;
  goalId: string;
  authorId: string;
  body: string;
  idempotencyKey: string;
  createdAt: Date;
}

export interface GoalSeedPlan {
  goals: PlannedGoal[];
  checkIns: PlannedCheckIn[];
  entries: PlannedEntry[];
  comments: PlannedComment[];
  /** Oldest first. */
  fiscalYears: number[];
}

/**
 * The shared goals: at scale 1 the demo company's two KGIs (年間売上高, NPS) with their
 * departments' KPIs for this fiscal year and the last (quarterly ones rolled quarter by
 * quarter), weekly or monthly check-ins up to today with notes, edits and the board's
 * questions; some goals at risk, two off track, two overdue. Larger scales add department
 * KPIs to every fiscal year and more fiscal years back, up to about 1,000 × scale check-ins.
 * Deterministic for a given directory, date and scale.
 */
export async function seedGoals(manager: EntityManager, directory: GoalSeedDirectory, options: GoalSeedOptions): Promise<GoalSeedCounts> {
  const plan = planGoalSeed(directory, options);
  for (let start = 0; start < plan.goals.length; start += BATCH) await insertGoals(manager, plan.goals.slice(start, start + BATCH));
  for (let start = 0; start < plan.checkIns.length; start += BATCH) {
    await insertCheckIns(manager, plan.checkIns.slice(start, start + BATCH));
  }
  for (let start = 0; start < plan.entries.length; start += BATCH) await insertEntries(manager, plan.entries.slice(start, start + BATCH));
  for (let start = 0; start < plan.comments.length; start += BATCH) {
    await insertComments(manager, plan.comments.slice(start, start + BATCH));
  }
  const today = tokyoToday(options.now);
  return {
    goals: plan.goals.length,
    currentGoals: plan.goals.filter((goal) => goal.period.start <= today && today <= goal.period.end).length,
    fiscalYears: plan.fiscalYears.length,
    checkIns: plan.checkIns.length,
    entries: plan.entries.length,
    comments: plan.comments.length,
  };
}

// ─────────────────────────────── people ───────────────────────────────

type SeedDepartment = GoalSeedDirectory['departments'][number];

/** Who is who, as far as goals need: members, heads and executives of each department. */
class SeedPeople {
  private readonly members = new Map<string, string[]>();
  private readonly heads = new Map<string, string>();
  private readonly executives: { id: string; departmentId: string | null }[];
  readonly byCode: Map<string, SeedDepartment>;
  /** The company's head (the root department's), who asks when no executive of the department does. */
  readonly companyHead: string | null;
  readonly rootId: string | null;

  constructor(directory: GoalSeedDirectory) {
    this.byCode = new Map(directory.departments.map((department) => [department.code, department]));
    const departmentOf = new Map(directory.people.map((person) => [person.id, person.departmentId]));
    for (const person of directory.people) {
      if (!person.departmentId) continue;
      this.members.set(person.departmentId, [...(this.members.get(person.departmentId) ?? []), person.id]);
    }
    for (const [departmentId, ids] of this.members) {
      // The head reports to someone outside the department (or to no one); without managers, the first member.
      const head = directory.people.find(
        (person) =>
          person.departmentId === departmentId &&
          person.managerId !== undefined &&
          (person.managerId === null || departmentOf.get(person.managerId) !== departmentId),
      );
      this.heads.set(departmentId, head?.id ?? ids[0]!);
    }
    this.executives = directory.people.filter((person) => person.roles?.includes(Role.EXEC_VIEWER) ?? false);
    const root = this.byCode.get('HQ') ?? directory.departments[0];
    this.rootId = root?.id ?? null;
    this.companyHead = (root ? this.heads.get(root.id) : undefined) ?? this.executives[0]?.id ?? directory.people[0]?.id ?? null;
  }

  membersOf(departmentId: string): readonly string[] {
    return this.members.get(departmentId) ?? [];
  }

  head(departmentId: string | undefined): string | null {
    return departmentId ? (this.heads.get(departmentId) ?? null) : null;
  }

  /** Someone of the department who is not its head (the head when alone). */
  member(departmentId: string | undefined, rng: Rng): string | null {
    if (!departmentId) return null;
    const head = this.heads.get(departmentId);
    const others = this.membersOf(departmentId).filter((id) => id !== head);
    return others.length > 0 ? pick(rng, others) : (head ?? null);
  }

  executiveIn(departmentId: string | undefined): string | null {
    return this.executives.find((person) => person.departmentId === departmentId)?.id ?? null;
  }

  owner(pickBy: GoalOwnerPick, departmentId: string | undefined, rng: Rng): string | null {
    if (pickBy === 'executive') return this.executiveIn(departmentId) ?? this.head(departmentId) ?? this.companyHead;
    if (pickBy === 'head') return this.head(departmentId) ?? this.companyHead;
    return this.member(departmentId, rng) ?? this.companyHead;
  }

  /** An executive to ask about a goal: of the given department, else the company's head, else any other executive. */
  asker(ownerId: string, departmentId: string | undefined, rng: Rng): string | null {
    const preferred = [this.executiveIn(departmentId), this.companyHead].filter((id): id is string => id !== null && id !== ownerId);
    if (preferred.length > 0) return preferred[0]!;
    const others = this.executives.filter((person) => person.id !== ownerId);
    return others.length > 0 ? pick(rng, others).id : null;
  }
}

// ─────────────────────────────── what is seeded ───────────────────────────────

/** A goal as seeded in every period it exists: the demo content's and the scale data's alike. */
interface GoalSpec {
  key: string;
  code: string;
  kind: GoalKind;
  title: string;
  titleEn: string;
  description: string;
  parentKey: string | null;
  weight: number;
  departmentIds: string[];
  ownerId: string;
  /** Who may check in besides the owner: the contributing departments' people. */
  contributorIds: readonly string[];
  askerId: string | null;
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection;
  periodKind: GoalPeriodKind;
  cadence: GoalCadence;
  shape: GoalValueShape;
  step: number;
  seasonal: boolean;
  recurring: boolean;
  since: number | null;
  /** The figures (and, for the current period, the script) of one period. */
  figures(period: GoalPeriod, periodsAgo: number, rng: Rng): GoalFigures & GoalScript;
  notes: GoalNotePool;
}

function stepDecimals(step: number): number {
  return step >= 1 ? 0 : Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
}

function roundTo(value: number, step: number): number {
  return Number((Math.round(value / step) * step).toFixed(stepDecimals(step)));
}

function format(value: number, step: number): string {
  return roundTo(value, step).toFixed(stepDecimals(step));
}

function gaussian(rng: Rng): number {
  const u = Math.max(rng(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** A stable id from a stable key (sha1: 100,000 check-ins would collide in 32 bits). */
function uuidFrom(key: string): string {
  const hex = createHash('sha1').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Figures of a past period when the content names only the last one: cumulative targets shrink with the company. */
function earlierFigures(spec: Pick<GoalSpec, 'shape' | 'step'>, figures: GoalFigures, yearsBefore: number, rng: Rng): GoalFigures {
  const performance = clamp(1 + 0.1 * gaussian(rng), 0.72, 1.2);
  if (spec.shape !== 'cumulative' || figures.target === undefined || yearsBefore <= 0) return { ...figures, performance };
  return { ...figures, target: Math.max(spec.step, roundTo(figures.target / YEARLY_GROWTH ** yearsBefore, spec.step)), performance };
}

function contentSpec(content: GoalSeedContent, people: SeedPeople): GoalSpec | null {
  const rng = mulberry32(hashString(`goal-owner:${content.key}`));
  const ownerDepartment = people.byCode.get(content.ownerDepartment ?? content.departmentCodes[0]!);
  const ownerId = people.owner(content.owner, ownerDepartment?.id, rng);
  if (!ownerId) return null;
  const departmentIds = content.departmentCodes.flatMap((code) => people.byCode.get(code)?.id ?? []);
  return {
    key: content.key,
    code: content.code,
    kind: content.kind,
    title: content.title,
    titleEn: content.titleEn,
    description: content.description,
    parentKey: content.parentKey,
    weight: content.weight,
    departmentIds,
    ownerId,
    contributorIds: departmentIds.flatMap((id) => people.membersOf(id)),
    askerId: people.asker(
      ownerId,
      content.current.askerDepartment ? people.byCode.get(content.current.askerDepartment)?.id : undefined,
      rng,
    ),
    unit: content.unit,
    unitLabel: content.unitLabel,
    direction: content.direction,
    periodKind: content.periodKind,
    cadence: content.cadence,
    shape: content.shape,
    step: content.step,
    seasonal: content.seasonal,
    recurring: content.recurring,
    since: content.since,
    notes: content.notes ?? {},
    figures(period, periodsAgo, periodRng) {
      if (periodsAgo === 0) return content.current;
      if (content.periodKind === GoalPeriodKind.QUARTER) {
        const past = content.pastPerformances ?? [];
        const performance = past.length > 0 ? past[(periodsAgo - 1) % past.length]! : clamp(1 + 0.1 * gaussian(periodRng), 0.72, 1.2);
        return { ...content.previous, performance };
      }
      if (periodsAgo === 1) return content.previous;
      return earlierFigures(this, content.previous, periodsAgo - 1, periodRng);
    },
  };
}

/** The scale data's department KPIs: one per department in turn, each kept every fiscal year (a series). */
function variationSpecs(people: SeedPeople, directory: GoalSeedDirectory, scale: number): GoalSpec[] {
  if (scale <= 1) return [];
  const count = Math.min(VARIATIONS_MAX, Math.round(VARIATIONS_PER_SCALE * scale));
  const departments = directory.departments.filter(
    (department) => department.id !== people.rootId && people.membersOf(department.id).length > 0,
  );
  if (departments.length === 0) return [];
  const specs: GoalSpec[] = [];
  for (let index = 0; index < count; index++) {
    const department = departments[index % departments.length]!;
    const round = Math.floor(index / departments.length);
    const family = department.code.split('-')[0]!;
    const templates = GOAL_VARIATION_TEMPLATES[family === 'CPL' ? 'FIN' : family] ?? GOAL_VARIATION_TEMPLATES['OTHER']!;
    const template = templates[(round + hashString(department.code)) % templates.length]!;
    let code = `KPI-${department.code}-${String(11 + round).padStart(2, '0')}`;
    if (code.length > GOAL_CODE_MAX_LENGTH) code = `K${hashString(code).toString(36).toUpperCase()}-${11 + round}`;
    const rng = mulberry32(hashString(`goal-variation:${code}`));
    const ownerId = people.owner(chance(rng, 0.5) ? 'head' : 'member', department.id, rng);
    if (!ownerId) continue;
    const draw = ([low, high]: readonly [number, number]) => roundTo(low + (high - low) * rng(), template.step);
    const baseline = draw(template.baseline);
    let target = draw(template.target);
    if (target === baseline) target = baseline + (template.direction === GoalDirection.DECREASE ? -template.step : template.step);
    const weight = 5 + Math.floor(rng() * 11);
    const currentPerformance = clamp(0.97 + 0.12 * gaussian(rng), 0.55, 1.2);
    const nameJa = department.nameJa ?? department.code;
    const nameEn = department.nameEn ?? department.code;
    specs.push({
      key: `variation:${code}`,
      code,
      kind: GoalKind.KPI,
      title: `${nameJa} ${template.title}`,
      titleEn: `${template.titleEn}, ${nameEn}`,
      description: template.description,
      parentKey: template.parentKey,
      weight,
      departmentIds: [department.id],
      ownerId,
      contributorIds: people.membersOf(department.id),
      askerId: people.asker(ownerId, undefined, rng),
      unit: template.unit,
      unitLabel: template.unitLabel,
      direction: template.direction,
      periodKind: GoalPeriodKind.FISCAL_YEAR,
      cadence: GoalCadence.WEEKLY,
      shape: template.shape,
      step: template.step,
      seasonal: false,
      recurring: true,
      since: null,
      notes: {},
      figures(_period, periodsAgo, periodRng) {
        const figures: GoalFigures = { baseline, target, performance: currentPerformance };
        return periodsAgo === 0 ? figures : earlierFigures(this, figures, periodsAgo, periodRng);
      },
    });
  }
  return specs;
}

// ─────────────────────────────── the plan ───────────────────────────────

interface PlanContext {
  now: Date;
  today: CalendarDate;
  startMonth: number;
  currentQuarter: GoalPeriod;
}

/** The whole seed as rows, before any is written (pure: the unit spec reads it). */
export function planGoalSeed(directory: GoalSeedDirectory, options: GoalSeedOptions): GoalSeedPlan {
  const plan: GoalSeedPlan = { goals: [], checkIns: [], entries: [], comments: [], fiscalYears: [] };
  if (directory.people.length === 0) return plan;
  const people = new SeedPeople(directory);
  const specs = [
    ...GOAL_SEED_CONTENT.flatMap((content) => contentSpec(content, people) ?? []),
    ...variationSpecs(people, directory, options.scale),
  ];
  const today = tokyoToday(options.now);
  const context: PlanContext = {
    now: options.now,
    today,
    startMonth: options.fiscalYearStartMonth,
    currentQuarter: periodContaining(GoalPeriodKind.QUARTER, today, options.fiscalYearStartMonth),
  };
  const currentYear = periodContaining(GoalPeriodKind.FISCAL_YEAR, today, options.fiscalYearStartMonth).fiscalYear;
  const wanted = options.scale <= 1 ? 0 : CHECK_INS_PER_SCALE * options.scale;
  for (let yearsAgo = 0; yearsAgo < FISCAL_YEARS_MAX; yearsAgo++) {
    // The current year and the last at least: a year of history.
    if (yearsAgo >= 2 && plan.checkIns.length >= wanted) break;
    planYear(plan, specs, currentYear - yearsAgo, yearsAgo, context);
    plan.fiscalYears.unshift(currentYear - yearsAgo);
  }
  linkSeries(plan.goals, specs);
  return plan;
}

/** Every goal of one fiscal year (its quarters' included), their roll-up, check-ins and comments. */
function planYear(plan: GoalSeedPlan, specs: readonly GoalSpec[], fiscalYear: number, yearsAgo: number, context: PlanContext): void {
  const year: { spec: GoalSpec; goal: PlannedGoal; figures: GoalFigures & GoalScript; rng: Rng }[] = [];
  for (const spec of specs) {
    if (spec.since !== null && -yearsAgo < spec.since) continue;
    const periods =
      spec.periodKind === GoalPeriodKind.FISCAL_YEAR
        ? [fiscalPeriod(GoalPeriodKind.FISCAL_YEAR, fiscalYear, null, context.startMonth)]
        : [1, 2, 3, 4]
            .map((quarter) => fiscalPeriod(GoalPeriodKind.QUARTER, fiscalYear, quarter, context.startMonth))
            .filter((period) => period.start <= context.today);
    for (const period of periods) {
      const periodsAgo =
        spec.periodKind === GoalPeriodKind.FISCAL_YEAR
          ? yearsAgo
          : (context.currentQuarter.fiscalYear - period.fiscalYear) * 4 + (context.currentQuarter.quarter! - period.quarter!);
      const rng = mulberry32(hashString(`goal:${spec.code}:${periodKey(period)}`));
      const figures = spec.figures(period, periodsAgo, rng);
      year.push({ spec, goal: goalOf(spec, period, figures, context), figures: periodsAgo === 0 ? figures : stripScript(figures), rng });
    }
  }
  // Roll-up: each child under its parent's goal of the period containing its own; weights to 100 per parent and period.
  const byKey = new Map<string, PlannedGoal[]>();
  for (const { spec, goal } of year) byKey.set(spec.key, [...(byKey.get(spec.key) ?? []), goal]);
  const groups = new Map<string, { goal: PlannedGoal; weight: number }[]>();
  for (const { spec, goal } of year) {
    if (spec.parentKey === null) continue;
    const parent = (byKey.get(spec.parentKey) ?? []).find(
      (candidate) => candidate.period.start <= goal.period.start && goal.period.end <= candidate.period.end,
    );
    if (!parent) throw new Error(`Goal seed: ${spec.code} (${periodKey(goal.period)}) has no ${spec.parentKey} to roll up into.`);
    goal.parentId = parent.id;
    const group = `${parent.id}:${goal.period.kind}:${goal.period.start}`;
    groups.set(group, [...(groups.get(group) ?? []), { goal, weight: spec.weight }]);
  }
  for (const children of groups.values()) {
    const weights = hundredths(children.map((child) => child.weight));
    children.forEach((child, index) => (child.goal.weight = (weights[index]! / 100).toFixed(2)));
  }
  for (const { spec, goal, figures, rng } of year) {
    plan.goals.push(goal);
    simulateCheckIns(plan, spec, goal, figures, rng, context);
  }
}

function stripScript(figures: GoalFigures & GoalScript): GoalFigures {
  return { baseline: figures.baseline, target: figures.target, range: figures.range, performance: figures.performance };
}

/** Weights in hundredths of a percent that add up to exactly 100.00 (largest remainder). */
function hundredths(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (total > 0 ? (weight * 10_000) / total : 10_000 / weights.length));
  const result = exact.map(Math.floor);
  let left = 10_000 - result.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    result[index] = result[index]! + 1;
    left -= 1;
  }
  return result;
}

/** Cumulative targets at each month's end, following the months' share of a Japanese B2B year. */
const MONTH_SHARES: Readonly<Record<number, number>> = {
  1: 7,
  2: 8,
  3: 16,
  4: 6.5,
  5: 6.5,
  6: 7.5,
  7: 7.5,
  8: 6.5,
  9: 11,
  10: 7.5,
  11: 7.5,
  12: 8.5,
};

function seasonalTargets(period: GoalPeriod, baseline: number, target: number, step: number): string[] {
  const months = monthsIn(period);
  const shares = Array.from({ length: months }, (_, index) => MONTH_SHARES[Number(addMonths(period.start, index).slice(5, 7))]!);
  const total = shares.reduce((sum, share) => sum + share, 0);
  let running = 0;
  return shares.map((share, index) => {
    running += share;
    return index === months - 1 ? format(target, step) : format(baseline + ((target - baseline) * running) / total, step);
  });
}

function goalOf(spec: GoalSpec, period: GoalPeriod, figures: GoalFigures, context: PlanContext): PlannedGoal {
  const range = spec.direction === GoalDirection.RANGE ? (figures.range ?? null) : null;
  const target = range ? null : (figures.target ?? figures.baseline + spec.step);
  const current = period.start <= context.today && context.today <= period.end;
  return {
    id: uuidFrom(`goal:${spec.code}:${period.kind}:${period.start}`),
    code: spec.code,
    kind: spec.kind,
    title: spec.title,
    titleEn: spec.titleEn,
    description: spec.description,
    ownerId: spec.ownerId,
    departmentIds: spec.departmentIds,
    unit: spec.unit,
    unitLabel: spec.unitLabel,
    direction: spec.direction,
    baseline: format(figures.baseline, spec.step),
    target: target === null ? null : format(target, spec.step),
    rangeLow: range ? format(range.low, spec.step) : null,
    rangeHigh: range ? format(range.high, spec.step) : null,
    monthlyTargets: spec.seasonal && target !== null ? seasonalTargets(period, figures.baseline, target, spec.step) : [],
    period,
    cadence: spec.cadence,
    // Past periods are closed by their last check-in (below).
    status: current ? GoalStatus.ACTIVE : GoalStatus.MISSED,
    parentId: null,
    weight: '0.00',
    recurring: spec.recurring,
    seriesId: '',
    previousId: null,
    currentValue: null,
    currentConfidence: null,
    lastCheckInAt: null,
    lastCheckInSlot: null,
    trend: [],
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}

/** Periods of one goal are a series: the first period's id, each rolled from the one before. */
function linkSeries(goals: PlannedGoal[], specs: readonly GoalSpec[]): void {
  const recurring = new Map(specs.map((spec) => [spec.code, spec.recurring]));
  const series = new Map<string, PlannedGoal[]>();
  for (const goal of goals)
    series.set(`${goal.code}:${goal.period.kind}`, [...(series.get(`${goal.code}:${goal.period.kind}`) ?? []), goal]);
  for (const periods of series.values()) {
    periods.sort((a, b) => (a.period.start < b.period.start ? -1 : 1));
    periods.forEach((goal, index) => {
      const previous = index > 0 ? periods[index - 1]! : null;
      goal.seriesId = periods[0]!.id;
      goal.previousId = previous?.id ?? null;
      // Rolled goals were made at the last review of the period before; new ones three weeks before they start.
      goal.createdAt = previous ? tokyoInstant(previous.period.end, 18, 30) : tokyoInstant(addDays(goal.period.start, -21), 10, 0);
      if (goal.updatedAt < goal.createdAt) goal.updatedAt = goal.createdAt;
      goal.recurring = index < periods.length - 1 ? true : (recurring.get(goal.code) ?? false);
    });
  }
}

// ─────────────────────────────── check-ins ───────────────────────────────

function tokyoInstant(date: CalendarDate, hour: number, minute: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (hour - TOKYO_OFFSET_HOURS) * HOUR_MS + minute * 60_000);
}

function nextSlot(cadence: GoalCadence, start: CalendarDate): CalendarDate {
  return cadence === GoalCadence.MONTHLY ? addMonths(start, 1) : addDays(start, 7);
}

/** When the owner checks in for a slot: late in it (Thursday or Friday; a month's last working days), in office hours. */
function checkInTime(cadence: GoalCadence, slot: CalendarDate, period: GoalPeriod, rng: Rng): Date {
  let date: CalendarDate;
  if (cadence === GoalCadence.WEEKLY) {
    const roll = rng();
    date = addDays(slot, roll < 0.05 ? 0 : roll < 0.2 ? 2 : roll < 0.55 ? 3 : 4);
  } else {
    date = addDays(slotEnd(cadence, slot), -Math.floor(rng() * 4));
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 6) date = addDays(date, -1);
    if (weekday === 0) date = addDays(date, -2);
  }
  if (date > period.end) date = period.end;
  if (date < slot) date = slot;
  return tokyoInstant(date, 9 + Math.floor(rng() * 10), Math.floor(rng() * 60));
}

const OPTIMISM: Readonly<Record<GoalConfidence, GoalConfidence>> = {
  [GoalConfidence.ON_TRACK]: GoalConfidence.ON_TRACK,
  [GoalConfidence.AT_RISK]: GoalConfidence.ON_TRACK,
  [GoalConfidence.OFF_TRACK]: GoalConfidence.AT_RISK,
};
const NOTE_CHANCE: Readonly<Record<GoalConfidence, number>> = {
  [GoalConfidence.ON_TRACK]: 0.35,
  [GoalConfidence.AT_RISK]: 0.75,
  [GoalConfidence.OFF_TRACK]: 0.9,
};

function noteFor(spec: GoalSpec, confidence: GoalConfidence, rng: Rng): string {
  if (!chance(rng, NOTE_CHANCE[confidence])) return '';
  const own = spec.notes[confidence] ?? [];
  return own.length > 0 && chance(rng, 0.75) ? pick(rng, own) : pick(rng, GENERIC_NOTES[confidence]);
}

function measureOf(goal: PlannedGoal): GoalMeasure {
  const number = (value: string | null) => (value === null ? null : Number(value));
  return {
    direction: goal.direction,
    baseline: Number(goal.baseline),
    target: number(goal.target),
    rangeLow: number(goal.rangeLow),
    rangeHigh: number(goal.rangeHigh),
    monthlyTargets: goal.monthlyTargets.map(Number),
    periodStart: goal.period.start,
    periodEnd: goal.period.end,
  };
}

/**
 * The goal's check-ins up to today: values along (or short of) pace with some noise, the
 * owner's confidence (mostly what the numbers suggest, now and then more hopeful), notes,
 * the odd edit and questions from the board; then the goal's row takes the latest one.
 */
function simulateCheckIns(
  plan: GoalSeedPlan,
  spec: GoalSpec,
  goal: PlannedGoal,
  figures: GoalFigures & GoalScript,
  rng: Rng,
  context: PlanContext,
): void {
  const { period, cadence } = goal;
  const current = period.start <= context.today && context.today <= period.end;
  let slots: CalendarDate[] = [];
  let slot = slotStart(cadence, period.start);
  if (slot < period.start) slot = nextSlot(cadence, slot);
  for (; slot <= period.end && slot <= context.today; slot = nextSlot(cadence, slot)) slots.push(slot);
  if (current && figures.quietSlots) {
    let last = slotStart(cadence, context.today);
    for (let quiet = 0; quiet < figures.quietSlots; quiet++) last = previousSlot(cadence, last);
    slots = slots.filter((candidate) => candidate <= last);
  }
  // A check-in happens late in its slot: this slot's may not have happened yet; now and then one is skipped.
  const latestTime = context.now.getTime() - 30 * 60_000;
  const timed = slots
    .map((candidate) => ({ slot: candidate, at: checkInTime(cadence, candidate, period, rng) }))
    .filter((entry) => entry.at.getTime() <= latestTime)
    .filter((_entry, index, all) => index === all.length - 1 || !chance(rng, 0.04));

  const measure = measureOf(goal);
  // Performance is where the values stand at the period's end, or at the latest check-in of the current period.
  const reference = current ? tokyoToday(timed.at(-1)?.at ?? context.now) : period.end;
  const referenceShare = elapsedShare(measure, reference);
  const slumpFrom = Math.min(figures.slumpFrom ?? 0, referenceShare * 0.9);
  const span = goal.target === null ? 0 : Number(goal.target) - figures.baseline;
  const nonNegative = NON_NEGATIVE_GOAL_UNITS.includes(goal.unit) || goal.unit === GoalUnit.PERCENT || goal.unit === GoalUnit.FREE;
  let drift = 0;
  let previousValue = figures.baseline;
  const checkIns: PlannedCheckIn[] = [];
  timed.forEach(({ slot: slotDate, at }, index) => {
    const date = tokyoToday(at);
    const share = elapsedShare(measure, date);
    const ratio =
      share <= slumpFrom
        ? 1
        : 1 + (figures.performance - 1) * Math.min(1, (share - slumpFrom) / Math.max(referenceShare - slumpFrom, 1e-6));
    drift = 0.5 * drift + gaussian(rng);
    let value: number;
    if (figures.range) {
      const { from, to, low, high } = figures.range;
      value = from + (to - from) * Math.min(1, share / Math.max(referenceShare, 1e-6)) + 0.035 * (high - low) * drift;
    } else {
      const pace = paceValueAt(measure, date) ?? figures.baseline;
      if (spec.shape === 'cumulative') {
        value = Math.max(previousValue, figures.baseline + (pace - figures.baseline) * ratio * (1 + 0.015 * drift));
      } else {
        // Early in a period a level barely moves from its baseline: the noise grows with the period.
        value = figures.baseline + (pace - figures.baseline) * ratio + 0.03 * Math.abs(span) * clamp(share * 4, 0.25, 1) * drift;
      }
    }
    const latest = current && index === timed.length - 1;
    if (latest && figures.lastValue !== undefined) value = figures.lastValue;
    if (nonNegative) value = Math.max(0, value);
    value = roundTo(value, spec.step);
    previousValue = value;
    const suggested = suggestedConfidence(measure, value, date);
    // Owners call it on track in a period's first weeks, and now and then are more hopeful than the numbers.
    let confidence = share < 0.1 ? GoalConfidence.ON_TRACK : chance(rng, 0.15) ? OPTIMISM[suggested] : suggested;
    if (latest && figures.confidence) confidence = figures.confidence;
    const note = latest && figures.note !== undefined ? figures.note : noteFor(spec, confidence, rng);
    const authorId = spec.contributorIds.length > 0 && chance(rng, 0.2) ? pick(rng, spec.contributorIds) : spec.ownerId;
    const checkIn: PlannedCheckIn = {
      id: uuidFrom(`goal-check-in:${goal.id}:${slotDate}`),
      goalId: goal.id,
      slotStart: slotDate,
      value: format(value, spec.step),
      confidence,
      note,
      authorId,
      commentCount: 0,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const entry = (n: number, fields: Pick<PlannedEntry, 'value' | 'confidence' | 'note' | 'createdAt'>): PlannedEntry => ({
      id: uuidFrom(`goal-check-in-entry:${checkIn.id}:${n}`),
      checkInId: checkIn.id,
      goalId: goal.id,
      authorId,
      idempotencyKey: `seed:${checkIn.id}:${n}`,
      ...fields,
    });
    if (chance(rng, 0.07)) {
      // Edited: first sent with a slip in the number and no note, corrected a little later.
      const slip = spec.step * (1 + Math.floor(rng() * 3));
      const first = format(nonNegative && value - slip < 0 ? value + slip : chance(rng, 0.5) ? value + slip : value - slip, spec.step);
      const editedAt = new Date(Math.max(at.getTime() + 60_000, Math.min(at.getTime() + (1 + rng() * 5) * HOUR_MS, latestTime)));
      plan.entries.push(entry(1, { value: first, confidence, note: '', createdAt: at }));
      plan.entries.push(entry(2, { value: checkIn.value, confidence, note, createdAt: editedAt }));
      checkIn.updatedAt = editedAt;
      checkIn.version = 2;
    } else {
      plan.entries.push(entry(1, { value: checkIn.value, confidence, note, createdAt: at }));
    }
    const script = latest && figures.comments ? figures.comments : null;
    if (script) comment(plan, spec, checkIn, script, context);
    else if (confidence !== GoalConfidence.ON_TRACK && chance(rng, 0.06)) {
      const [question, answer] = pick(rng, GENERIC_COMMENT_PAIRS);
      const thread = chance(rng, 0.85)
        ? [
            { by: 'executive' as const, body: question },
            { by: 'owner' as const, body: answer },
          ]
        : [{ by: 'executive' as const, body: question }];
      comment(plan, spec, checkIn, thread, context);
    }
    checkIns.push(checkIn);
  });
  plan.checkIns.push(...checkIns);

  const latest = checkIns.at(-1);
  if (latest) {
    goal.currentValue = latest.value;
    goal.currentConfidence = latest.confidence;
    goal.lastCheckInAt = latest.createdAt;
    goal.lastCheckInSlot = latest.slotStart;
    goal.trend = checkIns.slice(-GOAL_TREND_POINTS).map((checkIn) => checkIn.value);
    goal.updatedAt = new Date(Math.max(...checkIns.map((checkIn) => checkIn.updatedAt.getTime())));
  }
  if (!current) {
    const reached =
      latest !== undefined &&
      (goal.direction === GoalDirection.RANGE
        ? Number(latest.value) >= Number(goal.rangeLow) && Number(latest.value) <= Number(goal.rangeHigh)
        : progressOf(measure, Number(latest.value)) >= 1 - 1e-9);
    goal.status = reached ? GoalStatus.ACHIEVED : GoalStatus.MISSED;
  }
}

/** A thread on a check-in: questions from an executive, answers from the owner, within hours and never after now. */
function comment(
  plan: GoalSeedPlan,
  spec: GoalSpec,
  checkIn: PlannedCheckIn,
  thread: readonly { by: 'executive' | 'owner'; body: string }[],
  context: PlanContext,
): void {
  if (!spec.askerId) return;
  const from = checkIn.updatedAt.getTime();
  const until = context.now.getTime() - 60_000;
  if (until <= from) return;
  const rng = mulberry32(hashString(`goal-comments:${checkIn.id}`));
  let at = from;
  thread.forEach((message, index) => {
    const planned = at + (1 + Math.floor(rng() * 8)) * HOUR_MS + Math.floor(rng() * 60) * 60_000;
    // Close to now, the thread squeezes into the time there was.
    at = planned <= until ? planned : from + ((until - from) * (index + 1)) / (thread.length + 1);
    const id = uuidFrom(`goal-check-in-comment:${checkIn.id}:${index}`);
    plan.comments.push({
      id,
      checkInId: checkIn.id,
      goalId: checkIn.goalId,
      authorId: message.by === 'owner' ? spec.ownerId : spec.askerId!,
      body: message.body,
      idempotencyKey: `seed:${id}`,
      createdAt: new Date(Math.floor(at)),
    });
    checkIn.commentCount += 1;
  });
}

// ─────────────────────────────── writing ───────────────────────────────

async function insertGoals(manager: EntityManager, goals: readonly PlannedGoal[]): Promise<void> {
  const column = <T>(map: (goal: PlannedGoal) => T): T[] => goals.map(map);
  await manager.query(
    `INSERT INTO goals (id, code, kind, title, title_en, description, owner_id, department_ids, unit, unit_label, direction, baseline, target,
       range_low, range_high, monthly_targets, period_kind, fiscal_year, quarter, period_start, period_end, cadence, status, parent_id, weight,
       recurring, series_id, previous_id, current_value, current_confidence, last_check_in_at, last_check_in_slot, trend, created_by_id,
       created_at, updated_at, version)
     SELECT id, code, kind, title, title_en, description, owner_id, string_to_array(department_ids, ',')::uuid[], unit, unit_label, direction,
       baseline, target, range_low, range_high, string_to_array(monthly_targets, ',')::numeric[], period_kind, fiscal_year, quarter,
       period_start, period_end, cadence, status, parent_id, weight, recurring, series_id, previous_id, current_value, current_confidence,
       last_check_in_at, last_check_in_slot, string_to_array(trend, ',')::numeric[], owner_id, created_at, updated_at, 1
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[], $10::text[],
                 $11::text[], $12::numeric[], $13::numeric[], $14::numeric[], $15::numeric[], $16::text[], $17::text[], $18::int[], $19::int[],
                 $20::date[], $21::date[], $22::text[], $23::text[], $24::uuid[], $25::numeric[], $26::boolean[], $27::uuid[], $28::uuid[],
                 $29::numeric[], $30::text[], $31::timestamptz[], $32::date[], $33::text[], $34::timestamptz[], $35::timestamptz[])
       AS t(id, code, kind, title, title_en, description, owner_id, department_ids, unit, unit_label, direction, baseline, target,
            range_low, range_high, monthly_targets, period_kind, fiscal_year, quarter, period_start, period_end, cadence, status, parent_id,
            weight, recurring, series_id, previous_id, current_value, current_confidence, last_check_in_at, last_check_in_slot, trend,
            created_at, updated_at)`,
    [
      column((goal) => goal.id),
      column((goal) => goal.code),
      column((goal) => goal.kind),
      column((goal) => goal.title),
      column((goal) => goal.titleEn),
      column((goal) => goal.description),
      column((goal) => goal.ownerId),
      column((goal) => goal.departmentIds.join(',')),
      column((goal) => goal.unit),
      column((goal) => goal.unitLabel),
      column((goal) => goal.direction),
      column((goal) => goal.baseline),
      column((goal) => goal.target),
      column((goal) => goal.rangeLow),
      column((goal) => goal.rangeHigh),
      column((goal) => goal.monthlyTargets.join(',')),
      column((goal) => goal.period.kind),
      column((goal) => goal.period.fiscalYear),
      column((goal) => goal.period.quarter),
      column((goal) => goal.period.start),
      column((goal) => goal.period.end),
      column((goal) => goal.cadence),
      column((goal) => goal.status),
      column((goal) => goal.parentId),
      column((goal) => goal.weight),
      column((goal) => goal.recurring),
      column((goal) => goal.seriesId),
      column((goal) => goal.previousId),
      column((goal) => goal.currentValue),
      column((goal) => goal.currentConfidence),
      column((goal) => goal.lastCheckInAt),
      column((goal) => goal.lastCheckInSlot),
      column((goal) => goal.trend.join(',')),
      column((goal) => goal.createdAt),
      column((goal) => goal.updatedAt),
    ],
  );
}

async function insertCheckIns(manager: EntityManager, checkIns: readonly PlannedCheckIn[]): Promise<void> {
  const column = <T>(map: (checkIn: PlannedCheckIn) => T): T[] => checkIns.map(map);
  await manager.query(
    `INSERT INTO goal_check_ins (id, goal_id, slot_start, value, confidence, note, author_id, comment_count, created_at, updated_at, version)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::numeric[], $5::text[], $6::text[], $7::uuid[], $8::int[],
                          $9::timestamptz[], $10::timestamptz[], $11::int[])`,
    [
      column((checkIn) => checkIn.id),
      column((checkIn) => checkIn.goalId),
      column((checkIn) => checkIn.slotStart),
      column((checkIn) => checkIn.value),
      column((checkIn) => checkIn.confidence),
      column((checkIn) => checkIn.note),
      column((checkIn) => checkIn.authorId),
      column((checkIn) => checkIn.commentCount),
      column((checkIn) => checkIn.createdAt),
      column((checkIn) => checkIn.updatedAt),
      column((checkIn) => checkIn.version),
    ],
  );
}

async function insertEntries(manager: EntityManager, entries: readonly PlannedEntry[]): Promise<void> {
  const column = <T>(map: (entry: PlannedEntry) => T): T[] => entries.map(map);
  await manager.query(
    `INSERT INTO goal_check_in_entries (id, check_in_id, goal_id, value, confidence, note, author_id, idempotency_key, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::numeric[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::timestamptz[])`,
    [
      column((entry) => entry.id),
      column((entry) => entry.checkInId),
      column((entry) => entry.goalId),
      column((entry) => entry.value),
      column((entry) => entry.confidence),
      column((entry) => entry.note),
      column((entry) => entry.authorId),
      column((entry) => entry.idempotencyKey),
      column((entry) => entry.createdAt),
    ],
  );
}

async function insertComments(manager: EntityManager, comments: readonly PlannedComment[]): Promise<void> {
  const column = <T>(map: (comment: PlannedComment) => T): T[] => comments.map(map);
  await manager.query(
    `INSERT INTO goal_check_in_comments (id, check_in_id, goal_id, author_id, body, idempotency_key, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[])`,
    [
      column((comment) => comment.id),
      column((comment) => comment.checkInId),
      column((comment) => comment.goalId),
      column((comment) => comment.authorId),
      column((comment) => comment.body),
      column((comment) => comment.idempotencyKey),
      column((comment) => comment.createdAt),
    ],
  );
}
