import { useQuery } from '@apollo/client/react';
import { NetworkStatus } from '@apollo/client';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PAGE_SIZE_DEFAULT } from '@kakehashi/shared-contracts';
import { EmptyState, ErrorState, LoadingState } from '@kakehashi/client-platform';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { PeopleQuery } from './documents';
import { PersonCard } from './person-card';

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '32px',
    marginBottom: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  more: {
    display: 'flex',
    justifyContent: 'center',
    marginTop: tokens.spacingVerticalXL,
  },
});

/**
 * A paged list of people (`people` with cursor paging, PAGE_SIZE_DEFAULT at a time), with
 * the count, a "load more" button and the empty and error states.
 */
export function PeopleResults({
  search,
  departmentId,
  emptyTitle,
  emptyHint,
  emptyAction,
  headingLevel = 3,
}: {
  search?: string;
  departmentId?: string;
  emptyTitle: string;
  emptyHint?: string;
  emptyAction?: ReactNode;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(PeopleQuery, {
    variables: { search: search || undefined, departmentId: departmentId || undefined, first: PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
  });
  // While a new search runs, keep showing the previous results.
  const connection = (data ?? previousData)?.people;
  const searching = networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return <LoadingState />;

  const people = connection.edges.map((edge) => edge.node);
  const loadMore = () => {
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };

  return (
    <>
      <div className={styles.summary}>
        <Text role="status" aria-live="polite">
          {searching ? t('people.searching') : t('people.showing', { shown: people.length, total: connection.totalCount })}
        </Text>
        {searching ? <Spinner size="extra-tiny" aria-hidden="true" /> : null}
      </div>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {people.length === 0 && !searching ? (
        <EmptyState title={emptyTitle} hint={emptyHint} action={emptyAction} />
      ) : (
        <ul className={styles.list} aria-busy={searching}>
          {people.map((person) => (
            <li key={person.id}>
              <PersonCard person={person} headingLevel={headingLevel} />
            </li>
          ))}
        </ul>
      )}
      {connection.pageInfo.hasNextPage ? (
        <div className={styles.more}>
          <Button
            appearance="secondary"
            disabledFocusable={loadingMore}
            icon={loadingMore ? <Spinner size="tiny" /> : undefined}
            onClick={loadMore}
          >
            {loadingMore ? t('people.loadingMore') : t('people.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
