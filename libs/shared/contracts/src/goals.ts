/** Shared KPI goals: limits and enums both sides agree on. The server enforces them; the client uses them for forms. */

export const GOAL_CODE_MAX_LENGTH = 20;
/** Codes read like 'KGI-01' or 'CS-NPS': letters, digits, '-', '_' and '.'. */
export const GOAL_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const GOAL_TITLE_MAX_LENGTH = 120;
export const GOAL_DESCRIPTION_MAX_LENGTH = 2000;
export const GOAL_UNIT_LABEL_MAX_LENGTH = 12;
export const GOAL_DEPARTMENTS_MAX = 20;
export const GOAL_CHECK_IN_NOTE_MAX_LENGTH = 1000;
export const GOAL_COMMENT_MAX_LENGTH = 1000;
/** Largest absolute value a goal's numbers take (baseline, target, check-in values). */
export const GOAL_VALUE_MAX_ABS = 1e15;
/** Deepest roll-up tree (a KGI at depth 1). */
export const GOAL_DEPTH_MAX = 6;
/** Children's weights under one goal add up to this (percent). */
export const GOAL_WEIGHT_TOTAL = 100;
/** Points of a goal's trend on the board (its latest check-ins). */
export const GOAL_TREND_POINTS = 12;
/** Check-ins shown on a goal page (a weekly goal over a fiscal year has 53 slots). */
export const GOAL_CHECK_INS_MAX = 60;
/** Goals on one board (one period, all departments): beyond it the board says so. */
export const GOAL_BOARD_MAX = 2000;
/** Fiscal years start in April unless configured (FISCAL_YEAR_START_MONTH). */
export const FISCAL_YEAR_START_MONTH_DEFAULT = 4;

export enum GoalKind {
  /** A business outcome (重要目標達成指標). */
  KGI = 'KGI',
  /** A performance indicator that rolls up into a KGI or another KPI. */
  KPI = 'KPI',
}

export enum GoalUnit {
  PERCENT = 'PERCENT',
  /** 件: cases, deals, tickets. */
  CASES = 'CASES',
  YEN = 'YEN',
  /** pt: points, as of NPS or a satisfaction score (may be negative). */
  POINTS = 'POINTS',
  COUNT = 'COUNT',
  /** The goal names its own unit (unitLabel). */
  FREE = 'FREE',
}

/** Units whose values are never negative (a negative one is a BAD_USER_INPUT). */
export const NON_NEGATIVE_GOAL_UNITS: readonly GoalUnit[] = [GoalUnit.CASES, GoalUnit.YEN, GoalUnit.COUNT];

export enum GoalDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
  /** Stay within [rangeLow, rangeHigh]. */
  RANGE = 'RANGE',
}

export enum GoalPeriodKind {
  QUARTER = 'QUARTER',
  FISCAL_YEAR = 'FISCAL_YEAR',
}

export enum GoalCadence {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}

export enum GoalStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ACHIEVED = 'ACHIEVED',
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}

/** 見込み: the owner's call (on track, at risk, off track); the server also suggests one from pace. */
export enum GoalConfidence {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}
