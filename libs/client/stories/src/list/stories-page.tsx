import { useEffect, useRef, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  Link,
  OverlayDrawer,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DismissRegular, FilterRegular, LightbulbRegular, SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_DEFAULT, STORY_SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  type MyStoriesScope,
  PageHeader,
  useMediaQuery,
  usePageTitle,
} from '@kakehashi/client-platform';
import { LinkButton } from '../common/link-button';
import { LoadMoreButton, appendByCursor } from '../common/load-more';
import { NEW_STORY_PATH } from '../common/paths';
import { StoryCard } from '../common/story-card';
import { MyStoriesQuery, StoriesSearchQuery } from '../graphql/documents';
import { STORIES_NAMESPACE } from '../i18n';
import { FacetPanel } from './facet-panel';
import { useAddressParams } from './use-address-params';
import {
  MY_STORIES_SCOPES,
  PARAM,
  STORY_SORTS,
  activeFilterCount,
  effectiveSort,
  filterInput,
  readSearchState,
  replaceWord,
  withFacetValue,
  withParam,
  withoutFilters,
  type FacetParam,
} from './search-state';
import { useStoriesMessages } from '../i18n/use-stories-messages';

const NARROW = '(max-width: 767px)';
const SEARCH_DEBOUNCE_MS = 300;

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalL, flexWrap: 'wrap' },
  toolbar: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalL,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalL,
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr) auto' },
  },
  toolbarEnd: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  layout: {
    display: 'grid',
    gridTemplateColumns: '240px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  aside: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    minHeight: '24px',
  },
  corrections: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  scopeHint: { color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalM },
  drawerFooter: { justifyContent: 'flex-end' },
});

type View = 'search' | 'mine';

/** The knowledge base: search with facets, and the stories I write, review, own or bookmarked. */
export default function StoriesPage() {
  useStoriesMessages();
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  usePageTitle(t('list.title'));
  const [params, setParams] = useAddressParams();
  const view: View = params.get(PARAM.view) === 'mine' ? 'mine' : 'search';

  return (
    <>
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          <LinkButton to={NEW_STORY_PATH} icon={<AddRegular />}>
            {t('list.write')}
          </LinkButton>
        }
      />
      <TabList
        className={styles.tabs}
        aria-label={t('list.tabsLabel')}
        selectedValue={view}
        onTabSelect={(_, data) => setParams((current) => withParam(current, PARAM.view, data.value === 'mine' ? 'mine' : null))}
      >
        <Tab value="search">{t('list.tabs.search')}</Tab>
        <Tab value="mine">{t('list.tabs.mine')}</Tab>
      </TabList>
      {view === 'mine' ? <MyStories /> : <SearchView />}
    </>
  );
}

