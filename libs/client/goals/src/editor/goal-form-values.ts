import {
  GOAL_CODE_MAX_LENGTH,
  GOAL_CODE_PATTERN,
  GOAL_VALUE_MAX_ABS,
  NON_NEGATIVE_GOAL_UNITS,
  type GoalUnit as ContractUnit,
} from '@kakehashi/shared-contracts';
import type {
  CreateGoalInput,
  GoalCadence,
  GoalDirection,
  GoalFormFieldsFragment,
  GoalKind,
  GoalPeriodKind,
  GoalUnit,
  PickedPerson,
} from '@kakehashi/client-platform';
import { parseDecimal } from '../common/format';

/** The form's fields as typed (numbers stay text until saved, so that an IME is never disturbed). */
export interface GoalFormValues {
  code: string;
  kind: GoalKind;
  title: string;
  titleEn: string;
  description: string;
  owner: PickedPerson | null;
  departmentIds: string[];
  unit: GoalUnit;
  unitLabel: string;
  direction: GoalDirection;
  baseline: string;
  target: string;
  rangeLow: string;
  rangeHigh: string;
  periodKind: GoalPeriodKind;
  fiscalYear: string;
  quarter: string;
  cadence: GoalCadence;
  parentId: string;
  weight: string;
  recurring: boolean;
  /** A new goal only: active at once rather than a draft. */
  activate: boolean;
}

export function emptyGoalForm(defaults: { fiscalYear: number; quarter: number }): GoalFormValues {
  return {
    code: '',
    kind: 'KPI',
    title: '',
    titleEn: '',
    description: '',
    owner: null,
    departmentIds: [],
    unit: 'CASES',
    unitLabel: '',
    direction: 'INCREASE',
    baseline: '0',
    target: '',
    rangeLow: '',
    rangeHigh: '',
    periodKind: 'QUARTER',
    fiscalYear: String(defaults.fiscalYear),
    quarter: String(defaults.quarter),
    cadence: 'WEEKLY',
    parentId: '',
    weight: '0',
    recurring: false,
    activate: false,
  };
}

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

export function goalFormValues(goal: GoalFormFieldsFragment): GoalFormValues {
  return {
    code: goal.code,
    kind: goal.kind,
    title: goal.title,
    titleEn: goal.titleEn ?? '',
    description: goal.description,
    owner: goal.owner ? { id: goal.owner.id, displayName: goal.owner.displayName, displayNameEn: goal.owner.displayNameEn } : null,
    departmentIds: goal.departments.map((department) => department.id),
    unit: goal.unit,
    unitLabel: goal.unitLabel ?? '',
    direction: goal.direction,
    baseline: text(goal.baseline),
    target: text(goal.target),
    rangeLow: text(goal.rangeLow),
    rangeHigh: text(goal.rangeHigh),
    periodKind: goal.period.kind,
    fiscalYear: String(goal.period.fiscalYear),
    quarter: String(goal.period.quarter ?? 1),
    cadence: goal.cadence,
    parentId: goal.parentId ?? '',
    weight: text(goal.weight),
    recurring: goal.recurring,
    activate: false,
  };
}

/** The form's own checks before asking the server: field name → message key (in `form.errors`). */
export function validateGoalForm(values: GoalFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const code = values.code.trim();
  if (!code) errors['code'] = 'required';
  else if (code.length > GOAL_CODE_MAX_LENGTH || !GOAL_CODE_PATTERN.test(code)) errors['code'] = 'codePattern';
  if (!values.title.trim()) errors['title'] = 'required';
  if (!values.owner) errors['owner'] = 'required';
  if (values.unit === 'FREE' && !values.unitLabel.trim()) errors['unitLabel'] = 'required';
  const nonNegative = NON_NEGATIVE_GOAL_UNITS.includes(values.unit as ContractUnit);
  const number = (field: 'baseline' | 'target' | 'rangeLow' | 'rangeHigh'): number | null => {
    const raw = values[field].trim();
    if (!raw) {
      errors[field] = 'required';
      return null;
    }
    const parsed = parseDecimal(raw);
    if (parsed === null || Math.abs(parsed) > GOAL_VALUE_MAX_ABS) {
      errors[field] = 'number';
      return null;
    }
    if (nonNegative && parsed < 0) {
      errors[field] = 'negative';
      return null;
    }
    return parsed;
  };
  const baseline = number('baseline');
  if (values.direction === 'RANGE') {
    const low = number('rangeLow');
    const high = number('rangeHigh');
    if (low !== null && high !== null && low >= high) errors['rangeHigh'] = 'rangeOrder';
  } else {
    const target = number('target');
    if (baseline !== null && target !== null) {
      if (target === baseline) errors['target'] = 'targetEqual';
      else if (values.direction === 'INCREASE' && target < baseline) errors['target'] = 'targetAbove';
      else if (values.direction === 'DECREASE' && target > baseline) errors['target'] = 'targetBelow';
    }
  }
  if (values.parentId) {
    const weight = parseDecimal(values.weight);
    if (weight === null) errors['weight'] = 'number';
    else if (weight <= 0) errors['weight'] = 'weightPositive';
  }
  return errors;
}

