import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MessageBar, MessageBarBody, Tab, TabList, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_DEFAULT } from '@kakehashi/shared-contracts';
import {
  AppLink,
  departmentName,
  type EditionStatus,
  EmptyState,
  errorMessageKey,
  ErrorState,
  isNotFound,
  LoadingState,
  PageHeader,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { EditionCard } from '../common/edition-card';
import { LoadMoreButton, appendEdges } from '../common/load-more';
import { newsletterDescription, newsletterName } from '../common/names';
import { NEWSLETTERS_PATH, newEditionPath, newsletterAnalyticsPath } from '../common/paths';
import { useNow } from '../common/use-now';
import { NewsletterEditionsQuery, NewsletterQuery } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { FollowButton } from './follow-button';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
  error: { marginBottom: tokens.spacingVerticalM },
});

const EDITOR_STATUSES: readonly EditionStatus[] = ['PUBLISHED', 'SCHEDULED', 'DRAFT', 'ARCHIVED'];

export default function NewsletterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const { data, error, loading, refetch } = useQuery(NewsletterQuery, { variables: { id } });
  const newsletter = data?.newsletter;
  usePageTitle(newsletter ? newsletterName(newsletter, locale) : error && isNotFound(error) ? t('newsletter.notFoundTitle') : null);
  const [status, setStatus] = useState<EditionStatus>('PUBLISHED');
  const [actionError, setActionError] = useState<string | null>(null);
  const onError = useCallback((failure: unknown) => setActionError(common(errorMessageKey(failure))), [common]);

  if (!newsletter) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('newsletter.notFoundTitle')}</Title1>
        <EmptyState hint={t('newsletter.notFoundHint')} action={<AppLink to={NEWSLETTERS_PATH}>{t('newsletter.backToList')}</AppLink>} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={newsletterName(newsletter, locale)}
        eyebrow={
          <Text size={200} className={styles.muted}>
            {[departmentName(newsletter.department, locale), t(`newsletter.cadences.${newsletter.cadence}`)].join(t('card.separator'))}
          </Text>
        }
        lead={newsletterDescription(newsletter, locale)}
        actions={
          <>
            {newsletter.canEdit ? <AppLink to={newEditionPath(newsletter.id)}>{t('newsletter.newEdition')}</AppLink> : null}
            {newsletter.canEdit ? <AppLink to={newsletterAnalyticsPath(newsletter.id)}>{t('newsletter.analytics')}</AppLink> : null}
            <FollowButton newsletterId={newsletter.id} followed={newsletter.followed} onError={onError} />
          </>
        }
      />
      {actionError ? (
        <MessageBar intent="error" className={styles.error}>
          <MessageBarBody>{actionError}</MessageBarBody>
        </MessageBar>
      ) : null}
      <section className={styles.section} aria-labelledby="editions-heading">
        <h2 id="editions-heading" className={styles.heading}>
          {t('newsletter.editions')}
        </h2>
        {newsletter.canEdit ? (
          <TabList
            selectedValue={status}
            onTabSelect={(_, tab) => setStatus(EDITOR_STATUSES.find((value) => value === tab.value) ?? 'PUBLISHED')}
          >
            {EDITOR_STATUSES.map((value) => (
              <Tab key={value} value={value}>
                {t(`edition.statusTabs.${value}`)}
              </Tab>
            ))}
          </TabList>
        ) : null}
        <EditionList newsletterId={newsletter.id} status={status} />
      </section>
    </>
  );
}

function EditionList({ newsletterId, status }: { newsletterId: string; status: EditionStatus }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const styles = useStyles();
  const now = useNow();
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(NewsletterEditionsQuery, {
    variables: { id: newsletterId, status, first: PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.newsletter.editions;
  if (!connection) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  return (
    <>
      {connection.edges.length === 0 ? (
        <EmptyState
          title={t(`newsletter.emptyStatus.${status}`)}
          hint={status === 'PUBLISHED' ? t('newsletter.noEditionsHint') : undefined}
        />
      ) : (
        <ul className={styles.list}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <EditionCard edition={node} headingLevel={3} showNewsletter={false} now={now} />
            </li>
          ))}
        </ul>
      )}
      {connection.pageInfo.hasNextPage ? (
        <LoadMoreButton
          loading={networkStatus === NetworkStatus.fetchMore}
          onClick={() =>
            void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...previous,
                newsletter: {
                  ...previous.newsletter,
                  editions: appendEdges(previous.newsletter.editions, fetchMoreResult.newsletter.editions),
                },
              }),
            }).catch(() => undefined)
          }
        />
      ) : null}
    </>
  );
}