function SearchView() {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  const narrow = useMediaQuery(NARROW);
  const [params, setParams] = useAddressParams();
  const state = readSearchState(params);
  const [drawerOpen, setDrawerOpen] = useState(false);

  // The box follows typing at once; the address (and the query) once typing pauses. A change of
  // address from elsewhere (back, a link, "did you mean") puts its text in the box.
  const [text, setText] = useState(state.search);
  const [searchSeen, setSearchSeen] = useState(state.search);
  if (searchSeen !== state.search) {
    setSearchSeen(state.search);
    setText(state.search);
  }
  const typingTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(typingTimer.current), []);
  const onSearchChange = (value: string) => {
    setText(value);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(() => {
      setParams((current) => withParam(current, PARAM.search, value.trim()), { replace: true });
    }, SEARCH_DEBOUNCE_MS);
  };
  const searchNow = (value: string) => {
    window.clearTimeout(typingTimer.current);
    setText(value);
    setParams((current) => withParam(current, PARAM.search, value.trim()));
  };

  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(StoriesSearchQuery, {
    variables: {
      search: state.search || null,
      filter: filterInput(state),
      sort: state.sort,
      first: PAGE_SIZE_DEFAULT,
    },
    notifyOnNetworkStatusChange: true,
    // Helpful counts and new stories show when coming back to the list.
    fetchPolicy: 'cache-and-network',
  });
  // The previous results stay on screen (dimmed by nothing, announced as searching) while new ones load.
  const result = (data ?? previousData)?.stories;
  const searching = networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filters = activeFilterCount(state);

  const toggle = (name: FacetParam, value: string, on: boolean) => setParams((current) => withFacetValue(current, name, value, on));
  const setWithOutcomes = (on: boolean) => setParams((current) => withParam(current, PARAM.withOutcomes, on ? '1' : null));
  const clearFilters = () => setParams((current) => withoutFilters(current));
  const clearAll = () => {
    window.clearTimeout(typingTimer.current);
    setText('');
    setParams(() => new URLSearchParams());
  };

  const panel = (
    <FacetPanel
      facets={result?.facets}
      state={state}
      onToggle={toggle}
      onWithOutcomes={setWithOutcomes}
      onClear={clearFilters}
      headingLevel={narrow ? 3 : 2}
    />
  );

  const loadMore = () => {
    if (!result) return;
    void fetchMore({
      variables: { after: result.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        stories: {
          ...fetchMoreResult.stories,
          hits: appendByCursor(previous.stories.hits, fetchMoreResult.stories.hits),
        },
      }),
    }).catch(() => undefined);
  };

  let body;
  if (!result) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  } else if (result.totalCount === 0 && result.hits.length === 0) {
    body =
      state.search || filters > 0 ? (
        <EmptyState
          title={t('list.emptyTitle')}
          hint={t('list.emptyHint')}
          action={
            <Button appearance="secondary" onClick={clearAll}>
              {t('list.clearAll')}
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<LightbulbRegular />}
          title={t('list.noStoriesTitle')}
          hint={t('list.noStoriesHint')}
          action={<LinkButton to={NEW_STORY_PATH}>{t('list.write')}</LinkButton>}
        />
      );
  } else {
    body = (
      <>
        <ul className={styles.list} aria-label={t('list.resultsLabel')} aria-busy={searching}>
          {result.hits.map((hit) => (
            <li key={hit.story.id}>
              <StoryCard story={hit.story} titleSegments={hit.titleHighlight} snippet={hit.snippet} />
            </li>
          ))}
        </ul>
        {result.pageInfo.hasNextPage ? <LoadMoreButton loading={loadingMore} onClick={loadMore} /> : null}
      </>
    );
  }

  return (
    <>
      <div role="search" className={styles.toolbar}>
        <Field label={t('list.searchLabel')}>
          <Input
            type="search"
            value={text}
            maxLength={STORY_SEARCH_TEXT_MAX_LENGTH}
            placeholder={t('list.searchPlaceholder')}
            contentBefore={<SearchRegular />}
            autoComplete="off"
            onChange={(_, value) => onSearchChange(value.value)}
            onKeyDown={(event) => {
              // Enter searches at once; an IME conversion's Enter only confirms the text.
              if (event.key === 'Enter' && !event.nativeEvent.isComposing) searchNow(text);
            }}
          />
        </Field>
        <div className={styles.toolbarEnd}>
          <Field label={t('list.sortLabel')}>
            <Select
              value={effectiveSort(state)}
              onChange={(_, value) => setParams((current) => withParam(current, PARAM.sort, value.value))}
            >
              {STORY_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`list.sort.${sort}`)}
                </option>
              ))}
            </Select>
          </Field>
          {narrow ? (
            <Button icon={<FilterRegular />} aria-expanded={drawerOpen} onClick={() => setDrawerOpen(true)}>
              {filters > 0 ? t('facets.openWithCount', { count: filters }) : t('facets.open')}
            </Button>
          ) : null}
        </div>
      </div>
      <div className={styles.layout}>
        {narrow ? (
          <OverlayDrawer
            open={drawerOpen}
            position="end"
            onOpenChange={(_, data) => setDrawerOpen(data.open)}
            aria-label={t('facets.title')}
          >
            <DrawerHeader>
              <DrawerHeaderTitle
                action={
                  <Button
                    appearance="subtle"
                    aria-label={t('facets.close')}
                    icon={<DismissRegular />}
                    onClick={() => setDrawerOpen(false)}
                  />
                }
              >
                {t('facets.title')}
              </DrawerHeaderTitle>
            </DrawerHeader>
            <DrawerBody>{panel}</DrawerBody>
            <DrawerFooter className={styles.drawerFooter}>
              <Button appearance="primary" onClick={() => setDrawerOpen(false)}>
                {t('facets.showResults')}
              </Button>
            </DrawerFooter>
          </OverlayDrawer>
        ) : (
          <aside className={styles.aside} aria-label={t('facets.title')}>
            {panel}
          </aside>
        )}
        <div className={styles.results}>
          {result ? (
            <div className={styles.summary}>
              <Text role="status" weight="semibold">
                {searching ? t('list.searching') : t('list.total', { count: result.totalCount })}
              </Text>
              {searching ? <Spinner size="extra-tiny" aria-hidden="true" /> : null}
            </div>
          ) : null}
          {result && result.corrections.length > 0 ? (
            <Corrections corrections={result.corrections} onSearch={searchNow} search={state.search} />
          ) : null}
          {error && result ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {body}
        </div>
      </div>
    </>
  );
}

