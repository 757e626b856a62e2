import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Field, Select, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  departmentName,
  EmptyState,
  ErrorState,
  formatDate,
  isNotFound,
  LoadingState,
  PageHeader,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { LazyDepartmentBreakdownChart, LazyRateTrendChart } from '../analytics/lazy-charts';
import { newsletterName } from '../common/names';
import { NEWSLETTERS_PATH, editionPath, newsletterPath } from '../common/paths';
import { NewsletterAnalyticsQuery, NewsletterQuery } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { formatRate } from '../shared/format';
import { isoOf } from '../common/scalars';
import { RateTiles } from './rate-tiles';

const useStyles = makeStyles({
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tableWrap: {
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    '& th, & td': {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      textAlign: 'start',
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    '& td.number, & th.number': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

const RANGES = [3, 6, 12] as const;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** An editor's view of a newsletter over time: rates per edition and per week, over the real audience. */
export default function NewsletterAnalyticsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const [months, setMonths] = useState<number>(6);
  const [granularity, setGranularity] = useState<'edition' | 'week'>('edition');
  // Fixed for the page's life, so that the query's variables do not change with every render,
  // and on whole hours, so that the editors who open it within the hour ask the server the same.
  const range = useMemo(() => {
    const to = new Date(Math.ceil((Date.now() + DAY_MS) / HOUR_MS) * HOUR_MS);
    return { from: new Date(to.getTime() - Math.min(months * 30.5, 365) * DAY_MS).toISOString(), to: to.toISOString() };
  }, [months]);
  const newsletter = useQuery(NewsletterQuery, { variables: { id } });
  const analytics = useQuery(NewsletterAnalyticsQuery, {
    variables: { newsletterId: id, ...range },
    skip: !newsletter.data?.newsletter.canEdit,
  });
  const name = newsletter.data ? newsletterName(newsletter.data.newsletter, locale) : null;
  usePageTitle(name ? t('analytics.pageTitle', { name }) : null);

  if (!newsletter.data) {
    if (newsletter.loading) return <LoadingState />;
    if (newsletter.error && !isNotFound(newsletter.error))
      return <ErrorState error={newsletter.error} onRetry={() => void newsletter.refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('newsletter.notFoundTitle')}</Title1>
        <EmptyState hint={t('newsletter.notFoundHint')} action={<AppLink to={NEWSLETTERS_PATH}>{t('newsletter.backToList')}</AppLink>} />
      </>
    );
  }
  const data = analytics.data?.newsletterAnalytics;
  const editions = data?.editions ?? [];
  const totals = editions.reduce(
    (sum, point) => ({
      audienceSize: sum.audienceSize + point.audienceSize,
      openers: sum.openers + point.openers,
      readers: sum.readers + point.readers,
      reactors: sum.reactors + point.reactors,
      comments: sum.comments + point.comments,
      acknowledgements: sum.acknowledgements + (point.mustRead ? point.acknowledgements : 0),
    }),
    { audienceSize: 0, openers: 0, readers: 0, reactors: 0, comments: 0, acknowledgements: 0 },
  );
  const points =
    granularity === 'edition'
      ? editions.map((point) => ({
          label: point.title,
          date: isoOf(point.publishedAt) ?? '',
          reach: point.reach,
          readRate: point.readRate,
          reactionRate: point.reactionRate,
        }))
      : (data?.weeks ?? []).map((week) => ({
          label: formatDate(week.weekStart, locale),
          date: week.weekStart,
          reach: week.reach,
          readRate: week.readRate,
          reactionRate: week.reactionRate,
        }));

  return (
    <div className={styles.layout}>
      <PageHeader
        title={t('analytics.pageTitle', { name: name ?? '' })}
        eyebrow={<AppLink to={newsletterPath(id)}>{name}</AppLink>}
        lead={t('analytics.lead')}
      />
      {!newsletter.data.newsletter.canEdit ? (
        <EmptyState hint={t('analytics.editorsOnly')} />
      ) : (
        <>
          <div className={styles.controls}>
            <Field label={t('analytics.range')}>
              <Select value={String(months)} onChange={(_, option) => setMonths(Number(option.value))}>
                {RANGES.map((value) => (
                  <option key={value} value={value}>
                    {t('analytics.lastMonths', { count: value })}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('analytics.granularity')}>
              <Select value={granularity} onChange={(_, option) => setGranularity(option.value === 'week' ? 'week' : 'edition')}>
                <option value="edition">{t('analytics.trend.byEdition')}</option>
                <option value="week">{t('analytics.trend.byWeek')}</option>
              </Select>
            </Field>
          </div>
          {!data ? (
            analytics.error ? (
              <ErrorState error={analytics.error} onRetry={() => void analytics.refetch()} />
            ) : (
              <LoadingState label={t('analytics.loading')} />
            )
          ) : (
            <>
              <section aria-labelledby="totals-heading" className={styles.layout}>
                <h2 id="totals-heading" className={styles.heading}>
                  {t('analytics.totals', { count: editions.length })}
                </h2>
                <RateTiles figures={{ ...totals, mustRead: editions.some((point) => point.mustRead) }} />
              </section>
              <LazyRateTrendChart points={points} granularity={granularity} headingLevel={2} />
              <LazyDepartmentBreakdownChart
                headingLevel={2}
                title={t('analytics.departments.rangeTitle')}
                cumulative
                rows={data.byDepartment.map((row) => ({
                  department: row.department ? departmentName(row.department, locale) : t('analytics.otherDepartment'),
                  audience: row.audienceSize,
                  reach: row.reach,
                  readRate: row.readRate,
                }))}
              />
              <section aria-labelledby="editions-table-heading" className={styles.layout}>
                <h2 id="editions-table-heading" className={styles.heading}>
                  {t('analytics.editionsTable')}
                </h2>
                {editions.length === 0 ? (
                  <Text className={styles.muted}>{t('analytics.trend.emptyHint')}</Text>
                ) : (
                  // Scrolls sideways on a phone: focusable so that a keyboard can scroll it too.
                  <div className={styles.tableWrap} role="region" aria-labelledby="editions-table-heading" tabIndex={0}>
                    <table className={styles.table}>
                      <thead>
                        <tr>
                          <th scope="col">{t('analytics.edition')}</th>
                          <th scope="col">{t('analytics.published')}</th>
                          <th scope="col" className="number">
                            {t('analytics.audience')}
                          </th>
                          <th scope="col" className="number">
                            {t('analytics.reach')}
                          </th>
                          <th scope="col" className="number">
                            {t('analytics.readRate')}
                          </th>
                          <th scope="col" className="number">
                            {t('analytics.reactionRate')}
                          </th>
                          <th scope="col" className="number">
                            {t('analytics.acknowledgementRate')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {[...editions].reverse().map((point) => (
                          <tr key={point.editionId}>
                            <th scope="row">
                              <AppLink to={editionPath(point.editionId)}>{point.title}</AppLink>
                            </th>
                            <td>{isoOf(point.publishedAt) ? formatDate(isoOf(point.publishedAt) ?? '', locale) : ''}</td>
                            <td className="number">{point.audienceSize}</td>
                            <td className="number">{formatRate(point.reach, locale)}</td>
                            <td className="number">{formatRate(point.readRate, locale)}</td>
                            <td className="number">{formatRate(point.reactionRate, locale)}</td>
                            <td className="number">
                              {point.acknowledgementRate == null
                                ? t('analytics.notAvailable')
                                : formatRate(point.acknowledgementRate, locale)}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
