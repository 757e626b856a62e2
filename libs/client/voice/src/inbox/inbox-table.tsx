import { Checkbox, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink, formatNumber, personName, useLocale } from '@kakehashi/client-platform';
import { ImpactBadge, OverdueBadge, StatusBadge } from '../common/badges';
import { ageInDays, areaName, formatAge, formatYenOrNone } from '../common/format';
import { ticketPath } from '../common/paths';
import type { TicketSummary } from '../common/types';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', minWidth: 0, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
    '& th, & td': {
      paddingBlock: tokens.spacingVerticalS,
      paddingInline: tokens.spacingHorizontalS,
      textAlign: 'start',
      verticalAlign: 'top',
    },
    // Figures line up on the right (more specific than the cells' start alignment above).
    '& [data-numeric]': { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  },
  head: {
    '& th': {
      fontWeight: tokens.fontWeightSemibold,
      fontSize: tokens.fontSizeBase200,
      color: tokens.colorNeutralForeground2,
      borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
      whiteSpace: 'nowrap',
    },
  },
  row: { borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  selectedRow: { backgroundColor: tokens.colorBrandBackground2 },
  check: { width: '36px' },
  summaryCell: { minWidth: '260px' },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  nowrap: { whiteSpace: 'nowrap' },
  badges: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

/** The inbox on a wide screen: one row per ticket, with a checkbox for the bulk actions. */
export function InboxTable({
  tickets,
  captionId,
  now,
  selected,
  onToggle,
  allSelected,
  someSelected,
  onSelectAll,
  busy,
}: {
  tickets: readonly TicketSummary[];
  captionId: string;
  now: Date;
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  allSelected: boolean;
  someSelected: boolean;
  onSelectAll: (on: boolean) => void;
  busy: boolean;
}) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const none = t('common.none');
  return (
    // Focusable so that a keyboard can scroll it when a narrow window makes it wider than the page.
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table} aria-labelledby={captionId} aria-busy={busy}>
        <thead className={styles.head}>
          <tr>
            <th scope="col" className={styles.check}>
              <Checkbox
                checked={allSelected ? true : someSelected ? 'mixed' : false}
                onChange={(_, data) => onSelectAll(data.checked === true)}
                aria-label={t('inbox.selectAll')}
              />
            </th>
            <th scope="col">{t('inbox.columns.summary')}</th>
            <th scope="col">{t('inbox.columns.status')}</th>
            <th scope="col">{t('inbox.columns.area')}</th>
            <th scope="col" data-numeric>
              {t('inbox.columns.customers')}
            </th>
            <th scope="col" data-numeric>
              {t('inbox.columns.revenue')}
            </th>
            <th scope="col" data-numeric>
              {t('inbox.columns.voices')}
            </th>
            <th scope="col">{t('inbox.columns.owner')}</th>
            <th scope="col">{t('inbox.columns.age')}</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => {
            const checked = selected.has(ticket.id);
            return (
              <tr key={ticket.id} className={mergeClasses(styles.row, checked && styles.selectedRow)}>
                <td className={styles.check}>
                  <Checkbox
                    checked={checked}
                    onChange={(_, data) => onToggle(ticket.id, data.checked === true)}
                    aria-label={t('inbox.selectRow', { code: ticket.code })}
                  />
                </td>
                <th scope="row" className={styles.summaryCell}>
                  <div className={styles.summary}>
                    <span className={styles.code}>{ticket.code}</span>
                    <span className={styles.title}>
                      <AppLink to={ticketPath(ticket.id)}>{ticket.summary}</AppLink>
                    </span>
                    <Text className={styles.meta}>{t(`category.${ticket.category}`)}</Text>
                  </div>
                </th>
                <td>
                  <span className={styles.badges}>
                    <StatusBadge status={ticket.status} size="small" />
                    <ImpactBadge impact={ticket.impact} />
                  </span>
                </td>
                <td>
                  <span className={styles.summary}>
                    <span>{areaName(ticket.productArea, locale, t('common.noArea'))}</span>
                    {ticket.theme ? <span className={styles.meta}>{ticket.theme}</span> : null}
                  </span>
                </td>
                <td data-numeric>{formatNumber(ticket.customerCount, locale)}</td>
                <td data-numeric>{formatYenOrNone(ticket.revenueAtStake, locale, none)}</td>
                <td data-numeric>{formatNumber(ticket.voiceCount, locale)}</td>
                <td>{ticket.owner ? personName(ticket.owner, locale) : <span className={styles.meta}>{t('list.noOwner')}</span>}</td>
                <td>
                  <span className={styles.badges}>
                    <span className={styles.nowrap}>{formatAge(ageInDays(ticket.filedAt, now), t)}</span>
                    {ticket.triageOverdue ? <OverdueBadge /> : null}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
