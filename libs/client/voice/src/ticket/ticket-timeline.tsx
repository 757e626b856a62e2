import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { AppLink, formatDateTime, personName, useLocale } from '@kakehashi/client-platform';
import { ticketPath } from '../common/paths';
import type { TicketActivityEntry } from '../common/types';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: '2px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    minWidth: 0,
  },
  reply: { borderInlineStartColor: tokens.colorBrandStroke1 },
  note: {
    borderInlineStartColor: tokens.colorPaletteMarigoldBorderActive,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    paddingBlock: tokens.spacingVerticalS,
    paddingInlineEnd: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  event: { overflowWrap: 'anywhere' },
  time: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  body: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', unicodeBidi: 'plaintext' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The ticket's history, replies and (for product) internal notes, oldest first. */
export function TicketTimeline({ entries }: { entries: readonly TicketActivityEntry[] }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const styles = useStyles();
  if (entries.length === 0) return <Text className={styles.muted}>{t('timeline.empty')}</Text>;
  return (
    <ol className={styles.list}>
      {entries.map((entry) => (
        <TimelineEntry key={entry.id} entry={entry} />
      ))}
    </ol>
  );
}

function TimelineEntry({ entry }: { entry: TicketActivityEntry }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const actor = entry.actor ? personName(entry.actor, locale) : t('timeline.someone');
  const note = entry.kind === 'INTERNAL_NOTE';
  const reply = entry.kind === 'REPLY';
  const time = (
    <time className={styles.time} dateTime={entry.createdAt}>
      {formatDateTime(entry.createdAt, locale)}
    </time>
  );

  let text: string;
  if (entry.kind === 'STATUS_CHANGED') {
    text = t('timeline.STATUS_CHANGED', {
      actor,
      from: entry.fromStatus ? t(`status.${entry.fromStatus}`) : t('common.none'),
      to: entry.toStatus ? t(`status.${entry.toStatus}`) : t('common.none'),
    });
  } else {
    text = t(`timeline.${entry.kind}`, { actor });
  }

  return (
    <li className={mergeClasses(styles.item, reply && styles.reply, note && styles.note)}>
      <div className={styles.line}>
        {note ? (
          <Badge appearance="filled" color="warning" icon={<LockClosedRegular />}>
            {t('timeline.internalNote')}
          </Badge>
        ) : entry.internal ? (
          <Badge appearance="outline" color="informative" icon={<LockClosedRegular />}>
            {t('timeline.internal')}
          </Badge>
        ) : null}
        <Text className={styles.event} weight={reply || note ? 'semibold' : 'regular'}>
          {text}
          {entry.otherTicket ? (
            <>
              {' '}
              <AppLink to={ticketPath(entry.otherTicket.id)}>{`${entry.otherTicket.code} ${entry.otherTicket.summary}`}</AppLink>
            </>
          ) : null}
        </Text>
        {time}
      </div>
      {entry.body ? (
        <p className={styles.body} dir="auto">
          {entry.body}
        </p>
      ) : null}
    </li>
  );
}
