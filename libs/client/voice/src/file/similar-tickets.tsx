import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { VOICE_SUGGESTIONS_MAX } from '@kakehashi/shared-contracts';
import { AppLink, useDebouncedValue, useLocale, type SimilarTicketsQuery as SimilarTicketsResult } from '@kakehashi/client-platform';
import { StatusBadge } from '../common/badges';
import { areaName, suggestionText } from '../common/format';
import { HighlightedText } from '../common/highlighted-text';
import { ticketPath } from '../common/paths';
import { SimilarTicketsQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';

/** How long typing must pause before similar tickets are looked up. */
const SUGGEST_DEBOUNCE_MS = 400;
/** Fewer characters than this find nothing worth showing. */
const MIN_TEXT = 2;

export type SuggestedTicket = SimilarTicketsResult['similarTickets'][number]['ticket'];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: '1 1 280px' },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { overflowWrap: 'anywhere' },
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

/** Open tickets like the one being typed, each with 「この顧客の声を追加」 instead of filing a duplicate. */
export function SimilarTickets({
  summary,
  verbatim,
  busyId,
  onAdd,
}: {
  summary: string;
  verbatim: string;
  /** The ticket a voice is being added to (or 'file' while filing). */
  busyId: string | null;
  onAdd: (ticket: SuggestedTicket) => void;
}) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const text = useDebouncedValue(suggestionText(summary, verbatim), SUGGEST_DEBOUNCE_MS);
  const enough = Array.from(text).length >= MIN_TEXT;
  const { data, previousData, loading, error } = useQuery(SimilarTicketsQuery, {
    variables: { text, first: VOICE_SUGGESTIONS_MAX },
    skip: !enough,
  });
  const suggestions = enough ? ((data ?? previousData)?.similarTickets ?? []) : [];

  let status: string;
  if (!enough) status = t('file.similar.hint');
  else if (error) status = t('file.similar.failed');
  else if (loading && suggestions.length === 0) status = t('file.similar.searching');
  else if (suggestions.length === 0) status = t('file.similar.none');
  else status = t('file.similar.found', { count: suggestions.length });

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t('file.similar.title')}
      </h3>
      <Text as="p" size={200} className={styles.muted}>
        {t('file.similar.lead')}
      </Text>
      {/* Announced politely as results change, never stealing focus from the field being typed in. */}
      <Text as="p" role="status" className={styles.status}>
        {loading && enough ? <Spinner size="extra-tiny" aria-hidden="true" /> : null}
        {status}
      </Text>
      {suggestions.length > 0 ? (
        <ul className={styles.list} aria-labelledby={headingId}>
          {suggestions.map(({ ticket, summaryHighlight }) => {
            const describedBy = `${headingId}-${ticket.id}`;
            return (
              <li key={ticket.id} className={styles.item}>
                <div className={styles.text} id={describedBy}>
                  <span className={styles.line}>
                    <span className={styles.code}>{ticket.code}</span>
                    <StatusBadge status={ticket.status} size="small" />
                  </span>
                  <span className={styles.summary}>
                    <AppLink to={ticketPath(ticket.id)}>
                      <HighlightedText
                        segments={summaryHighlight.length > 0 ? summaryHighlight : [{ text: ticket.summary, match: false }]}
                      />
                    </AppLink>
                  </span>
                  <Text size={200} className={styles.muted}>
                    {[
                      t('file.similar.customers', { count: ticket.customerCount }),
                      t('file.similar.voices', { count: ticket.voiceCount }),
                      areaName(ticket.productArea, locale, t('common.noArea')),
                    ].join(t('common.separator'))}
                  </Text>
                </div>
                <Button
                  icon={busyId === ticket.id ? <Spinner size="tiny" /> : <PersonAddRegular />}
                  disabledFocusable={busyId !== null}
                  aria-describedby={describedBy}
                  onClick={() => onAdd(ticket)}
                >
                  {busyId === ticket.id ? t('file.similar.adding') : t('file.similar.add')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
