import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ErrorCode, VOICE_SUGGESTIONS_MAX, TicketSort, type TicketStatus } from '@kakehashi/shared-contracts';
import { errorCode, errorMessageKey, formatNumber, useDebouncedValue, useLocale } from '@kakehashi/client-platform';
import { parseTicketReference, ticketPath } from '../common/paths';
import type { TicketDetails } from '../common/types';
import { InboxTicketsQuery, MergeCandidateQuery, MergeTicketMutation, SimilarTicketsQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';
import { mergeCandidates, type MergeCandidate } from './merge-candidates';

const SEARCH_RESULTS = 10;

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  options: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxHeight: '40vh', overflowY: 'auto' },
  muted: { color: tokens.colorNeutralForeground2 },
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

/** 統合: picks the ticket this duplicate goes into (suggested, searched, or pasted), then merges and opens it. */
export function MergeDialog({
  ticket,
  open,
  onOpenChange,
  beforeLeave,
}: {
  ticket: TicketDetails;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  beforeLeave: () => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        {/* Mounted per opening: a fresh search each time. */}
        {open ? <MergeForm ticket={ticket} onCancel={() => onOpenChange(false)} beforeLeave={beforeLeave} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

function MergeForm({ ticket, onCancel, beforeLeave }: { ticket: TicketDetails; onCancel: () => void; beforeLeave: () => void }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string>('');
  const [failure, setFailure] = useState<string | null>(null);
  const search = useDebouncedValue(text.trim(), 400);
  const reference = parseTicketReference(search);

  const similar = useQuery(SimilarTicketsQuery, { variables: { text: ticket.summary, first: VOICE_SUGGESTIONS_MAX } });
  const byId = useQuery(MergeCandidateQuery, {
    variables: { id: reference?.kind === 'id' ? reference.id : '' },
    skip: reference?.kind !== 'id',
  });
  const searched = useQuery(InboxTicketsQuery, {
    // A VOC number (typed bare or with its prefix) is looked up by its code.
    variables: {
      filter: { search: reference?.kind === 'number' ? `VOC-${reference.number}` : search },
      sort: TicketSort.MOST_CUSTOMERS,
      first: SEARCH_RESULTS,
      after: null,
    },
    skip: search.length === 0 || reference?.kind === 'id',
  });

  const candidates = mergeCandidates({
    self: ticket.id,
    reference,
    similar: (similar.data?.similarTickets ?? []).map((suggestion) => suggestion.ticket),
    found: byId.data?.ticket ? [byId.data.ticket] : [],
    searched: searched.data?.tickets.nodes ?? [],
  });
  const loading = similar.loading || byId.loading || searched.loading;
  const target = candidates.find((candidate) => candidate.id === chosen) ?? null;

  const [merge, { loading: merging }] = useMutation(MergeTicketMutation);

  const confirm = async () => {
    if (!target || merging) return;
    setFailure(null);
    try {
      const result = await merge({ variables: { input: { ticketId: ticket.id, intoTicketId: target.id } } });
      const survivor = result.data?.mergeTicket;
      if (!survivor) return;
      beforeLeave();
      // The cache forgets the duplicate once the survivor's page shows (see forgetMergedTicket), not here:
      // until the router has rendered that page, this one is still mounted and would redirect on a refetch.
      await navigate(ticketPath(survivor.id), {
        state: {
          notice: { intent: 'success', text: t('merge.done', { from: ticket.code, into: survivor.code }) },
          mergedAway: ticket.id,
        },
      });
    } catch (error) {
      setFailure(errorCode(error) === ErrorCode.BadUserInput ? t('merge.invalid') : common(errorMessageKey(error)));
    }
  };

  let status: string | null = null;
  if (loading && candidates.length === 0) status = t('merge.searching');
  else if (candidates.length === 0) {
    status = reference?.kind === 'number' ? t('merge.numberNotFound', { code: `VOC-${reference.number}` }) : t('merge.none');
  }
  if (reference?.kind === 'id' && reference.id === ticket.id) status = t('merge.self');

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <DialogBody>
        <DialogTitle>{t('merge.title', { code: ticket.code })}</DialogTitle>
        <DialogContent className={styles.content}>
          <Text>{t('merge.lead')}</Text>
          <Field label={t('merge.search')} hint={t('merge.searchHint')}>
            <Input
              type="search"
              contentBefore={<SearchRegular aria-hidden="true" />}
              value={text}
              onChange={(_, data) => setText(data.value)}
            />
          </Field>
          {status ? (
            <Text role="status" className={styles.status}>
              {loading ? <Spinner size="extra-tiny" aria-hidden="true" /> : null}
              {status}
            </Text>
          ) : null}
          {candidates.length > 0 ? (
            <Field label={search ? t('merge.results') : t('merge.suggestions')}>
              <RadioGroup className={styles.options} value={chosen} onChange={(_, data) => setChosen(data.value)}>
                {candidates.map((candidate) => (
                  <Radio key={candidate.id} value={candidate.id} label={candidateLabel(candidate, t, locale)} />
                ))}
              </RadioGroup>
            </Field>
          ) : null}
          {target ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('merge.confirmText', { from: ticket.code, into: target.code })}</MessageBarBody>
            </MessageBar>
          ) : null}
          {failure ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabledFocusable={!target || merging}
            icon={merging ? <Spinner size="tiny" /> : undefined}
          >
            {merging ? t('merge.merging') : t('merge.confirm')}
          </Button>
          <Button onClick={onCancel}>{t('merge.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

function candidateLabel(
  candidate: MergeCandidate,
  t: (key: string, options?: Record<string, unknown>) => string,
  locale: Parameters<typeof formatNumber>[1],
): string {
  return t('merge.option', {
    code: candidate.code,
    summary: candidate.summary,
    status: t(`status.${candidate.status as TicketStatus}`),
    customers: formatNumber(candidate.customerCount, locale),
  });
}

/** The duplicate a merge just moved away from, carried in the navigation's state to the ticket it went into. */
export function mergedAwayFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('mergedAway' in state)) return null;
  const id = (state as { mergedAway: unknown }).mergedAway;
  return typeof id === 'string' ? id : null;
}

/**
 * After a merge, from the survivor's page: the duplicate, read afresh, redirects when next opened,
 * and the lists count the merge. Done there rather than in the dialog because evicting while the
 * duplicate's page is still mounted refetches it, and its redirect would replace the merge's notice.
 */
export function forgetMergedTicket(client: ApolloClient, ticketId: string): void {
  client.cache.evict({ id: client.cache.identify({ __typename: 'Ticket', id: ticketId }) });
  for (const fieldName of ['tickets', 'ticketStatusCounts', 'myTickets', 'similarTickets', 'voiceInsights']) {
    client.cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
}
