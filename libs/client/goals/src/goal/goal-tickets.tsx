import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink, formatNumber, formatYen, useLocale } from '@kakehashi/client-platform';
import { GoalTicketsQuery } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  summary: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The customer-voice tickets product linked to this goal: what customers say about it. Hidden when there are none. */
export function GoalTickets({ goalId, className, headingClassName }: { goalId: string; className: string; headingClassName: string }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const { data } = useQuery(GoalTicketsQuery, { variables: { goalId } });
  const tickets = data?.goalTickets ?? [];
  if (tickets.length === 0) return null;
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className={headingClassName}>
        {t('goal.tickets')}
      </h2>
      <ul className={styles.list}>
        {tickets.map((ticket) => (
          <li key={ticket.id} className={styles.item}>
            <AppLink to={`/voice/tickets/${ticket.id}`} className={styles.summary}>
              {`${ticket.code} ${ticket.summary}`}
            </AppLink>
            <Text size={200} className={styles.muted}>
              {t('goal.ticketFacts', {
                customers: formatNumber(ticket.customerCount, locale),
                revenue: formatYen(ticket.revenueAtStake, locale),
              })}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
