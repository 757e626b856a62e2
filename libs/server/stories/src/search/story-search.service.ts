import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BadUserInputError,
  cleanSearchText,
  decodeCursor,
  encodeCursor,
  highlight,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  pageSize,
  type SearchTerms,
  searchTerms,
  snippet,
  toTsQuery,
  type Viewer,
} from '@kakehashi/server-platform';
import { STORY_FACET_VALUES_MAX, STORY_SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { StoryIndustry, StorySort, StoryVerificationState } from '../common/enums';
import { type LoadedStory, StoryService } from '../stories/story.service';
import { VERIFICATION_STATE_SQL } from '../stories/story.sql';
import type { StoriesArgs, StoryFilterInput } from './dto/stories.args';
import type { StoryFacets, StorySearchResult } from './story-search.model';
import { StoryLexicon } from './story-lexicon';
import { StorySearchCache } from './story-search-cache';

/** The filters, as the statement's parameters: an empty list (or null) does not filter. */
const FILTERS = {
  industry: `(cardinality($2::text[]) = 0 OR f.industry = ANY($2::text[]))`,
  department: `(cardinality($3::uuid[]) = 0 OR f.department_ids && $3::uuid[])`,
  product: `(cardinality($4::text[]) = 0 OR f.products && $4::text[])`,
  tag: `(cardinality($5::text[]) = 0 OR f.tags && $5::text[])`,
  outcomes: `($6::boolean IS NULL OR f.has_outcomes = $6::boolean)`,
  verification: `(cardinality($7::text[]) = 0 OR f.verification = ANY($7::text[]))`,
} as const;
type FilterName = keyof typeof FILTERS;

/** Every filter but the ones named: a facet counts with the others applied, not its own. */
function filtersExcept(...names: FilterName[]): string {
  return (Object.keys(FILTERS) as FilterName[])
    .filter((name) => !names.includes(name))
    .map((name) => FILTERS[name])
    .join(' AND ');
}

/** Sort keys: the ORDER BY, the keyset comparison (from $10) and the cursor's values of a page row. */
const SORTS: Record<StorySort, { orderBy: string; keyset: string; cursor: (row: PageRow) => (string | number)[] }> = {
  // Title, customer, product and tag matches first; among equals, what helped most people.
  [StorySort.RELEVANCE]: {
    orderBy: 'f.relevance DESC, f.helpful_count DESC, f.id DESC',
    keyset: '(f.relevance, f.helpful_count, f.id) < ($10::real, $11::int, $12::uuid)',
    cursor: (row) => [row.relevance ?? 0, row.helpful_count, row.id],
  },
  [StorySort.NEWEST]: {
    orderBy: 'f.published_at DESC, f.id DESC',
    keyset: '(f.published_at, f.id) < ($10::timestamptz, $11::uuid)',
    cursor: (row) => [row.published_at, row.id],
  },
  [StorySort.MOST_HELPFUL]: {
    orderBy: 'f.helpful_count DESC, f.id DESC',
    keyset: '(f.helpful_count, f.id) < ($10::int, $11::uuid)',
    cursor: (row) => [row.helpful_count, row.id],
  },
};

interface PageRow {
  id: string;
  relevance: number | null;
  published_at: string;
  helpful_count: number;
}

/** What one search found, before the viewer's own view of the stories. */
interface FoundPage {
  row: SearchRow | undefined;
  similar: Map<string, string[]>;
}

interface SearchRow {
  page: PageRow[] | null;
  total: number;
  industries: { value: string; count: number }[] | null;
  departments: { value: string; count: number }[] | null;
  products: { value: string; count: number }[] | null;
  tags: { value: string; count: number }[] | null;
  with_outcomes: number;
  verification: { value: string; count: number }[] | null;
}

/** Facet values of an array column, most frequent first. */
const arrayFacet = (column: string, own: FilterName): string =>
  `(SELECT json_agg(x) FROM (SELECT v AS value, count(*)::int AS count FROM found f, unnest(f.${column}) AS v
     WHERE ${filtersExcept(own)} GROUP BY v ORDER BY count(*) DESC, v LIMIT ${STORY_FACET_VALUES_MAX}) x)`;

@Injectable()
export class StorySearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stories: StoryService,
    private readonly lexicon: StoryLexicon,
    private readonly cache: StorySearchCache,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  /**
   * Published stories matching the search text and filters, a page of them with highlights,
   * the total and the facets. Statements: one for similar words (only when the text has
   * English words of four letters or more), one for the page, total and facets together,
   * one for the page's stories. Matching reads the GIN index only; ranking reads each
   * match's small rank vector (titles, customer, products, tags, outcome labels).
   */
  async search(viewer: Viewer, args: StoriesArgs): Promise<StorySearchResult> {
    const size = pageSize(args.first);
    const text = cleanSearchText(args.search, STORY_SEARCH_TEXT_MAX_LENGTH);
    const terms = searchTerms(text ?? '');
    const searching = text !== null;
    const sort = args.sort ?? (searching ? StorySort.RELEVANCE : StorySort.NEWEST);
    if (sort === StorySort.RELEVANCE && !searching) throw BadUserInputError.field('sort', 'RELEVANCE needs search text');
    const key = JSON.stringify([terms, searching, filterParams(args.filter), sort, size, args.after ?? null]);
    const { row, similar } = (await this.cache.get(key, () => this.find(terms, searching, args, sort, size))) as FoundPage;
    const order = SORTS[sort];
    const pageRows = row?.page ?? [];
    const shown = pageRows.slice(0, size);
    const stories = new Map(
      (
        await this.stories.byIds(
          viewer,
          shown.map((page) => page.id),
        )
      ).map((story) => [story.id, story]),
    );
    const hits = shown.flatMap((page) => {
      const story = stories.get(page.id);
      if (!story) return [];
      return [
        {
          cursor: encodeCursor(order.cursor(page)),
          story,
          titleHighlight: highlight(story.title, terms, similar),
          snippet: snippet(snippetTexts(story), terms, similar),
          relevance: searching ? page.relevance : null,
        },
      ];
    });
    return {
      hits,
      pageInfo: { hasNextPage: pageRows.length > size, endCursor: hits.at(-1)?.cursor ?? null },
      totalCount: row?.total ?? 0,
      facets: await this.facets(row),
      corrections: [...similar].map(([word, words]) => ({ word, similar: words })),
    };
  }

  /** The similar words, then the page's ids, the total and the facets: what the cache keeps. */
  private async find(terms: SearchTerms, searching: boolean, args: StoriesArgs, sort: StorySort, size: number): Promise<FoundPage> {
    const similar = await this.lexicon.similarWords(terms);
    const query = toTsQuery(terms, similar);
    const rankQuery = toTsQuery(terms, similar, '|');
    // Text with no letters at all ("!!!", an emoji) finds nothing rather than everything.
    if (searching && query === null) return { row: undefined, similar };
    const order = SORTS[sort];
    const params: unknown[] = [query, ...filterParams(args.filter), size + 1, rankQuery];
    let keyset = '';
    if (args.after) {
      params.push(...decodeCursor(args.after, sort === StorySort.RELEVANCE ? 3 : 2));
      keyset = `AND ${order.keyset}`;
    }
    const [row] = await this.dataSource.query<SearchRow[]>(
      `WITH found AS MATERIALIZED (
         SELECT s.id, s.industry, s.department_ids, s.products, s.tags, s.has_outcomes, s.published_at, s.helpful_count,
           ${VERIFICATION_STATE_SQL} AS verification,
           ${searching ? 'CASE WHEN s.rank_vector @@ $9::tsquery THEN ts_rank(s.rank_vector, $9::tsquery) ELSE 0 END' : 'coalesce($1::text, $9::text)::real'} AS relevance
         FROM stories s
         WHERE s.status = 'PUBLISHED' ${searching ? 'AND s.search_vector @@ $1::tsquery' : ''}
       )
       SELECT
         (SELECT json_agg(p) FROM (SELECT f.id, f.relevance, f.published_at, f.helpful_count FROM found f
            WHERE ${filtersExcept()} ${keyset} ORDER BY ${order.orderBy} LIMIT $8) p) AS page,
         (SELECT count(*)::int FROM found f WHERE ${filtersExcept()}) AS total,
         (SELECT json_agg(x) FROM (SELECT f.industry AS value, count(*)::int AS count FROM found f
            WHERE f.industry IS NOT NULL AND ${filtersExcept('industry')} GROUP BY f.industry ORDER BY count(*) DESC, f.industry) x) AS industries,
         ${arrayFacet('department_ids', 'department')} AS departments,
         ${arrayFacet('products', 'product')} AS products,
         ${arrayFacet('tags', 'tag')} AS tags,
         (SELECT count(*)::int FROM found f WHERE f.has_outcomes AND ${filtersExcept('outcomes')}) AS with_outcomes,
         (SELECT json_agg(x) FROM (SELECT f.verification AS value, count(*)::int AS count FROM found f
            WHERE f.verification IS NOT NULL AND ${filtersExcept('verification')} GROUP BY f.verification ORDER BY f.verification) x) AS verification`,
      params,
    );
    return { row, similar };
  }

  private async facets(row: SearchRow | undefined): Promise<StoryFacets> {
    const departments = new Map((await this.directory.departments()).map((department) => [department.id, department]));
    return {
      industries: (row?.industries ?? []).map((facet) => ({ value: facet.value as StoryIndustry, count: facet.count })),
      departments: (row?.departments ?? []).flatMap((facet) => {
        const department = departments.get(facet.value);
        return department ? [{ department, count: facet.count }] : [];
      }),
      products: row?.products ?? [],
      tags: row?.tags ?? [],
      withOutcomes: row?.with_outcomes ?? 0,
      verification: (row?.verification ?? []).map((facet) => ({ value: facet.value as StoryVerificationState, count: facet.count })),
    };
  }
}

function filterParams(filter: StoryFilterInput | null | undefined): unknown[] {
  return [
    filter?.industries ?? [],
    (filter?.departmentIds ?? []).map((id) => id.toLowerCase()),
    filter?.products ?? [],
    filter?.tags ?? [],
    filter?.withOutcomes ?? null,
    filter?.verification ?? [],
  ];
}

/** Where a snippet may come from, in order: the sections, the quote, the customer. */
function snippetTexts(story: LoadedStory): string[] {
  return [story.challengeText, story.solutionText, story.resultText, story.quote?.text ?? '', story.customer.accountName];
}
