import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink, formatDate, personName, useLocale } from '@kakehashi/client-platform';
import { formatYenOrNone } from '../common/format';
import { ticketPath } from '../common/paths';
import type { TicketVoice } from '../common/types';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  account: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  verbatim: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderInlineStartWidth: '3px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke2,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    // Each paragraph takes its direction from its own first strong character (Arabic, Hebrew …).
    unicodeBidi: 'plaintext',
  },
  meta: {
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    '& div': { display: 'flex', gap: tokens.spacingHorizontalXS, minWidth: 0 },
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
});

/** The customers' own words, oldest first, each with who said it and where. */
export function VoicesList({ voices }: { voices: readonly TicketVoice[] }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const none = t('common.none');
  return (
    <ol className={styles.list}>
      {voices.map((voice) => (
        <li key={voice.id} className={styles.item}>
          <div className={styles.head}>
            <h3 className={styles.account} dir="auto">
              {voice.accountName}
            </h3>
            <Badge appearance="outline" color="informative">
              {t(`segment.${voice.segment}`)}
            </Badge>
            {voice.mergedFrom ? (
              <Text size={200}>
                {t('ticket.voice.mergedFrom')} <AppLink to={ticketPath(voice.mergedFrom.id)}>{voice.mergedFrom.code}</AppLink>
              </Text>
            ) : null}
          </div>
          <blockquote className={styles.verbatim} dir="auto">
            {voice.verbatim}
          </blockquote>
          <dl className={styles.meta}>
            <div>
              <dt>{t('ticket.voice.acv')}</dt>
              <dd>{formatYenOrNone(voice.annualContractValue, locale, none)}</dd>
            </div>
            <div>
              <dt>{t('ticket.voice.contactRole')}</dt>
              <dd dir="auto">{voice.contactRole || none}</dd>
            </div>
            <div>
              <dt>{t('ticket.voice.channel')}</dt>
              <dd>{t(`channel.${voice.channel}`)}</dd>
            </div>
            {voice.externalReference ? (
              <div>
                <dt>{t('ticket.voice.externalReference')}</dt>
                <dd dir="auto">{voice.externalReference}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('ticket.voice.filer')}</dt>
              <dd>{voice.filer ? personName(voice.filer, locale) : none}</dd>
            </div>
            <div>
              <dt>{t('ticket.voice.date')}</dt>
              <dd>{formatDate(voice.createdAt, locale)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
