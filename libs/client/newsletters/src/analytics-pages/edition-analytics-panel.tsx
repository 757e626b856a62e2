import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorCode, PAGE_SIZE_DEFAULT } from '@kakehashi/shared-contracts';
import {
  ErrorState,
  LoadingState,
  departmentName,
  errorCode,
  errorMessageKey,
  formatDateTime,
  personName,
  useLocale,
} from '@kakehashi/client-platform';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { LazyDepartmentBreakdownChart } from '../analytics/lazy-charts';
import { LoadMoreButton, appendEdges } from '../common/load-more';
import { EditionAcknowledgementsQuery, EditionAnalyticsQuery, SendMustReadReminderMutation } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { isoOf } from '../common/scalars';
import { RateTiles } from './rate-tiles';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  lead: { color: tokens.colorNeutralForeground2 },
  acks: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  ackHeader: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** When a rate-limited action is allowed again, from the error's retryAfterSeconds. */
function retryAt(error: unknown): Date | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const seconds = graphQLError.extensions?.['retryAfterSeconds'];
    if (typeof seconds === 'number') return new Date(Date.now() + seconds * 1000);
  }
  return null;
}

/** An editor's view of one edition: rates over its audience, by department, and who has acknowledged. */
export default function EditionAnalyticsPanel({ editionId, mustRead }: { editionId: string; mustRead: boolean }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const { data, error, refetch } = useQuery(EditionAnalyticsQuery, { variables: { editionId }, fetchPolicy: 'cache-and-network' });
  const analytics = data?.editionAnalytics;

  return (
    <section className={styles.panel} aria-labelledby="edition-analytics-heading">
      <h2 id="edition-analytics-heading" className={styles.heading}>
        {t('analytics.title')}
      </h2>
      <Text className={styles.lead}>{t('analytics.lead')}</Text>
      {!analytics ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState label={t('analytics.loading')} />
        )
      ) : (
        <>
          <RateTiles figures={analytics} />
          <LazyDepartmentBreakdownChart
            headingLevel={3}
            rows={analytics.byDepartment.map((row) => ({
              department: row.department ? departmentName(row.department, locale) : t('analytics.otherDepartment'),
              audience: row.audienceSize,
              reach: row.reach,
              readRate: row.readRate,
            }))}
          />
          {mustRead ? <AcknowledgementList editionId={editionId} onReminded={() => void refetch()} /> : null}
          <Button appearance="secondary" onClick={() => void refetch()}>
            {t('analytics.refresh')}
          </Button>
        </>
      )}
      {analytics && error ? <ErrorState error={error} /> : null}
    </section>
  );
}

function AcknowledgementList({ editionId, onReminded }: { editionId: string; onReminded: () => void }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const [acknowledged, setAcknowledged] = useState(false);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(EditionAcknowledgementsQuery, {
    variables: { editionId, acknowledged, first: PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [remind, remindState] = useMutation(SendMustReadReminderMutation);
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const connection = data?.editionAcknowledgements;

  const sendReminder = async () => {
    setNotice(null);
    try {
      const result = await remind({ variables: { editionId } });
      const sent = result.data?.sendMustReadReminder;
      setNotice({
        intent: 'success',
        text: t('workflow.reminderSent', {
          count: sent?.notified ?? 0,
          date: isoOf(sent?.nextAllowedAt) ? formatDateTime(isoOf(sent?.nextAllowedAt) ?? '', locale) : '',
        }),
      });
      onReminded();
    } catch (failure) {
      const allowedAt = errorCode(failure) === ErrorCode.RateLimited ? retryAt(failure) : null;
      setNotice(
        allowedAt
          ? { intent: 'warning', text: t('workflow.reminderRateLimited', { date: formatDateTime(allowedAt, locale) }) }
          : { intent: 'error', text: common(errorMessageKey(failure)) },
      );
    }
  };

  return (
    <section className={styles.acks} aria-labelledby="acknowledgements-heading">
      <div className={styles.ackHeader}>
        <h3 id="acknowledgements-heading" className={styles.heading}>
          {t('analytics.acknowledgements')}
        </h3>
        <Button appearance="primary" disabledFocusable={remindState.loading} onClick={() => void sendReminder()}>
          {remindState.loading ? t('workflow.sendingReminder') : t('workflow.sendReminder')}
        </Button>
      </div>
      {notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <TabList selectedValue={acknowledged ? 'done' : 'pending'} onTabSelect={(_, tab) => setAcknowledged(tab.value === 'done')}>
        <Tab value="pending">{t('analytics.notAcknowledged')}</Tab>
        <Tab value="done">{t('analytics.acknowledgedPeople')}</Tab>
      </TabList>
      {!connection ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )
      ) : (
        <>
          <Text className={styles.muted} role="status">
            {t('analytics.people', { count: connection.totalCount })}
          </Text>
          {connection.edges.length === 0 ? (
            <Text className={styles.muted}>{acknowledged ? t('analytics.noneAcknowledged') : t('analytics.allAcknowledged')}</Text>
          ) : (
            <ul className={styles.list} aria-label={acknowledged ? t('analytics.acknowledgedPeople') : t('analytics.notAcknowledged')}>
              {connection.edges.map((edge) => (
                <li key={edge.cursor} className={styles.row}>
                  <span>
                    {personName(edge.node, locale)}
                    {edge.department ? (
                      <span className={styles.muted}>{`${t('card.separator')}${departmentName(edge.department, locale)}`}</span>
                    ) : null}
                  </span>
                  {isoOf(edge.acknowledgedAt) ? (
                    <span className={styles.muted}>{formatDateTime(isoOf(edge.acknowledgedAt) ?? '', locale)}</span>
                  ) : null}
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
                    editionAcknowledgements: appendEdges(previous.editionAcknowledgements, fetchMoreResult.editionAcknowledgements),
                  }),
                }).catch(() => undefined)
              }
            />
          ) : null}
        </>
      )}
    </section>
  );
}
