import { GoalConfidence, GoalKind, GoalPeriodKind, GoalStatus, Role } from '@kakehashi/shared-contracts';
import { monthsIn, previousSlot, slotEnd, slotStart, tokyoToday } from '../progress/periods';
import { GOAL_SEED_CONTENT, GOAL_VARIATION_TEMPLATES } from './goal-content';
import { type GoalSeedDirectory, type GoalSeedPlan, planGoalSeed } from './seed-goals';

const CODES = ['HQ', 'SLS', 'SLS-E', 'SLS-W', 'CS', 'SUP', 'PRD', 'ENG', 'MKT', 'HR', 'CPL', 'FIN', 'IT', 'PR'];
const NOW = new Date('2026-11-21T03:00:00Z');

/** A small company: each department's head reports to the CEO, its members to the head; two executives. */
function directory(membersPerDepartment = 3): GoalSeedDirectory {
  const departments = CODES.map((code) => ({ id: `dept-${code}`, code, nameJa: `${code} 部`, nameEn: `${code} Department` }));
  const people: GoalSeedDirectory['people'] = [];
  for (const department of departments) {
    const head = `head-${department.code}`;
    const executive = department.code === 'HQ' || department.code === 'SLS';
    people.push({
      id: head,
      departmentId: department.id,
      managerId: department.code === 'HQ' ? null : 'head-HQ',
      roles: executive ? [Role.EXEC_VIEWER] : [],
    });
    for (let index = 1; index <= membersPerDepartment; index++) {
      people.push({ id: `member-${department.code}-${index}`, departmentId: department.id, managerId: head, roles: [] });
    }
  }
  return { departments, people };
}

const plan = (options: { scale?: number; now?: Date; fiscalYearStartMonth?: number } = {}): GoalSeedPlan =>
  planGoalSeed(directory(), {
    now: options.now ?? NOW,
    scale: options.scale ?? 1,
    fiscalYearStartMonth: options.fiscalYearStartMonth ?? 4,
  });

