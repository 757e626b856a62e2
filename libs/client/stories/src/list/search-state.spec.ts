import {
  activeFilterCount,
  effectiveSort,
  filterInput,
  readSearchState,
  replaceWord,
  withFacetValue,
  withParam,
  withoutFilters,
} from './search-state';

describe('story search state in the address', () => {
  it('reads text, sort and facets, ignoring unknown values', () => {
    const state = readSearchState(
      new URLSearchParams(
        'q=%20解約率%20&sort=MOST_HELPFUL&industry=RETAIL&industry=SPACE&industry=RETAIL&tag=定着&outcomes=1&verification=STALE',
      ),
    );
    expect(state).toEqual({
      search: '解約率',
      sort: 'MOST_HELPFUL',
      industries: ['RETAIL'],
      departmentIds: [],
      products: [],
      tags: ['定着'],
      verification: ['STALE'],
      withOutcomes: true,
    });
    expect(activeFilterCount(state)).toBe(4);
    expect(readSearchState(new URLSearchParams('sort=RANDOM')).sort).toBeNull();
  });

  it('sends only the facets that filter', () => {
    expect(filterInput(readSearchState(new URLSearchParams('q=x')))).toBeNull();
    expect(filterInput(readSearchState(new URLSearchParams('department=d1&product=FormFlow')))).toEqual({
      departmentIds: ['d1'],
      products: ['FormFlow'],
    });
  });

  it('sorts by relevance only when there is search text, unless chosen', () => {
    expect(effectiveSort({ search: '', sort: null })).toBe('NEWEST');
    expect(effectiveSort({ search: '営業', sort: null })).toBe('RELEVANCE');
    expect(effectiveSort({ search: '営業', sort: 'NEWEST' })).toBe('NEWEST');
  });

  it('turns facet values on and off, keeping the rest of the address', () => {
    const start = new URLSearchParams('q=顧客&industry=RETAIL');
    const added = withFacetValue(start, 'industry', 'LOGISTICS', true);
    expect(added.toString()).toBe(new URLSearchParams('q=顧客&industry=RETAIL&industry=LOGISTICS').toString());
    expect(withFacetValue(added, 'industry', 'RETAIL', false).getAll('industry')).toEqual(['LOGISTICS']);
    expect(withFacetValue(added, 'industry', 'RETAIL', true).getAll('industry')).toEqual(['LOGISTICS', 'RETAIL']);
    expect(withParam(start, 'q', '').has('q')).toBe(false);
    expect(withoutFilters(new URLSearchParams('q=a&tag=b&outcomes=1&sort=NEWEST')).toString()).toBe('q=a&sort=NEWEST');
  });

  it('replaces a corrected word in the search text', () => {
    expect(replaceWord('onbording 定着', 'onbording', 'onboarding')).toBe('onboarding 定着');
    expect(replaceWord('定着 Onbording', 'onbording', 'onboarding')).toBe('定着 onboarding');
    expect(replaceWord('something else', 'onbording', 'onboarding')).toBe('onboarding');
  });
});
