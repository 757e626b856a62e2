// Kept apart from the chart modules so that pages can name these types without loading charts.

export type ChartHeadingLevel = 2 | 3 | 4;

/** One edition (or one week) of a newsletter's reading figures. Rates are 0–1, over the audience. */
export interface RateTrendPoint {
  /** The edition title or the week, as it should read on the chart. */
  label: string;
  /** ISO 8601 date or instant the point stands for (publication, or the week's first day). */
  date: string;
  reach: number;
  readRate: number;
  reactionRate: number;
}

export interface RateTrendChartProps {
  points: readonly RateTrendPoint[];
  /** Whether a point is an edition or a week (names the first column of the data table). */
  granularity?: 'edition' | 'week';
  /** Defaults to "reach, read rate and reaction rate over time". */
  title?: string;
  headingLevel?: ChartHeadingLevel;
  /** Height of the plot in px. */
  height?: number;
}

/** One department of an edition's (or a newsletter's) audience. Rates are 0–1, over `audience`. */
export interface DepartmentBreakdownRow {
  department: string;
  /** People of this department in the audience. */
  audience: number;
  reach: number;
  readRate: number;
}

export interface DepartmentBreakdownChartProps {
  rows: readonly DepartmentBreakdownRow[];
  /** Defaults to "reach and read rate by department". */
  title?: string;
  headingLevel?: ChartHeadingLevel;
  /** Audiences summed over several editions (a person counts once per edition: 延べ人数). */
  cumulative?: boolean;
}