describe('the goals seed plan', () => {
  it('is the same plan every time for the same directory, date and scale', () => {
    expect(JSON.stringify(plan())).toEqual(JSON.stringify(plan()));
  });

  it('gives the demo its two KGIs with a year of history: this fiscal year and the last, quarters rolled', () => {
    const { goals, checkIns, fiscalYears } = plan();
    expect(fiscalYears).toEqual([2025, 2026]);
    expect(goals.length).toBeGreaterThanOrEqual(25);
    expect(goals.length).toBeLessThanOrEqual(40);
    expect(checkIns.length).toBeGreaterThan(700);
    const current = goals.filter((goal) => goal.status === GoalStatus.ACTIVE);
    expect(current.filter((goal) => goal.kind === GoalKind.KGI).map((goal) => goal.code)).toEqual(['KGI-01', 'KGI-02']);
    expect(current.every((goal) => goal.period.fiscalYear === 2026 && (goal.period.quarter ?? 3) === 3)).toBe(true);
    const past = goals.filter((goal) => goal.status !== GoalStatus.ACTIVE);
    expect(new Set(past.map((goal) => goal.status))).toEqual(new Set([GoalStatus.ACHIEVED, GoalStatus.MISSED]));
    const conversion = goals.filter((goal) => goal.code === 'KPI-SLS-03').sort((a, b) => (a.period.start < b.period.start ? -1 : 1));
    expect(conversion.map((goal) => `FY${goal.period.fiscalYear}-Q${goal.period.quarter}`)).toEqual([
      'FY2025-Q1',
      'FY2025-Q2',
      'FY2025-Q3',
      'FY2025-Q4',
      'FY2026-Q1',
      'FY2026-Q2',
      'FY2026-Q3',
    ]);
    conversion.forEach((goal, index) => {
      expect(goal.seriesId).toBe(conversion[0]!.id);
      expect(goal.previousId).toBe(index === 0 ? null : conversion[index - 1]!.id);
      expect(goal.recurring).toBe(true);
    });
  });

  it('tells the board a story: several goals at risk, two off track with notes, two overdue, questions answered', () => {
    const { goals, checkIns, comments } = plan();
    const current = goals.filter((goal) => goal.status === GoalStatus.ACTIVE);
    const confidence = (code: string) => current.find((goal) => goal.code === code)?.currentConfidence;
    expect(current.filter((goal) => goal.currentConfidence === GoalConfidence.AT_RISK).length).toBeGreaterThanOrEqual(4);
    expect(
      current
        .filter((goal) => goal.currentConfidence === GoalConfidence.OFF_TRACK)
        .map((goal) => goal.code)
        .sort(),
    ).toEqual(['KPI-ENG-01', 'KPI-SUP-01']);
    expect([confidence('KPI-SLS-W-01'), confidence('KPI-CS-01')]).toEqual([GoalConfidence.AT_RISK, GoalConfidence.AT_RISK]);
    for (const goal of current.filter((candidate) => candidate.currentConfidence === GoalConfidence.OFF_TRACK)) {
      const latest = checkIns.find((checkIn) => checkIn.goalId === goal.id && checkIn.slotStart === goal.lastCheckInSlot)!;
      expect(latest.note).toMatch(/。$/);
    }
    // Overdue: the latest check-in two or more slots before today's.
    const overdue = current.filter((goal) => {
      const twoAgo = previousSlot(goal.cadence, previousSlot(goal.cadence, slotStart(goal.cadence, tokyoToday(NOW))));
      return goal.lastCheckInSlot !== null && goal.lastCheckInSlot <= twoAgo;
    });
    expect(overdue.map((goal) => goal.code).sort()).toEqual(['KPI-FIN-01', 'KPI-PRD-01']);
    const owners = new Map(goals.map((goal) => [goal.id, goal.ownerId]));
    const onLatest = comments.filter((comment) =>
      checkIns.some((checkIn) => checkIn.id === comment.checkInId && checkIn.createdAt > new Date('2026-10-01')),
    );
    expect(onLatest.some((comment) => comment.authorId === 'head-HQ')).toBe(true);
    expect(onLatest.some((comment) => comment.authorId === owners.get(comment.goalId))).toBe(true);
  });

  it('keeps the rows the server relies on consistent: weights, periods, targets, slots and the latest check-in', () => {
    for (const options of [{}, { scale: 3 }, { fiscalYearStartMonth: 1 }, { now: new Date('2026-10-02T01:00:00Z') }]) {
      const { goals, checkIns, entries, comments } = plan(options);
      const now = options.now ?? NOW;
      const today = tokyoToday(now);
      const byId = new Map(goals.map((goal) => [goal.id, goal]));
      const weights = new Map<string, number>();
      for (const goal of goals) {
        if (goal.kind === GoalKind.KGI) expect([goal.parentId, goal.weight]).toEqual([null, '0.00']);
        if (goal.parentId) {
          const parent = byId.get(goal.parentId)!;
          expect(parent.period.start <= goal.period.start && goal.period.end <= parent.period.end).toBe(true);
          const key = `${goal.parentId}:${goal.period.kind}:${goal.period.start}`;
          weights.set(key, (weights.get(key) ?? 0) + Math.round(Number(goal.weight) * 100));
        }
        if (goal.monthlyTargets.length > 0) {
          expect(goal.monthlyTargets).toHaveLength(monthsIn(goal.period));
          expect(goal.monthlyTargets.at(-1)).toBe(goal.target);
        }
        expect(goal.target === null).toBe(goal.rangeLow !== null);
        expect(goal.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
      expect([...new Set(weights.values())]).toEqual([10_000]);
      const perGoal = new Map<string, typeof checkIns>();
      for (const checkIn of checkIns) {
        const goal = byId.get(checkIn.goalId)!;
        expect(checkIn.slotStart).toBe(slotStart(goal.cadence, checkIn.slotStart));
        expect(checkIn.slotStart >= goal.period.start && checkIn.slotStart <= goal.period.end && checkIn.slotStart <= today).toBe(true);
        const day = tokyoToday(checkIn.createdAt);
        expect(day >= checkIn.slotStart && day <= slotEnd(goal.cadence, checkIn.slotStart)).toBe(true);
        expect(checkIn.updatedAt.getTime()).toBeLessThanOrEqual(now.getTime());
        perGoal.set(goal.id, [...(perGoal.get(goal.id) ?? []), checkIn]);
      }
      for (const goal of goals) {
        const own = (perGoal.get(goal.id) ?? []).sort((a, b) => (a.slotStart < b.slotStart ? -1 : 1));
        const latest = own.at(-1);
        expect([goal.currentValue, goal.currentConfidence, goal.lastCheckInSlot, goal.lastCheckInAt]).toEqual(
          latest ? [latest.value, latest.confidence, latest.slotStart, latest.createdAt] : [null, null, null, null],
        );
        expect(goal.trend).toEqual(own.slice(-12).map((checkIn) => checkIn.value));
      }
      expect(new Set(entries.map((entry) => `${entry.authorId}:${entry.idempotencyKey}`)).size).toBe(entries.length);
      const commentCounts = new Map<string, number>();
      for (const comment of comments) commentCounts.set(comment.checkInId, (commentCounts.get(comment.checkInId) ?? 0) + 1);
      for (const checkIn of checkIns) expect(checkIn.commentCount).toBe(commentCounts.get(checkIn.id) ?? 0);
    }
  });

  it('grows with the scale: department KPIs every year and more years back, the current board kept small', () => {
    const small = plan({ scale: 3 });
    expect(small.checkIns.length).toBeGreaterThanOrEqual(3000);
    expect(small.goals.some((goal) => goal.code === 'KPI-SLS-11' && goal.title === 'SLS 部 商談件数')).toBe(true);
    const codes = small.goals.filter((goal) => goal.status === GoalStatus.ACTIVE).map((goal) => `${goal.code}:${goal.period.kind}`);
    expect(new Set(codes).size).toBe(codes.length);
    expect(small.goals.filter((goal) => goal.period.kind === GoalPeriodKind.FISCAL_YEAR && goal.status === GoalStatus.ACTIVE).length).toBe(
      23,
    );
  });

  it('hangs every department KPI under a demo KPI seeded in every fiscal year', () => {
    const everyYear = new Set(
      GOAL_SEED_CONTENT.filter((content) => content.since === null && content.periodKind === GoalPeriodKind.FISCAL_YEAR).map(
        (content) => content.key,
      ),
    );
    const parents = Object.values(GOAL_VARIATION_TEMPLATES).flatMap((templates) => templates.map((template) => template.parentKey));
    expect(parents.filter((key) => !everyYear.has(key))).toEqual([]);
  });

  it('seeds nothing without people', () => {
    expect(planGoalSeed({ departments: [], people: [] }, { now: NOW, scale: 1, fiscalYearStartMonth: 4 }).goals).toEqual([]);
  });
});