/** What createGoal and updateGoal take (after validateGoalForm passed). */
export function goalInput(values: GoalFormValues): Omit<CreateGoalInput, 'status'> {
  const range = values.direction === 'RANGE';
  const parentId = values.kind === 'KGI' ? null : values.parentId || null;
  return {
    code: values.code.trim(),
    kind: values.kind,
    title: values.title.trim(),
    titleEn: values.titleEn.trim() || null,
    description: values.description.trim(),
    ownerId: values.owner?.id ?? null,
    departmentIds: values.departmentIds,
    unit: values.unit,
    unitLabel: values.unit === 'FREE' ? values.unitLabel.trim() : null,
    direction: values.direction,
    baseline: parseDecimal(values.baseline) ?? 0,
    target: range ? null : parseDecimal(values.target),
    rangeLow: range ? parseDecimal(values.rangeLow) : null,
    rangeHigh: range ? parseDecimal(values.rangeHigh) : null,
    periodKind: values.periodKind,
    fiscalYear: Number(values.fiscalYear),
    quarter: values.periodKind === 'QUARTER' ? Number(values.quarter) : null,
    cadence: values.cadence,
    parentId,
    weight: parentId ? (parseDecimal(values.weight) ?? 0) : 0,
    recurring: values.recurring,
  };
}

/** The form field a server field error belongs to. */
export function formFieldOf(field: string): string {
  return field === 'ownerId' ? 'owner' : field;
}

/** The server's developer message, as a `form.errors` key (and its values). */
export function serverFieldMessage(field: string, message: string): { key: string; values?: Record<string, string> } {
  if (/must be given|must not be empty|must name the unit/.test(message)) return { key: 'required' };
  if (/negative/.test(message)) return { key: 'negative' };
  switch (field) {
    case 'code':
      return { key: /already used/.test(message) ? 'codeTaken' : 'codePattern' };
    case 'target':
      if (/differ/.test(message)) return { key: 'targetEqual' };
      if (/above/.test(message)) return { key: 'targetAbove' };
      if (/below/.test(message)) return { key: 'targetBelow' };
      return { key: 'invalid' };
    case 'rangeHigh':
      return { key: /above/.test(message) ? 'rangeOrder' : 'invalid' };
    case 'parentId':
      if (/KGI/.test(message)) return { key: 'parentKgi' };
      if (/cycle/.test(message)) return { key: 'parentCycle' };
      return { key: 'parentInvalid' };
    case 'periodKind':
    case 'cadence':
      if (/parent/.test(message)) return { key: 'parentPeriod' };
      if (/cannot change/.test(message)) return { key: 'locked' };
      return { key: 'invalid' };
    case 'weight': {
      const left = /at most ([\d.]+)%/.exec(message);
      if (left) return { key: 'weightTooLarge', values: { left: left[1]! } };
      if (/more than 0/.test(message)) return { key: 'weightPositive' };
      if (/must be 0/.test(message)) return { key: 'weightZero' };
      return { key: 'invalid' };
    }
    case 'departmentIds':
      return { key: /you edit/.test(message) ? 'departmentsEdit' : 'unknownDepartment' };
    case 'owner':
    case 'ownerId':
      return { key: 'unknownPerson' };
    default:
      return { key: 'invalid' };
  }
}
