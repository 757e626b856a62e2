import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  CustomerSegment,
  ErrorCode,
  TicketCategory,
  TicketImpact,
  VOICE_SUMMARY_MAX_LENGTH,
  VoiceChannel,
} from '@kakehashi/shared-contracts';
import {
  ErrorState,
  PageHeader,
  errorCode,
  errorMessageKey,
  fieldErrors,
  useAuth,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { areaName, formatYenAmount, parseYen } from '../common/format';
import { newIdempotencyKey } from '../common/idempotency';
import { NoticeBar, type Notice } from '../common/notice-bar';
import { ticketPath } from '../common/paths';
import { useProductAreas } from '../common/use-product-areas';
import { VoiceTabs } from '../common/voice-tabs';
import { AddVoiceToTicketMutation, FileTicketMutation } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';
import { useVoiceMessages } from '../i18n/use-voice-messages';
import { SimilarTickets, type SuggestedTicket } from './similar-tickets';
import {
  browserStorage,
  clearDraft,
  emptyDraft,
  isDraftEmpty,
  loadDraft,
  saveDraft,
  type DraftField,
  type TicketDraft,
} from './ticket-draft';
import { fileTicketInput, serverFieldProblem, validateDraft, voiceFields, type FieldProblems } from './ticket-form-values';

const SEGMENTS = Object.values(CustomerSegment);
const CHANNELS = Object.values(VoiceChannel);
const CATEGORIES = Object.values(TicketCategory);
const IMPACTS = Object.values(TicketImpact);

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px', minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    border: 'none',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    '@media (max-width: 767px)': { padding: tokens.spacingHorizontalL },
  },
  legend: {
    float: 'left',
    width: '100%',
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    clear: 'both',
    minWidth: 0,
  },
  full: { gridColumn: '1 / -1', minWidth: 0 },
  verbatim: { minHeight: '200px' },
  verbatimText: { whiteSpace: 'pre-wrap', unicodeBidi: 'plaintext' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** `/voice/new`: file a customer's voice, or add it to a similar open ticket instead. */
export default function FileTicketPage() {
  useVoiceMessages();
  const { t } = useTranslation(VOICE_NAMESPACE);
  const { me } = useAuth();
  usePageTitle(t('file.title'));
  // Inside <RequireAuth>: the person is known. Keyed by them, so a switch of account starts afresh.
  if (!me) return null;
  return <FileTicketForm key={me.id} personId={me.id} />;
}

function FileTicketForm({ personId }: { personId: string }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const navigate = useNavigate();
  const storage = useRef(browserStorage());
  const [draft, setDraft] = useState<TicketDraft>(() => loadDraft(storage.current, personId, newIdempotencyKey));
  const [restored] = useState(() => !isDraftEmpty(draft));
  const [showRestored, setShowRestored] = useState(restored);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<'file' | string | null>(null);
  const { areas, error: areasError } = useProductAreas();
  const customerId = useId();
  const voiceId = useId();
  const classifyId = useId();

  // Every keystroke is kept: a reload, a crash or a closed tab loses nothing typed.
  const saved = useRef(false);
  useEffect(() => {
    if (saved.current) return;
    saveDraft(storage.current, personId, draft);
  }, [draft, personId]);

  const evictLists = (cache: ApolloCache) => {
    for (const fieldName of ['myTickets', 'tickets', 'ticketStatusCounts', 'similarTickets', 'voiceInsights']) {
      cache.evict({ id: 'ROOT_QUERY', fieldName });
    }
    cache.gc();
  };
  const [fileTicket] = useMutation(FileTicketMutation, { update: evictLists });
  const [addVoice] = useMutation(AddVoiceToTicketMutation, {
    update: (cache, result) => {
      evictLists(cache);
      // The ticket's page reads its voices afresh.
      const id = result.data?.addVoiceToTicket.id;
      if (id) cache.evict({ id: cache.identify({ __typename: 'Ticket', id }) });
    },
  });

  const change = (field: DraftField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (problems[field]) setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const message = (field: DraftField): string | undefined => {
    const problem = problems[field];
    return problem ? t(`file.errors.${problem.key}`, problem.values) : undefined;
  };

  const fail = (failure: unknown) => {
    const fields = fieldErrors(failure);
    if (Object.keys(fields).length > 0) {
      const found: FieldProblems = {};
      const general: string[] = [];
      for (const [field, text] of Object.entries(fields)) {
        const { field: formField, problem } = serverFieldProblem(field, text);
        if (formField) found[formField] ??= problem;
        else general.push(t(`file.errors.${problem.key}`));
      }
      setProblems(found);
      setNotice({ intent: 'error', text: [t('file.errors.notice'), ...new Set(general)].join(' ') });
      return;
    }
    if (errorCode(failure) === ErrorCode.Conflict) {
      setNotice({ intent: 'error', text: t('file.errors.retried') });
      return;
    }
    setNotice({ intent: 'error', text: common(errorMessageKey(failure)) });
  };

  const done = (id: string, text: string) => {
    saved.current = true;
    clearDraft(storage.current, personId);
    void navigate(ticketPath(id), { state: { notice: { intent: 'success', text } } });
  };

  const check = (scope: 'voice' | 'ticket'): boolean => {
    const found = validateDraft(draft, scope);
    setProblems(found);
    if (Object.keys(found).length === 0) return true;
    setNotice({ intent: 'error', text: scope === 'voice' ? t('file.errors.needCustomer') : t('file.errors.notice') });
    return false;
  };

  const submit = async () => {
    if (busy) return;
    setNotice(null);
    if (!check('ticket')) return;
    setBusy('file');
    try {
      const result = await fileTicket({ variables: { input: fileTicketInput(draft) } });
      const ticket = result.data?.fileTicket;
      if (ticket) done(ticket.id, t('file.filed', { code: ticket.code }));
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(null);
    }
  };

  const addTo = async (ticket: SuggestedTicket) => {
    if (busy) return;
    setNotice(null);
    if (!check('voice')) return;
    setBusy(ticket.id);
    try {
      const result = await addVoice({ variables: { input: { ...voiceFields(draft), ticketId: ticket.id } } });
      const updated = result.data?.addVoiceToTicket;
      if (updated) done(updated.id, t('file.similar.added', { code: updated.code }));
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(null);
    }
  };

  const discard = () => {
    clearDraft(storage.current, personId);
    setDraft(emptyDraft(newIdempotencyKey()));
    setProblems({});
    setNotice(null);
    setShowRestored(false);
  };

  const contractValue = parseYen(draft.annualContractValue);
  const select = (
    field: DraftField,
    label: string,
    options: readonly { value: string; label: string }[],
    required: boolean,
    hint?: string,
  ) => (
    <Field
      label={label}
      required={required}
      hint={hint}
      validationState={problems[field] ? 'error' : undefined}
      validationMessage={message(field)}
    >
      <Select value={draft[field]} onChange={(_, data) => change(field, data.value)} disabled={busy !== null}>
        <option value="">{t('file.select')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
  const text = (field: DraftField, label: string, required: boolean, hint?: string, inputMode?: 'numeric') => (
    <Field
      label={label}
      required={required}
      hint={hint}
      validationState={problems[field] ? 'error' : undefined}
      validationMessage={message(field)}
    >
      <Input value={draft[field]} inputMode={inputMode} onChange={(_, data) => change(field, data.value)} disabled={busy !== null} />
    </Field>
  );

  return (
    <div className={styles.page}>
      <VoiceTabs />
      <PageHeader title={t('file.title')} lead={t('file.lead')} />
      {showRestored ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('file.restored')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={discard}>{t('file.discard')}</Button>
            <Button appearance="transparent" onClick={() => setShowRestored(false)}>
              {t('file.keep')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? <NoticeBar notice={notice} onDismiss={() => setNotice(null)} /> : null}
      {areasError ? <ErrorState error={areasError} /> : null}
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className={styles.section} aria-labelledby={customerId}>
          <legend id={customerId} className={styles.legend}>
            {t('file.customer')}
          </legend>
          <div className={styles.grid}>
            {text('accountName', t('file.accountName'), true, t('file.accountNameHint'))}
            {select(
              'segment',
              t('file.segment'),
              SEGMENTS.map((value) => ({ value, label: t(`segment.${value}`) })),
              true,
            )}
            {text(
              'annualContractValue',
              t('file.acv'),
              false,
              contractValue.value !== null
                ? t('file.acvPreview', { value: formatYenAmount(contractValue.value, locale) })
                : t('file.acvHint'),
              'numeric',
            )}
            {text('contactRole', t('file.contactRole'), false, t('file.contactRoleHint'))}
            {select(
              'channel',
              t('file.channel'),
              CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) })),
              true,
            )}
            {text('externalReference', t('file.externalReference'), false, t('file.externalReferenceHint'))}
          </div>
        </fieldset>

        <fieldset className={styles.section} aria-labelledby={voiceId}>
          <legend id={voiceId} className={styles.legend}>
            {t('file.voice')}
          </legend>
          <div className={styles.grid}>
            <div className={styles.full}>
              <Field
                label={t('file.verbatim')}
                required
                hint={t('file.verbatimHint')}
                validationState={problems.verbatim ? 'error' : undefined}
                validationMessage={message('verbatim')}
              >
                <Textarea
                  className={styles.verbatim}
                  textarea={{ className: styles.verbatimText, dir: 'auto' }}
                  resize="vertical"
                  value={draft.verbatim}
                  onChange={(_, data) => change('verbatim', data.value)}
                  disabled={busy !== null}
                />
              </Field>
            </div>
            <div className={styles.full}>
              {text('summary', t('file.summary'), true, t('file.summaryHint', { max: VOICE_SUMMARY_MAX_LENGTH }))}
            </div>
            <div className={styles.full}>
              <SimilarTickets summary={draft.summary} verbatim={draft.verbatim} busyId={busy} onAdd={(ticket) => void addTo(ticket)} />
            </div>
          </div>
        </fieldset>

        <fieldset className={styles.section} aria-labelledby={classifyId}>
          <legend id={classifyId} className={styles.legend}>
            {t('file.classify')}
          </legend>
          <div className={styles.grid}>
            {select(
              'category',
              t('file.category'),
              CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) })),
              true,
            )}
            {select(
              'impact',
              t('file.impact'),
              IMPACTS.map((value) => ({ value, label: t(`impact.${value}`) })),
              true,
            )}
            {select(
              'productAreaId',
              t('file.productArea'),
              areas.map((area) => ({ value: area.id, label: areaName(area, locale, '') })),
              true,
            )}
          </div>
        </fieldset>

        <div className={styles.bar}>
          <Button
            type="submit"
            appearance="primary"
            icon={busy === 'file' ? <Spinner size="tiny" /> : <SendRegular />}
            disabledFocusable={busy !== null}
          >
            {busy === 'file' ? t('file.submitting') : t('file.submit')}
          </Button>
          <Text size={200} className={styles.muted}>
            {t('file.draftHint')}
          </Text>
          {!isDraftEmpty(draft) ? (
            <Button appearance="subtle" onClick={discard} disabled={busy !== null}>
              {t('file.discard')}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
