import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DataBarVerticalRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  formatNumber,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { StatusBadge } from '../common/badges';
import { areaName, formatYenOrNone } from '../common/format';
import { ticketPath } from '../common/paths';
import { useProductAreas } from '../common/use-product-areas';
import { VoiceTabs } from '../common/voice-tabs';
import { VoiceInsightsQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';
import { useVoiceMessages } from '../i18n/use-voice-messages';
import { MONTH_CHOICES, bucketLabel, monthsOf, volumeSeries, withinTargetShare } from './insight-series';
import { LazyTriageTimesChart, LazyVolumeChart } from './lazy-insight-charts';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  control: { flex: '1 1 180px', maxWidth: '260px', '@media (max-width: 767px)': { maxWidth: 'none' } },
  updating: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1023px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    '@media (max-width: 767px)': { padding: tokens.spacingHorizontalL },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  figures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalL, margin: 0 },
  figure: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS },
  figureTerm: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  figureValue: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  scroller: { overflowX: 'auto', minWidth: 0 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase300,
    '& th, & td': {
      paddingBlock: tokens.spacingVerticalS,
      paddingInline: tokens.spacingHorizontalS,
      textAlign: 'start',
      verticalAlign: 'top',
    },
    '& thead th': {
      fontWeight: tokens.fontWeightSemibold,
      fontSize: tokens.fontSizeBase200,
      color: tokens.colorNeutralForeground2,
      borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
      whiteSpace: 'nowrap',
    },
    '& tbody tr': { borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
    '& tbody th': { fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere', minWidth: '10em' },
    // Figures line up on the right (more specific than the cells' start alignment above).
    '& [data-numeric]': { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  },
  top: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  topItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  topSummary: { flex: '1 1 240px', minWidth: 0, overflowWrap: 'anywhere' },
});

const PARAM = { months: 'months', area: 'area' } as const;

/** `/voice/insights`: what the customers ask for, where, how much is at stake and how fast product answers. */
export default function VoiceInsightsPage() {
  useVoiceMessages();
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  usePageTitle(t('insights.title'));
  const [params, setParams] = useSearchParams();
  const months = monthsOf(params.get(PARAM.months));
  const productAreaId = params.get(PARAM.area) || null;
  const { areas } = useProductAreas();
  const volumeId = useId();
  const triageId = useId();
  const themesId = useId();
  const areasId = useId();
  const topId = useId();

  const { data, previousData, loading, error, refetch } = useQuery(VoiceInsightsQuery, {
    variables: { months, productAreaId },
    fetchPolicy: 'cache-and-network',
  });
  const insights = (data ?? previousData)?.voiceInsights;
  const none = t('common.none');
  const noArea = t('common.noArea');

  const set = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const header = (
    <>
      <VoiceTabs />
      <PageHeader title={t('insights.title')} lead={t('insights.lead')} />
      <section className={styles.controls} aria-label={t('insights.controls')}>
        <Field label={t('insights.period')} className={styles.control}>
          <Select value={String(months)} onChange={(_, selected) => set(PARAM.months, selected.value)}>
            {MONTH_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t('insights.lastMonths', { count: choice })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('insights.productArea')} className={styles.control}>
          <Select value={productAreaId ?? ''} onChange={(_, selected) => set(PARAM.area, selected.value || null)}>
            <option value="">{t('insights.allAreas')}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {areaName(area, locale, '')}
              </option>
            ))}
          </Select>
        </Field>
        {loading && insights ? (
          <span className={styles.updating} role="status">
            <Spinner size="extra-tiny" aria-hidden="true" />
            {t('insights.updating')}
          </span>
        ) : null}
      </section>
    </>
  );

  if (!insights) {
    return (
      <div className={styles.page}>
        {header}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </div>
    );
  }

  const series = volumeSeries(insights.months, insights.volume, locale, noArea);
  const times = insights.triageTimes;
  const share = withinTargetShare(times);
  const buckets = times.buckets.map((bucket) => {
    const label = bucketLabel(bucket);
    return { label: t(`insights.buckets.${label.key}`, { from: label.from, to: label.to }), tickets: bucket.tickets };
  });
  const volumeTotal = series.months.reduce((sum, month) => sum + month.total, 0);

  return (
    <div className={styles.page}>
      {header}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}

      <section className={styles.section} aria-labelledby={volumeId}>
        <h2 id={volumeId} className={styles.heading}>
          {t('insights.volume')}
        </h2>
        {volumeTotal === 0 ? (
          <EmptyState icon={<DataBarVerticalRegular />} title={t('insights.volumeEmpty')} hint={t('insights.volumeEmptyHint')} />
        ) : (
          <LazyVolumeChart series={series} title={t('insights.volume')} />
        )}
      </section>

      <div className={styles.columns}>
        <section className={styles.section} aria-labelledby={triageId}>
          <h2 id={triageId} className={styles.heading}>
            {t('insights.triage')}
          </h2>
          <dl className={styles.figures}>
            <Figure
              term={t('insights.median')}
              value={
                times.medianDays === null || times.medianDays === undefined
                  ? none
                  : t('insights.days', {
                      count: times.medianDays,
                      value: formatNumber(times.medianDays, locale, { maximumFractionDigits: 1 }),
                    })
              }
            />
            <Figure
              term={t('insights.withinTarget', { count: times.targetDays })}
              value={share === null ? none : formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 0 })}
            />
            <Figure term={t('insights.waiting')} value={formatNumber(times.waiting, locale)} />
            <Figure term={t('insights.overdue')} value={formatNumber(times.overdue, locale)} />
          </dl>
          <Text size={200} className={styles.muted}>
            {t('insights.triagedCount', { count: times.triaged, within: formatNumber(times.withinTarget, locale) })}
          </Text>
          {times.triaged === 0 ? (
            <Text className={styles.muted}>{t('insights.triageEmpty')}</Text>
          ) : (
            <LazyTriageTimesChart buckets={buckets} title={t('insights.triageChart')} />
          )}
        </section>

        <section className={styles.section} aria-labelledby={areasId}>
          <h2 id={areasId} className={styles.heading}>
            {t('insights.areas')}
          </h2>
          {insights.areas.length === 0 ? (
            <Text className={styles.muted}>{t('insights.areasEmpty')}</Text>
          ) : (
            <InsightTable
              labelledBy={areasId}
              rowHeader={t('insights.productArea')}
              columns={[
                { header: t('insights.openTickets'), numeric: true },
                { header: t('insights.customers'), numeric: true },
                { header: t('insights.revenue'), numeric: true },
              ]}
              rows={insights.areas.map((row) => ({
                key: row.productArea?.id ?? 'none',
                header: areaName(row.productArea, locale, noArea),
                cells: [
                  formatNumber(row.openTickets, locale),
                  formatNumber(row.customers, locale),
                  formatYenOrNone(row.revenueAtStake, locale, none),
                ],
              }))}
            />
          )}
        </section>
      </div>

      <section className={styles.section} aria-labelledby={themesId}>
        <h2 id={themesId} className={styles.heading}>
          {t('insights.themes')}
        </h2>
        {insights.themes.length === 0 ? (
          <Text className={styles.muted}>{t('insights.themesEmpty')}</Text>
        ) : (
          <InsightTable
            labelledBy={themesId}
            rowHeader={t('insights.theme')}
            columns={[
              { header: t('insights.productArea'), numeric: false },
              { header: t('insights.tickets'), numeric: true },
              { header: t('insights.voices'), numeric: true },
              { header: t('insights.customers'), numeric: true },
              { header: t('insights.revenue'), numeric: true },
            ]}
            rows={insights.themes.map((row) => ({
              key: `${row.productArea?.id ?? 'none'}:${row.theme}`,
              header: row.theme,
              cells: [
                areaName(row.productArea, locale, noArea),
                formatNumber(row.tickets, locale),
                formatNumber(row.voices, locale),
                formatNumber(row.customers, locale),
                formatYenOrNone(row.revenueAtStake, locale, none),
              ],
            }))}
          />
        )}
      </section>

      <section className={styles.section} aria-labelledby={topId}>
        <h2 id={topId} className={styles.heading}>
          {t('insights.top')}
        </h2>
        {insights.topRequested.length === 0 ? (
          <Text className={styles.muted}>{t('insights.topEmpty')}</Text>
        ) : (
          <ol className={styles.top}>
            {insights.topRequested.map((ticket) => (
              <li key={ticket.id} className={styles.topItem}>
                <span className={styles.code}>{ticket.code}</span>
                <span className={styles.topSummary}>
                  <AppLink to={ticketPath(ticket.id)}>{ticket.summary}</AppLink>
                </span>
                <StatusBadge status={ticket.status} size="small" />
                <Text size={200} className={styles.muted}>
                  {[
                    t('list.customers', { count: ticket.customerCount }),
                    t('list.revenue', { value: formatYenOrNone(ticket.revenueAtStake, locale, none) }),
                    areaName(ticket.productArea, locale, noArea),
                  ].join(t('common.separator'))}
                </Text>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function Figure({ term, value }: { term: string; value: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.figure}>
      <dt className={styles.figureTerm}>{term}</dt>
      <dd className={styles.figureValue}>{value}</dd>
    </div>
  );
}

/** A table of figures: a header cell per row, then its values (numbers aligned right). */
function InsightTable({
  labelledBy,
  rowHeader,
  columns,
  rows,
}: {
  labelledBy: string;
  rowHeader: string;
  columns: { header: string; numeric: boolean }[];
  rows: { key: string; header: string; cells: string[] }[];
}) {
  const styles = useStyles();
  return (
    // Focusable so that a keyboard can scroll it when a narrow screen makes it wider than the page.
    <div className={styles.scroller} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className={styles.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((column) => (
              <th key={column.header} scope="col" data-numeric={column.numeric || undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={columns[index]!.header} data-numeric={columns[index]!.numeric || undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
