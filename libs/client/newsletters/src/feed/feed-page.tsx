import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, NewsRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_DEFAULT } from '@kakehashi/shared-contracts';
import { AppLink, EmptyState, ErrorState, LoadingState, PageHeader, useFlagParam, usePageTitle } from '@kakehashi/client-platform';
import { EditionCard } from '../common/edition-card';
import { LoadMoreButton, appendEdges } from '../common/load-more';
import { NEWSLETTERS_PATH } from '../common/paths';
import { useNow } from '../common/use-now';
import { FeedQuery } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
  },
});

const FILTER_PARAM = 'filter';
const UNREAD = 'unread';

/** The home feed: editions addressed to me, pinned first, newest first; all or only the unread ones. */
export default function FeedPage() {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const styles = useStyles();
  const now = useNow();
  usePageTitle(t('feed.title'));
  const [unreadOnly, setUnreadOnly] = useFlagParam(FILTER_PARAM, UNREAD);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(FeedQuery, {
    variables: { first: PAGE_SIZE_DEFAULT, unreadOnly },
    notifyOnNetworkStatusChange: true,
    // Coming back to the feed shows what was read meanwhile without waiting.
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.feed;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const header = (
    <PageHeader
      title={t('feed.title')}
      lead={t('feed.lead')}
      actions={<AppLink to={NEWSLETTERS_PATH}>{t('feed.findNewsletters')}</AppLink>}
    />
  );
  const toolbar = (
    <div className={styles.toolbar}>
      <Switch checked={unreadOnly} label={t('feed.unreadOnly')} onChange={(_, state) => setUnreadOnly(state.checked)} />
    </div>
  );
  if (!connection) {
    return (
      <>
        {header}
        {toolbar}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </>
    );
  }

  const loadMore = () => {
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, feed: appendEdges(previous.feed, fetchMoreResult.feed) }),
    }).catch(() => undefined);
  };

  return (
    <>
      {header}
      {toolbar}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {connection.edges.length === 0 && unreadOnly ? (
        <EmptyState
          icon={<CheckmarkCircleRegular />}
          title={t('feed.allReadTitle')}
          hint={t('feed.allReadHint')}
          action={
            <Button appearance="secondary" onClick={() => setUnreadOnly(false)}>
              {t('feed.showAll')}
            </Button>
          }
        />
      ) : connection.edges.length === 0 ? (
        <EmptyState
          icon={<NewsRegular />}
          title={t('feed.emptyTitle')}
          hint={t('feed.emptyHint')}
          action={<AppLink to={NEWSLETTERS_PATH}>{t('feed.findNewsletters')}</AppLink>}
        />
      ) : (
        <ul className={styles.list} aria-label={t('feed.listLabel')}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <EditionCard edition={node} now={now} />
            </li>
          ))}
        </ul>
      )}
      {connection.pageInfo.hasNextPage ? <LoadMoreButton loading={loadingMore} onClick={loadMore} /> : null}
    </>
  );
}
