import { type FieldError, GoalDirection, GoalKind, GoalPeriodKind, GoalUnit, NON_NEGATIVE_GOAL_UNITS } from '@kakehashi/shared-contracts';
import { fiscalPeriod, type GoalPeriod, monthsIn } from '../progress/periods';

/** A goal's content after an edit is merged in: what the rules check. */
export interface GoalDraft {
  code: string;
  kind: GoalKind;
  title: string;
  titleEn: string | null;
  description: string;
  ownerId: string;
  departmentIds: string[];
  unit: GoalUnit;
  unitLabel: string | null;
  direction: GoalDirection;
  baseline: number;
  target: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  monthlyTargets: number[];
  periodKind: GoalPeriodKind;
  fiscalYear: number;
  quarter: number | null;
  cadence: string;
  parentId: string | null;
  weight: number;
  recurring: boolean;
}

const REQUIRED: (keyof GoalDraft)[] = [
  'code',
  'kind',
  'title',
  'ownerId',
  'unit',
  'direction',
  'baseline',
  'periodKind',
  'fiscalYear',
  'cadence',
];

/** Fields a new goal must be given. */
export function missingFields(input: Partial<Record<keyof GoalDraft, unknown>>): FieldError[] {
  return REQUIRED.filter((field) => input[field] === undefined || input[field] === null || input[field] === '').map((field) => ({
    field,
    message: 'must be given',
  }));
}

export function goalPeriodOf(draft: Pick<GoalDraft, 'periodKind' | 'fiscalYear' | 'quarter'>, startMonth: number): GoalPeriod {
  return fiscalPeriod(draft.periodKind, draft.fiscalYear, draft.periodKind === GoalPeriodKind.QUARTER ? draft.quarter : null, startMonth);
}

const formatNumber = (value: number): string => String(Number(value.toFixed(6)));

/** The rules a goal's own fields keep (references to other goals and people are checked by the service). */
export function goalFieldErrors(draft: GoalDraft, startMonth: number): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string): void => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, message });
  };
  if (draft.title.trim() === '') add('title', 'must not be empty');
  if (draft.unit === GoalUnit.FREE && !draft.unitLabel?.trim()) add('unitLabel', 'must name the unit when unit is FREE');
  if (draft.periodKind === GoalPeriodKind.QUARTER && draft.quarter === null) add('quarter', 'must be 1, 2, 3 or 4 for a quarter');
  if (draft.periodKind === GoalPeriodKind.FISCAL_YEAR && draft.quarter !== null) add('quarter', 'must be empty for a whole fiscal year');
  if (draft.kind === GoalKind.KGI && draft.parentId !== null) add('parentId', 'must be empty: a KGI does not roll up into another goal');
  if (draft.parentId === null && draft.weight !== 0) add('weight', 'must be 0 for a goal that rolls up into none');
  if (draft.parentId !== null && draft.weight <= 0) add('weight', 'must be more than 0 for a goal that rolls up into another');

  if (draft.direction === GoalDirection.RANGE) {
    if (draft.target !== null) add('target', 'must be empty for a range goal (set rangeLow and rangeHigh)');
    if (draft.rangeLow === null) add('rangeLow', 'must be given for a range goal');
    if (draft.rangeHigh === null) add('rangeHigh', 'must be given for a range goal');
    if (draft.rangeLow !== null && draft.rangeHigh !== null && draft.rangeLow >= draft.rangeHigh)
      add('rangeHigh', 'must be above rangeLow');
    if (draft.monthlyTargets.length > 0) add('monthlyTargets', 'must be empty for a range goal');
  } else {
    if (draft.rangeLow !== null) add('rangeLow', 'must be empty unless the direction is RANGE');
    if (draft.rangeHigh !== null) add('rangeHigh', 'must be empty unless the direction is RANGE');
    if (draft.target === null) add('target', 'must be given');
    else if (draft.target === draft.baseline) add('target', 'must differ from the baseline');
    else if (draft.direction === GoalDirection.INCREASE && draft.target < draft.baseline) {
      add('target', `must be above the baseline (${formatNumber(draft.baseline)}) for a goal that increases`);
    } else if (draft.direction === GoalDirection.DECREASE && draft.target > draft.baseline) {
      add('target', `must be below the baseline (${formatNumber(draft.baseline)}) for a goal that decreases`);
    }
    if (draft.monthlyTargets.length > 0 && draft.fiscalYear && draft.periodKind) {
      const months = monthsIn(goalPeriodOf(draft, startMonth));
      if (draft.monthlyTargets.length !== months)
        add('monthlyTargets', `must have one target per month of the period (${months}), or none`);
      else if (draft.target !== null && draft.monthlyTargets[months - 1] !== draft.target) {
        add('monthlyTargets', 'must end at the target (the last month’s target is the goal’s target)');
      }
    }
  }

  if (NON_NEGATIVE_GOAL_UNITS.includes(draft.unit)) {
    const negative: [string, number | null][] = [
      ['baseline', draft.baseline],
      ['target', draft.target],
      ['rangeLow', draft.rangeLow],
      ['rangeHigh', draft.rangeHigh],
    ];
    for (const [field, value] of negative) if (value !== null && value < 0) add(field, 'must not be negative for this unit');
    if (draft.monthlyTargets.some((value) => value < 0)) add('monthlyTargets', 'must not be negative for this unit');
  }
  return errors;
}
