import type { ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink, formatDate, personName, useLocale } from '@kakehashi/client-platform';
import { ImpactBadge, OverdueBadge, StatusBadge } from './badges';
import { ageInDays, areaName, formatAge, formatYenOrNone } from './format';
import { ticketPath } from './paths';
import type { TicketSummary } from './types';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    fontVariantNumeric: 'tabular-nums',
  },
  bottom: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * A ticket as a card: my tickets, the inbox on a phone, the most requested. The summary is the
 * link to the ticket's page.
 */
export function TicketCard({
  ticket,
  now,
  headingLevel = 3,
  showOwner = false,
  select,
}: {
  ticket: TicketSummary;
  now: Date;
  headingLevel?: 2 | 3 | 4;
  showOwner?: boolean;
  /** A checkbox for bulk actions (the inbox). */
  select?: ReactNode;
}) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const Heading = `h${headingLevel}` as const;
  const none = t('common.none');
  return (
    <article className={styles.card} aria-label={`${ticket.code} ${ticket.summary}`}>
      <div className={styles.top}>
        {select}
        <span className={styles.code}>{ticket.code}</span>
        <StatusBadge status={ticket.status} size="small" />
        <ImpactBadge impact={ticket.impact} />
        {ticket.triageOverdue ? <OverdueBadge /> : null}
      </div>
      <Heading className={styles.title}>
        <AppLink to={ticketPath(ticket.id)}>{ticket.summary}</AppLink>
      </Heading>
      <Text className={styles.meta}>
        {[areaName(ticket.productArea, locale, t('common.noArea')), ticket.theme, t(`category.${ticket.category}`)]
          .filter(Boolean)
          .join(t('common.separator'))}
      </Text>
      <div className={styles.figures}>
        <Text size={200}>{t('list.customers', { count: ticket.customerCount })}</Text>
        <Text size={200}>{t('list.voices', { count: ticket.voiceCount })}</Text>
        <Text size={200}>{t('list.revenue', { value: formatYenOrNone(ticket.revenueAtStake, locale, none) })}</Text>
      </div>
      <div className={styles.bottom}>
        <Text className={styles.meta}>
          {showOwner
            ? [
                ticket.owner ? t('list.owner', { name: personName(ticket.owner, locale) }) : t('list.noOwner'),
                t('list.age', { age: formatAge(ageInDays(ticket.filedAt, now), t) }),
              ].join(t('common.separator'))
            : t('list.lastChange', { date: formatDate(ticket.updatedAt, locale) })}
        </Text>
      </div>
    </article>
  );
}
