import { useCallback, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { NewsRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_DEFAULT, Role } from '@kakehashi/shared-contracts';
import {
  AppLink,
  departmentName,
  EmptyState,
  errorMessageKey,
  ErrorState,
  LoadingState,
  PageHeader,
  useAuth,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { LoadMoreButton, appendEdges } from '../common/load-more';
import { newsletterDescription, newsletterName } from '../common/names';
import { newsletterPath } from '../common/paths';
import { NewsletterPreferencesQuery, NewslettersQuery, UpdateNewsletterPreferencesMutation } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { CreateNewsletterDialog } from './create-newsletter-dialog';
import { FollowButton } from './follow-button';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    height: '100%',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  description: { flexGrow: 1 },
  footer: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  preferences: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  error: { marginBottom: tokens.spacingVerticalM },
});

/** Every newsletter, to follow or unfollow, and my weekly digest setting. */
export default function NewslettersPage() {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const { me } = useAuth();
  usePageTitle(t('newsletter.listTitle'));
  const [actionError, setActionError] = useState<string | null>(null);
  const onError = useCallback((error: unknown) => setActionError(common(errorMessageKey(error))), [common]);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(NewslettersQuery, {
    variables: { first: PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.newsletters;
  const mayCreate = Boolean(me?.roles.some((role) => role === Role.HUB_EDITOR || role === Role.HUB_ADMIN));

  return (
    <>
      <PageHeader
        title={t('newsletter.listTitle')}
        lead={t('newsletter.listLead')}
        actions={mayCreate ? <CreateNewsletterDialog onCreated={() => void refetch()} /> : null}
      />
      <DigestPreference />
      {actionError ? (
        <MessageBar intent="error" className={styles.error}>
          <MessageBarBody>{actionError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!connection ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )
      ) : connection.edges.length === 0 ? (
        <EmptyState icon={<NewsRegular />} title={t('newsletter.emptyTitle')} hint={t('newsletter.emptyHint')} />
      ) : (
        <ul className={styles.list} aria-label={t('newsletter.listTitle')}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <div className={styles.card}>
                <h2 className={styles.title}>
                  <AppLink to={newsletterPath(node.id)}>{newsletterName(node, locale)}</AppLink>
                </h2>
                <Text size={200} className={styles.muted}>
                  {[departmentName(node.department, locale), t(`newsletter.cadences.${node.cadence}`)].join(t('card.separator'))}
                </Text>
                <Text className={styles.description}>{newsletterDescription(node, locale)}</Text>
                <div className={styles.footer}>
                  {node.companyWide ? (
                    <Text size={200} className={styles.muted}>
                      {t('newsletter.companyWide')}
                    </Text>
                  ) : (
                    <span />
                  )}
                  <FollowButton newsletterId={node.id} followed={node.followed} onError={onError} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <LoadMoreButton
          loading={networkStatus === NetworkStatus.fetchMore}
          onClick={() =>
            void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...previous,
                newsletters: appendEdges(previous.newsletters, fetchMoreResult.newsletters),
              }),
            }).catch(() => undefined)
          }
        />
      ) : null}
    </>
  );
}

/** The weekly digest opt-out (DESIGN: preferences respected, digests capped). */
function DigestPreference() {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const { data, error } = useQuery(NewsletterPreferencesQuery);
  const [update] = useMutation(UpdateNewsletterPreferencesMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const weeklyDigest = data?.newsletterPreferences.weeklyDigest;
  return (
    <section className={styles.preferences} aria-labelledby="digest-heading">
      <h2 id="digest-heading" className={styles.heading}>
        {t('preferences.title')}
      </h2>
      {weeklyDigest === undefined ? (
        error ? (
          <Text className={styles.muted}>{common(errorMessageKey(error))}</Text>
        ) : (
          <Text className={styles.muted}>{common('states.loading')}</Text>
        )
      ) : (
        <Switch
          checked={weeklyDigest}
          label={t('preferences.weeklyDigest')}
          onChange={(_, { checked }) => {
            setFailure(null);
            update({
              variables: { weeklyDigest: checked },
              optimisticResponse: { updateNewsletterPreferences: { __typename: 'NewsletterPreferences', weeklyDigest: checked } },
              update: (cache, { data: result }) => {
                if (result)
                  cache.writeQuery({
                    query: NewsletterPreferencesQuery,
                    data: { newsletterPreferences: result.updateNewsletterPreferences },
                  });
              },
            }).catch((problem: unknown) => setFailure(common(errorMessageKey(problem))));
          }}
        />
      )}
      <Text size={200} className={styles.muted}>
        {t('preferences.weeklyDigestHint')}
      </Text>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