/** "もしかして：onboarding": the similar words the server searched instead, each one click away. */
function Corrections({
  corrections,
  search,
  onSearch,
}: {
  corrections: readonly { word: string; similar: readonly string[] }[];
  search: string;
  onSearch: (text: string) => void;
}) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  return (
    <div className={styles.corrections}>
      {corrections.map((correction) => (
        <Text key={correction.word} as="p">
          <Text weight="semibold">{t('list.didYouMean')}</Text>{' '}
          {correction.similar.map((word, index) => (
            <span key={word}>
              {index > 0 ? t('common.listSeparator') : null}
              <Link
                aria-label={t('list.searchFor', { word: replaceWord(search, correction.word, word) })}
                onClick={() => onSearch(replaceWord(search, correction.word, word))}
              >
                {word}
              </Link>
            </span>
          ))}
          <Text size={200} block>
            {t('list.correctionNote', { word: correction.word })}
          </Text>
        </Text>
      ))}
    </div>
  );
}

function MyStories() {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  const [params, setParams] = useAddressParams();
  const scope: MyStoriesScope = MY_STORIES_SCOPES.find((value) => value === params.get(PARAM.scope)) ?? 'WRITING';
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(MyStoriesQuery, {
    variables: { scope, first: PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.myStories;

  let body;
  if (!connection) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  } else if (connection.edges.length === 0) {
    body = <EmptyState title={t(`mine.empty.${scope}`)} />;
  } else {
    body = (
      <>
        <ul className={styles.list} aria-label={t(`mine.scopes.${scope}`)}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <StoryCard story={node} />
            </li>
          ))}
        </ul>
        {connection.pageInfo.hasNextPage ? (
          <LoadMoreButton
            loading={networkStatus === NetworkStatus.fetchMore}
            onClick={() =>
              void fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...previous,
                  myStories: {
                    ...fetchMoreResult.myStories,
                    edges: appendByCursor(previous.myStories.edges, fetchMoreResult.myStories.edges),
                  },
                }),
              }).catch(() => undefined)
            }
          />
        ) : null}
      </>
    );
  }

  return (
    <section aria-label={t('mine.title')}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t('mine.scopesLabel')}
        selectedValue={scope}
        onTabSelect={(_, data) =>
          setParams((current) => withParam(current, PARAM.scope, data.value === 'WRITING' ? null : String(data.value)), { replace: true })
        }
      >
        {MY_STORIES_SCOPES.map((value) => (
          <Tab key={value} value={value}>
            {t(`mine.scopes.${value}`)}
          </Tab>
        ))}
      </TabList>
      <Text as="p" size={200} className={styles.scopeHint}>
        {t(`mine.hints.${scope}`)}
      </Text>
      {body}
    </section>
  );
}
