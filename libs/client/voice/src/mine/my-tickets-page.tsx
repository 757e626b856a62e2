import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, PersonFeedbackRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, PageHeader, useNow, usePageTitle } from '@kakehashi/client-platform';
import { LinkButton } from '../common/link-button';
import { LoadMoreButton, appendById } from '../common/load-more';
import { NEW_TICKET_PATH } from '../common/paths';
import { TicketCard } from '../common/ticket-card';
import { VoiceTabs } from '../common/voice-tabs';
import { MyTicketsQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';
import { useVoiceMessages } from '../i18n/use-voice-messages';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

/** `/voice/mine`: the tickets I filed or added a customer's voice to, newest first. */
export default function MyTicketsPage() {
  useVoiceMessages();
  const { t } = useTranslation(VOICE_NAMESPACE);
  const styles = useStyles();
  const now = useNow();
  usePageTitle(t('mine.title'));
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(MyTicketsQuery, {
    variables: { first: PAGE_SIZE, after: null },
    notifyOnNetworkStatusChange: true,
    // Product's changes show when coming back to the list.
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.myTickets;

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        myTickets: { ...fetchMoreResult.myTickets, nodes: appendById(previous.myTickets.nodes, fetchMoreResult.myTickets.nodes) },
      }),
    }).catch(() => undefined);
  };

  let body;
  if (!connection) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  } else if (connection.nodes.length === 0) {
    body = (
      <EmptyState
        icon={<PersonFeedbackRegular />}
        title={t('mine.emptyTitle')}
        hint={t('mine.emptyHint')}
        action={
          <LinkButton to={NEW_TICKET_PATH} icon={<AddRegular />}>
            {t('mine.file')}
          </LinkButton>
        }
      />
    );
  } else {
    body = (
      <>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        <ul className={styles.list} aria-label={t('mine.listLabel')}>
          {connection.nodes.map((ticket) => (
            <li key={ticket.id}>
              <TicketCard ticket={ticket} now={now} headingLevel={2} />
            </li>
          ))}
        </ul>
        {connection.pageInfo.hasNextPage ? <LoadMoreButton loading={networkStatus === NetworkStatus.fetchMore} onClick={loadMore} /> : null}
      </>
    );
  }

  return (
    <div className={styles.page}>
      <VoiceTabs />
      <PageHeader
        title={t('mine.title')}
        lead={t('mine.lead')}
        actions={
          <LinkButton to={NEW_TICKET_PATH} icon={<AddRegular />}>
            {t('mine.file')}
          </LinkButton>
        }
      />
      {body}
    </div>
  );
}
