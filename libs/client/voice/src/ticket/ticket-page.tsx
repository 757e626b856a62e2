import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Text, Title1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { EditRegular, LinkRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  UnsavedChangesGuard,
  formatDate,
  formatNumber,
  isNotFound,
  personName,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { ImpactBadge, OverdueBadge, StatusBadge } from '../common/badges';
import { areaName, formatYenOrNone, localizedTitle } from '../common/format';
import { NoticeBar, noticeFrom, type Notice } from '../common/notice-bar';
import { INBOX_PATH, MY_TICKETS_PATH, goalPath, personPath, storyPath, ticketPath } from '../common/paths';
import type { TicketDetails } from '../common/types';
import { VoiceTabs } from '../common/voice-tabs';
import { TicketQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';
import { useVoiceMessages } from '../i18n/use-voice-messages';
import { Composer } from './composer';
import { EditTicketDialog } from './edit-ticket-dialog';
import { LinksDialog } from './links-dialog';
import { forgetMergedTicket, mergedAwayFrom } from './merge-dialog';
import { TicketTimeline } from './ticket-timeline';
import { TriagePanel } from './triage-panel';
import { VoicesList } from './voices-list';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  eyebrow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  title: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1023px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
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
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  figureTerm: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  figureValue: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    overflowWrap: 'anywhere',
  },
  figureWords: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(7em, max-content) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    '& dt': { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  links: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  reason: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** `/voice/tickets/:id`: a ticket with its customers' voices, history and (for product) triage. */
export default function TicketPage() {
  useVoiceMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(VOICE_NAMESPACE);
  const { data, loading, error, refetch } = useQuery(TicketQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const ticket = data?.ticket;
  usePageTitle(ticket ? `${ticket.code} ${ticket.summary}` : null);

  if (!ticket) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <>
        <VoiceTabs />
        <Title1 as="h1">{t('ticket.notFoundTitle')}</Title1>
        <EmptyState hint={t('ticket.notFoundHint')} action={<AppLink to={MY_TICKETS_PATH}>{t('ticket.toMine')}</AppLink>} />
      </>
    );
  }
  // A merged duplicate lives on in the ticket it went into: open that one, and say why.
  if (ticket.status === 'MERGED' && ticket.mergedInto) {
    const notice: Notice = { intent: 'info', text: t('ticket.mergedNotice', { from: ticket.code, into: ticket.mergedInto.code }) };
    return <Navigate to={ticketPath(ticket.mergedInto.id)} replace state={{ notice }} />;
  }
  // Keyed by ticket: going from one ticket to another (a merge, a link) starts its page afresh, notice included.
  return <TicketView key={ticket.id} ticket={ticket} canTriage={data.voiceSettings.canTriage} onReload={() => void refetch()} />;
}

function TicketView({ ticket, canTriage, onReload }: { ticket: TicketDetails; canTriage: boolean; onReload: () => void }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const location = useLocation();
  const [notice, setNotice] = useState<Notice | null>(() => noticeFrom(location.state));
  const client = useApolloClient();
  const [mergedAway] = useState(() => mergedAwayFrom(location.state));
  useEffect(() => {
    if (mergedAway) forgetMergedTicket(client, mergedAway);
  }, [client, mergedAway]);
  const [editing, setEditing] = useState(false);
  const [linking, setLinking] = useState(false);
  const figuresId = useId();
  const voicesId = useId();
  const timelineId = useId();
  const factsId = useId();
  const linksId = useId();
  const none = t('common.none');

  // Unsaved triage choices or a half-written reply: leaving asks first.
  const parts = useRef({ triage: false, composer: false });
  const unsaved = useRef(false);
  const [dirty, setDirty] = useState(false);
  const setPartDirty = useCallback((part: 'triage' | 'composer', value: boolean) => {
    parts.current[part] = value;
    unsaved.current = parts.current.triage || parts.current.composer;
    setDirty(unsaved.current);
  }, []);
  const markClean = useCallback(() => {
    parts.current = { triage: false, composer: false };
    unsaved.current = false;
    setDirty(false);
  }, []);

  const backTo = canTriage ? INBOX_PATH : MY_TICKETS_PATH;
  return (
    <div className={styles.page}>
      <UnsavedChangesGuard unsaved={unsaved} dirty={dirty} />
      <VoiceTabs />
      <div className={styles.header}>
        <AppLink to={backTo}>{canTriage ? t('ticket.backToInbox') : t('ticket.backToMine')}</AppLink>
        <span className={styles.eyebrow}>
          <span className={styles.code}>{ticket.code}</span>
          <StatusBadge status={ticket.status} />
          <ImpactBadge impact={ticket.impact} />
          {ticket.triageOverdue ? <OverdueBadge /> : null}
        </span>
        <Title1 as="h1" className={styles.title}>
          {ticket.summary}
        </Title1>
        <Text className={styles.muted}>
          {[
            t(`category.${ticket.category}`),
            areaName(ticket.productArea, locale, t('common.noArea')),
            ticket.theme,
            t('ticket.filedOn', { date: formatDate(ticket.filedAt, locale) }),
          ]
            .filter(Boolean)
            .join(t('common.separator'))}
        </Text>
        {ticket.canEdit ? (
          <div className={styles.actions}>
            <Button icon={<EditRegular />} onClick={() => setEditing(true)}>
              {t('ticket.edit')}
            </Button>
          </div>
        ) : null}
      </div>

      {notice ? <NoticeBar notice={notice} onDismiss={() => setNotice(null)} /> : null}

      <div className={styles.columns}>
        <div className={styles.stack}>
          <section className={styles.section} aria-labelledby={figuresId}>
            <h2 id={figuresId} className={styles.heading}>
              {t('ticket.figures')}
            </h2>
            <dl className={styles.figures}>
              <Figure term={t('ticket.customers')} value={formatNumber(ticket.customerCount, locale)} />
              <Figure term={t('ticket.revenue')} value={formatYenOrNone(ticket.revenueAtStake, locale, none)} />
              <Figure term={t('ticket.voiceCount')} value={formatNumber(ticket.voiceCount, locale)} />
              <Figure
                words
                term={t('ticket.segments')}
                value={
                  ticket.segments.length > 0
                    ? ticket.segments.map((segment) => t(`segment.${segment}`)).join(t('common.listSeparator'))
                    : none
                }
              />
            </dl>
          </section>

          {ticket.status === 'DECLINED' && ticket.declineReason ? (
            <section className={styles.section} aria-label={t('ticket.declineReason')}>
              <h2 className={styles.heading}>{t('ticket.declineReason')}</h2>
              <p className={styles.reason} dir="auto">
                {ticket.declineReason}
              </p>
            </section>
          ) : null}

          <section className={styles.section} aria-labelledby={voicesId}>
            <h2 id={voicesId} className={styles.heading}>
              {t('ticket.voices', { count: ticket.voices.length })}
            </h2>
            <VoicesList voices={ticket.voices} />
          </section>

          <section className={styles.section} aria-labelledby={timelineId}>
            <h2 id={timelineId} className={styles.heading}>
              {t('ticket.timeline')}
            </h2>
            <TicketTimeline entries={ticket.timeline} />
            <Composer
              ticket={ticket}
              canTriage={canTriage}
              onDirtyChange={(value) => setPartDirty('composer', value)}
              onSent={(text) => setNotice({ intent: 'success', text })}
            />
          </section>
        </div>

        <div className={styles.stack}>
          {canTriage && ticket.canTriage ? (
            <TriagePanel
              key={`${ticket.id}:${ticket.version}`}
              ticket={ticket}
              onDirtyChange={(value) => setPartDirty('triage', value)}
              onSaved={(text) => setNotice({ intent: 'success', text })}
              onReload={onReload}
              beforeLeave={markClean}
            />
          ) : null}

          <section className={styles.section} aria-labelledby={factsId}>
            <h2 id={factsId} className={styles.heading}>
              {t('ticket.facts')}
            </h2>
            <dl className={styles.facts}>
              <Fact term={t('ticket.status')}>{t(`status.${ticket.status}`)}</Fact>
              <Fact term={t('ticket.category')}>{t(`category.${ticket.category}`)}</Fact>
              <Fact term={t('ticket.impact')}>{t(`impact.${ticket.impact}`)}</Fact>
              <Fact term={t('ticket.productArea')}>{areaName(ticket.productArea, locale, t('common.noArea'))}</Fact>
              <Fact term={t('ticket.theme')}>{ticket.theme || none}</Fact>
              <Fact term={t('ticket.owner')}>
                {ticket.owner ? <AppLink to={personPath(ticket.owner.id)}>{personName(ticket.owner, locale)}</AppLink> : t('list.noOwner')}
              </Fact>
              <Fact term={t('ticket.filer')}>
                {ticket.filer ? <AppLink to={personPath(ticket.filer.id)}>{personName(ticket.filer, locale)}</AppLink> : none}
              </Fact>
              <Fact term={t('ticket.filedAt')}>{formatDate(ticket.filedAt, locale)}</Fact>
              <Fact term={t('ticket.triageDue')}>
                {ticket.firstTriagedAt
                  ? t('ticket.triagedOn', { date: formatDate(ticket.firstTriagedAt, locale) })
                  : t('ticket.triageDueOn', { date: formatDate(ticket.triageDueAt, locale) })}
                {ticket.triageOverdue ? (
                  <>
                    {' '}
                    <OverdueBadge />
                  </>
                ) : null}
              </Fact>
            </dl>
            {ticket.following ? (
              <Text size={200} className={styles.muted}>
                {t('ticket.following')}
              </Text>
            ) : null}
          </section>

          <section className={styles.section} aria-labelledby={linksId}>
            <h2 id={linksId} className={styles.heading}>
              {t('ticket.links')}
            </h2>
            <LinkList
              title={t('ticket.linkedGoals')}
              empty={t('ticket.linkedGoalsEmpty')}
              items={ticket.linkedGoals.map((goal) => ({
                id: goal.id,
                to: goalPath(goal.id),
                text: `${goal.code} ${localizedTitle(goal, locale)}`,
              }))}
            />
            <LinkList
              title={t('ticket.linkedStories')}
              empty={t('ticket.linkedStoriesEmpty')}
              items={ticket.linkedStories.map((story) => ({
                id: story.id,
                to: storyPath(story.id),
                text: t('ticket.storyLink', { title: localizedTitle(story, locale), account: story.accountName }),
              }))}
            />
            {canTriage && ticket.status !== 'MERGED' ? (
              <div className={styles.actions}>
                <Button icon={<LinkRegular />} onClick={() => setLinking(true)}>
                  {t('links.edit')}
                </Button>
              </div>
            ) : null}
            {ticket.mergedFrom.length > 0 ? (
              <LinkList
                title={t('ticket.mergedFrom')}
                empty=""
                items={ticket.mergedFrom.map((merged) => ({
                  id: merged.id,
                  to: ticketPath(merged.id),
                  text: `${merged.code} ${merged.summary}`,
                }))}
              />
            ) : null}
          </section>
        </div>
      </div>

      {canTriage ? (
        <LinksDialog
          ticket={ticket}
          open={linking}
          onOpenChange={setLinking}
          onSaved={() => {
            setLinking(false);
            setNotice({ intent: 'success', text: t('links.saved') });
          }}
        />
      ) : null}

      {ticket.canEdit ? (
        <EditTicketDialog
          ticket={ticket}
          open={editing}
          onOpenChange={setEditing}
          onSaved={() => {
            setEditing(false);
            setNotice({ intent: 'success', text: t('edit.saved') });
          }}
          onReload={onReload}
        />
      ) : null}
    </div>
  );
}

function Figure({ term, value, words = false }: { term: string; value: string; words?: boolean }) {
  const styles = useStyles();
  // Term after value in the DOM order of a <dl> is not allowed: the column is reversed visually instead.
  return (
    <div className={styles.figure}>
      <dt className={styles.figureTerm}>{term}</dt>
      <dd className={mergeClasses(styles.figureValue, words && styles.figureWords)}>{value}</dd>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function LinkList({ title, empty, items }: { title: string; empty: string; items: { id: string; to: string; text: string }[] }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <div>
      <Text as="h3" id={headingId} weight="semibold" block>
        {title}
      </Text>
      {items.length === 0 ? (
        <Text className={styles.muted}>{empty}</Text>
      ) : (
        <ul className={styles.links} aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.id}>
              <AppLink to={item.to}>{item.text}</AppLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
