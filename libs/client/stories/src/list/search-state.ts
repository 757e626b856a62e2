import type { MyStoriesScope, StoryFilterInput, StoryIndustry, StorySort, StoryVerificationState } from '@kakehashi/client-platform';

/** What the knowledge base shows, all of it kept in the address so that a link or a reload keeps it. */
export interface StorySearchState {
  search: string;
  /** null: the server's default (relevance with search text, newest without). */
  sort: StorySort | null;
  industries: StoryIndustry[];
  departmentIds: string[];
  products: string[];
  tags: string[];
  verification: StoryVerificationState[];
  withOutcomes: boolean;
}

export const PARAM = {
  search: 'q',
  sort: 'sort',
  industry: 'industry',
  department: 'department',
  product: 'product',
  tag: 'tag',
  verification: 'verification',
  withOutcomes: 'outcomes',
  view: 'view',
  scope: 'scope',
} as const;

/** The multi-valued facets, each a repeated parameter (`?industry=RETAIL&industry=LOGISTICS`). */
export type FacetParam =
  typeof PARAM.industry | typeof PARAM.department | typeof PARAM.product | typeof PARAM.tag | typeof PARAM.verification;

export const STORY_SORTS: readonly StorySort[] = ['RELEVANCE', 'NEWEST', 'MOST_HELPFUL'];
export const STORY_INDUSTRIES: readonly StoryIndustry[] = [
  'MANUFACTURING',
  'RETAIL',
  'LOGISTICS',
  'HEALTHCARE',
  'PUBLIC_SECTOR',
  'FINANCE',
  'CONSTRUCTION',
  'IT_SERVICES',
  'OTHER',
];
export const VERIFICATION_STATES: readonly StoryVerificationState[] = ['VERIFIED', 'DUE_SOON', 'STALE'];
export const MY_STORIES_SCOPES: readonly MyStoriesScope[] = ['WRITING', 'REVIEWING', 'OWNED', 'BOOKMARKED'];

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  allowed.find((candidate) => candidate === value) ?? null;

/** Distinct non-empty values, in the order first given (a hand-edited address may repeat one). */
const distinct = (values: readonly string[]): string[] => [...new Set(values.map((value) => value.trim()).filter(Boolean))];

export function readSearchState(params: URLSearchParams): StorySearchState {
  return {
    search: params.get(PARAM.search)?.trim() ?? '',
    sort: oneOf(STORY_SORTS, params.get(PARAM.sort)),
    industries: distinct(params.getAll(PARAM.industry)).flatMap((value) => oneOf(STORY_INDUSTRIES, value) ?? []),
    departmentIds: distinct(params.getAll(PARAM.department)),
    products: distinct(params.getAll(PARAM.product)),
    tags: distinct(params.getAll(PARAM.tag)),
    verification: distinct(params.getAll(PARAM.verification)).flatMap((value) => oneOf(VERIFICATION_STATES, value) ?? []),
    withOutcomes: params.get(PARAM.withOutcomes) === '1',
  };
}

/** The sort the server applies when none is chosen. */
export function effectiveSort(state: Pick<StorySearchState, 'search' | 'sort'>): StorySort {
  return state.sort ?? (state.search ? 'RELEVANCE' : 'NEWEST');
}

/** The filter input, leaving out empty facets (null when nothing filters). */
export function filterInput(state: StorySearchState): StoryFilterInput | null {
  const filter: StoryFilterInput = {};
  if (state.industries.length > 0) filter.industries = state.industries;
  if (state.departmentIds.length > 0) filter.departmentIds = state.departmentIds;
  if (state.products.length > 0) filter.products = state.products;
  if (state.tags.length > 0) filter.tags = state.tags;
  if (state.verification.length > 0) filter.verification = state.verification;
  if (state.withOutcomes) filter.withOutcomes = true;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** How many facet values are chosen (the phone's filter button shows it). */
export function activeFilterCount(state: StorySearchState): number {
  return (
    state.industries.length +
    state.departmentIds.length +
    state.products.length +
    state.tags.length +
    state.verification.length +
    (state.withOutcomes ? 1 : 0)
  );
}

/** The address with one facet value turned on or off (the other parameters kept). */
export function withFacetValue(params: URLSearchParams, name: FacetParam, value: string, on: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(name).filter((existing) => existing !== value);
  next.delete(name);
  for (const existing of on ? [...values, value] : values) next.append(name, existing);
  return next;
}

/** The address with a single parameter set, or removed when empty. */
export function withParam(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

/** The address without any facet (search text, sort and view kept). */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of [PARAM.industry, PARAM.department, PARAM.product, PARAM.tag, PARAM.verification, PARAM.withOutcomes])
    next.delete(name);
  return next;
}

/** The search text with a word the server corrected replaced by one of its suggestions. */
export function replaceWord(search: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const replaced = search.replace(new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, 'iu'), (_, space: string) => `${space}${replacement}`);
  return replaced === search ? replacement : replaced;
}
