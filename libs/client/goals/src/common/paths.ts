/** Addresses of the goals pages (the router mounts them under /goals). */
export const GOALS_PATH = '/goals';
export const MY_GOALS_PATH = '/goals/mine';
export const NEW_GOAL_PATH = '/goals/new';
export const goalPath = (id: string): string => `/goals/${id}`;
export const goalEditPath = (id: string): string => `/goals/${id}/edit`;
export const snapshotPath = (id: string): string => `/goals/snapshots/${id}`;
/** Profiles and team pages live in the directory's pages. */
export const personPath = (id: string): string => `/people/${id}`;
export const teamPath = (id: string): string => `/teams/${id}`;

/** The board's filters as they are kept in the address (?fy=2026&q=3&department=…&team=…). */
export interface BoardFilters {
  fiscalYear: number | null;
  quarter: number | null;
  departmentId: string | null;
  teamId: string | null;
}

export const BOARD_PARAM = { fiscalYear: 'fy', quarter: 'q', department: 'department', team: 'team' } as const;

// The api takes UUIDs only: a mangled ?team= shows the whole board instead of an error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function integerIn(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d{1,4}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

function uuidOrNull(value: string | null): string | null {
  return value !== null && UUID.test(value) ? value.toLowerCase() : null;
}

export function boardFiltersOf(params: URLSearchParams): BoardFilters {
  return {
    fiscalYear: integerIn(params.get(BOARD_PARAM.fiscalYear), 2000, 2999),
    quarter: integerIn(params.get(BOARD_PARAM.quarter), 1, 4),
    departmentId: params.get(BOARD_PARAM.department) || null,
    teamId: uuidOrNull(params.get(BOARD_PARAM.team)),
  };
}

/** The query string of a board address (only what is set). */
export function boardSearch(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.fiscalYear !== null) params.set(BOARD_PARAM.fiscalYear, String(filters.fiscalYear));
  if (filters.quarter !== null) params.set(BOARD_PARAM.quarter, String(filters.quarter));
  if (filters.departmentId) params.set(BOARD_PARAM.department, filters.departmentId);
  if (filters.teamId) params.set(BOARD_PARAM.team, filters.teamId);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const boardPath = (filters: BoardFilters): string => `${GOALS_PATH}${boardSearch(filters)}`;
export const boardPrintPath = (filters: BoardFilters): string => `${GOALS_PATH}/board/print${boardSearch(filters)}`;
