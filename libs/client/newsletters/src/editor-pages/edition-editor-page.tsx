import { useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
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
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@kakehashi/shared-contracts';
import {
  AppLink,
  type EditionDetailFragment,
  EmptyState,
  errorCode,
  errorMessageKey,
  ErrorState,
  fieldErrors,
  formatDateTime,
  isNotFound,
  LoadingState,
  PageHeader,
  UnsavedChangesGuard,
  useAuth,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { isoOf } from '../common/scalars';
import { FEED_PATH, editionEditPath, editionPath, newsletterPath } from '../common/paths';
import { EditionArticle } from '../edition/edition-article';
import {
  ArchiveEditionMutation,
  CreateEditionMutation,
  EditionQuery,
  NewsletterQuery,
  PublishEditionMutation,
  ScheduleEditionMutation,
  UnscheduleEditionMutation,
  UpdateEditionMutation,
} from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { EditionForm, type EditionFormValues } from './edition-form';
import { isoToTokyoLocal, tokyoLocalFromNow, tokyoLocalToIso } from './tokyo-time';

const useStyles = makeStyles({
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '920px' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  spacer: { flexGrow: 1 },
  preview: { maxWidth: '880px', width: 'calc(100vw - 32px)' },
  previewBody: { maxHeight: '70vh', overflowY: 'auto' },
});

const EMPTY: EditionFormValues = {
  title: '',
  summary: '',
  coverImageUrl: null,
  bodyHtml: '',
  tags: [],
  audienceKind: 'COMPANY',
  departmentIds: [],
  mustRead: false,
  pinned: false,
  pinnedUntil: '',
};

function valuesOf(edition: EditionDetailFragment): EditionFormValues {
  return {
    title: edition.title,
    summary: edition.summary,
    coverImageUrl: edition.coverImageUrl ?? null,
    bodyHtml: edition.bodyHtml,
    tags: [...edition.tags],
    audienceKind: edition.audience.kind,
    departmentIds: edition.audience.departments.map((department) => department.id),
    mustRead: edition.mustRead,
    pinned: Boolean(edition.pinnedUntil),
    pinnedUntil: isoToTokyoLocal(isoOf(edition.pinnedUntil)),
  };
}

/** New edition of a newsletter (`/news/newsletters/:id/new`). */
export function NewEditionPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(NewsletterQuery, { variables: { id } });
  if (!data) return <Loading error={error} loading={loading} retry={() => void refetch()} />;
  return <EditionEditor newsletter={data.newsletter} />;
}

/** Editing an existing edition (`/news/editions/:id/edit`). */
export function EditEditionPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(EditionQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (!data) return <Loading error={error} loading={loading} retry={() => void refetch()} />;
  return <EditionEditor key={data.edition.id} newsletter={data.edition.newsletter} edition={data.edition} />;
}

function Loading({ error, loading, retry }: { error: unknown; loading: boolean; retry: () => void }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  if (loading) return <LoadingState />;
  if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={retry} />;
  return (
    <>
      <Title1 as="h1">{t('edition.notFoundTitle')}</Title1>
      <EmptyState hint={t('edition.notFoundHint')} action={<AppLink to={FEED_PATH}>{t('edition.backToFeed')}</AppLink>} />
    </>
  );
}

type Confirm = 'publish' | 'archive' | null;

interface Notice {
  intent: 'success' | 'error' | 'warning';
  text: string;
}

/** What an action leaves on screen; 'left' when it moved to another page. */
type Outcome = Notice | 'left' | undefined;

/** Carried across the switch from /new to /edit after the first save. */
function noticeFrom(state: unknown): Notice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const notice = (state as { notice: unknown }).notice;
  if (typeof notice !== 'object' || notice === null) return null;
  const { intent, text } = notice as Partial<Notice>;
  return (intent === 'success' || intent === 'error' || intent === 'warning') && typeof text === 'string' ? { intent, text } : null;
}

/** BAD_USER_INPUT fields and what to tell the editor about each. */
const FIELD_MESSAGES: Record<string, string> = {
  title: 'form.required',
  coverImageUrl: 'form.coverInvalid',
  bodyHtml: 'form.bodyTooLarge',
  pinnedUntil: 'form.pinUntilInvalid',
  publishAt: 'workflow.scheduleInvalid',
  departmentIds: 'form.chooseDepartments',
  audience: 'form.fixedOncePublished',
  mustRead: 'form.fixedOncePublished',
};

function EditionEditor({
  newsletter,
  edition,
}: {
  newsletter: { id: string; nameJa: string; nameEn: string; canEdit: boolean };
  edition?: EditionDetailFragment;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useAuth();
  usePageTitle(edition ? t('form.editTitle') : t('form.newTitle'));
  const [values, setValues] = useState<EditionFormValues>(() => (edition ? valuesOf(edition) : EMPTY));
  const [current, setCurrent] = useState<EditionDetailFragment | undefined>(edition);
  const [dirty, setDirty] = useState(false);
  // The same as `dirty`, readable at once by the leave warning (see UnsavedChangesGuard).
  const unsaved = useRef(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(() => noticeFrom(location.state));
  // A draft created by this page's first save: the address moves to it once the action ends.
  const created = useRef<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [publishAt, setPublishAt] = useState(() => isoToTokyoLocal(isoOf(edition?.scheduledAt)) || tokyoLocalFromNow(24));
  const [previewOpen, setPreviewOpen] = useState(false);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [busy, setBusy] = useState(false);

  const [create] = useMutation(CreateEditionMutation);
  const [update] = useMutation(UpdateEditionMutation);
  const [schedule] = useMutation(ScheduleEditionMutation);
  const [unschedule] = useMutation(UnscheduleEditionMutation);
  const [publish] = useMutation(PublishEditionMutation);
  const [archive] = useMutation(ArchiveEditionMutation);

  const status = current?.status ?? 'DRAFT';
  const published = status === 'PUBLISHED';

  if (!newsletter.canEdit) {
    return (
      <>
        <Title1 as="h1">{t('form.forbiddenTitle')}</Title1>
        <EmptyState
          hint={common('errors.FORBIDDEN')}
          action={<AppLink to={newsletterPath(newsletter.id)}>{t('edition.backToNewsletter')}</AppLink>}
        />
      </>
    );
  }

  const change = (next: EditionFormValues) => {
    setValues(next);
    unsaved.current = true;
    setDirty(true);
  };

  const markSaved = () => {
    unsaved.current = false;
    setDirty(false);
  };

  /** Local checks first, so that the obvious mistakes never reach the server. */
  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!values.title.trim()) found['title'] = t('form.required');
    if (values.audienceKind === 'DEPARTMENTS' && values.departmentIds.length === 0) found['departmentIds'] = t('form.chooseDepartments');
    if (values.pinned && !tokyoLocalToIso(values.pinnedUntil)) found['pinnedUntil'] = t('form.required');
    return found;
  };

  const handleFailure = (failure: unknown) => {
    const code = errorCode(failure);
    if (code === ErrorCode.Conflict) {
      setConflict(true);
      return;
    }
    const fields = fieldErrors(failure);
    if (Object.keys(fields).length > 0) {
      // The server's messages are for developers: each field gets a message in the reader's language.
      setErrors(Object.fromEntries(Object.keys(fields).map((field) => [field, t(FIELD_MESSAGES[field] ?? 'form.invalid')])));
      setNotice({ intent: 'error', text: common('errors.BAD_USER_INPUT') });
      return;
    }
    setNotice({ intent: 'error', text: common(errorMessageKey(failure)) });
  };

  /** Saves the form (creating the draft the first time) and answers with the saved edition. */
  const save = async (): Promise<EditionDetailFragment | null> => {
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setNotice({ intent: 'error', text: common('errors.BAD_USER_INPUT') });
      return null;
    }
    const content = {
      title: values.title.trim(),
      summary: values.summary.trim(),
      coverImageUrl: values.coverImageUrl,
      bodyHtml: values.bodyHtml,
      tags: values.tags,
      pinnedUntil: values.pinned ? tokyoLocalToIso(values.pinnedUntil) : null,
    };
    const audience = { kind: values.audienceKind, departmentIds: values.audienceKind === 'DEPARTMENTS' ? values.departmentIds : [] };
    if (!current) {
      const result = await create({
        variables: { input: { ...content, newsletterId: newsletter.id, audience, mustRead: values.mustRead } },
      });
      const saved = result.data?.createEdition ?? null;
      if (saved) {
        setCurrent(saved);
        created.current = saved.id;
      }
      return saved;
    }
    if (!dirty) return current;
    const result = await update({
      variables: {
        input: {
          id: current.id,
          version: current.version,
          ...content,
          ...(published ? {} : { audience, mustRead: values.mustRead }),
        },
      },
    });
    const saved = result.data?.updateEdition ?? null;
    if (saved) setCurrent(saved);
    return saved;
  };

  const run = async (action: () => Promise<Outcome>) => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    setConflict(false);
    try {
      const outcome = await action();
      const draftId = created.current;
      created.current = null;
      if (outcome === 'left') return;
      // The address now names the draft, so that a reload keeps editing it.
      if (draftId) void navigate(editionEditPath(draftId), { replace: true, state: { notice: outcome } });
      else if (outcome) setNotice(outcome);
    } catch (failure) {
      handleFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  const saveDraft = () =>
    run(async () => {
      const saved = await save();
      if (!saved) return undefined;
      markSaved();
      setErrors({});
      return { intent: 'success', text: t('workflow.saved') };
    });

  const scheduleAt = () =>
    run(async () => {
      const iso = tokyoLocalToIso(publishAt);
      if (!iso || new Date(iso).getTime() <= Date.now()) {
        setErrors({ publishAt: t('workflow.scheduleInPast') });
        return undefined;
      }
      const saved = await save();
      if (!saved) return undefined;
      markSaved();
      const result = await schedule({ variables: { input: { id: saved.id, publishAt: iso } } });
      if (result.data) setCurrent(result.data.scheduleEdition);
      setErrors({});
      return { intent: 'success', text: t('workflow.scheduled', { date: formatDateTime(iso, locale) }) };
    });

  const cancelSchedule = () =>
    run(async () => {
      if (!current) return undefined;
      const result = await unschedule({ variables: { id: current.id } });
      if (result.data) setCurrent(result.data.unscheduleEdition);
      return { intent: 'success', text: t('workflow.scheduleCanceled') };
    });

  const publishNow = () =>
    run(async () => {
      setConfirm(null);
      const saved = await save();
      if (!saved) return undefined;
      markSaved();
      await publish({ variables: { id: saved.id } });
      void navigate(editionPath(saved.id));
      return 'left';
    });

  const archiveNow = () =>
    run(async () => {
      setConfirm(null);
      if (!current) return undefined;
      const result = await archive({ variables: { id: current.id } });
      if (result.data) setCurrent(result.data.archiveEdition);
      return { intent: 'success', text: t('workflow.archived') };
    });

  const previewEdition = {
    ...values,
    status,
    pinned: values.pinned,
    unread: false,
    acknowledgedByMe: false,
    updatedAt: current?.updatedAt ?? null,
    publishedAt: current?.publishedAt ?? null,
    scheduledAt: current?.scheduledAt ?? null,
    author: current?.author ?? me ?? null,
    newsletter,
    audience: { kind: values.audienceKind, departments: current?.audience.departments ?? [] },
  };

  return (
    <div className={styles.layout}>
      <UnsavedChangesGuard unsaved={unsaved} dirty={dirty} />
      <PageHeader
        title={current ? t('form.editTitle') : t('form.newTitle')}
        eyebrow={<AppLink to={newsletterPath(newsletter.id)}>{locale === 'ja' ? newsletter.nameJa : newsletter.nameEn}</AppLink>}
        lead={current ? t('form.statusLine', { status: t(`edition.status.${status}`) }) : undefined}
        actions={current && status !== 'DRAFT' ? <AppLink to={editionPath(current.id)}>{t('form.openEdition')}</AppLink> : undefined}
      />
      {published ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('workflow.editingPublished')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status === 'SCHEDULED' && isoOf(current?.scheduledAt) ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('edition.scheduledAt', { date: formatDateTime(isoOf(current?.scheduledAt) ?? '', locale) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {conflict ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('workflow.conflictTitle')}</MessageBarTitle>
            {t('workflow.conflict')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => window.location.reload()}>{t('workflow.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <EditionForm values={values} onChange={change} errors={errors} published={published} disabled={busy || status === 'ARCHIVED'} />
      {status !== 'ARCHIVED' ? (
        <div className={styles.bar} role="group" aria-label={t('workflow.actions')}>
          <Button appearance={published ? 'primary' : 'secondary'} disabledFocusable={busy} onClick={() => void saveDraft()}>
            {busy ? t('workflow.saving') : published ? t('workflow.saveChanges') : t('workflow.saveDraft')}
          </Button>
          <Button disabledFocusable={busy} onClick={() => setPreviewOpen(true)}>
            {t('workflow.preview')}
          </Button>
          <span className={styles.spacer} />
          {!published ? (
            <>
              <Field
                label={t('workflow.scheduleAt')}
                hint={t('form.japanTime')}
                validationMessage={errors['publishAt']}
                validationState={errors['publishAt'] ? 'error' : 'none'}
              >
                <Input type="datetime-local" value={publishAt} onChange={(_, data) => setPublishAt(data.value)} />
              </Field>
              <Button disabledFocusable={busy} onClick={() => void scheduleAt()}>
                {status === 'SCHEDULED' ? t('workflow.reschedule') : t('workflow.schedule')}
              </Button>
              {status === 'SCHEDULED' ? (
                <Button disabledFocusable={busy} onClick={() => void cancelSchedule()}>
                  {t('workflow.cancelSchedule')}
                </Button>
              ) : null}
              <Button appearance="primary" disabledFocusable={busy} onClick={() => setConfirm('publish')}>
                {t('workflow.publishNow')}
              </Button>
            </>
          ) : (
            <Button disabledFocusable={busy} onClick={() => setConfirm('archive')}>
              {t('workflow.archive')}
            </Button>
          )}
        </div>
      ) : null}
      <Dialog open={previewOpen} onOpenChange={(_, data) => setPreviewOpen(data.open)}>
        <DialogSurface className={styles.preview}>
          <DialogBody>
            <DialogTitle>{t('workflow.previewTitle')}</DialogTitle>
            <DialogContent className={styles.previewBody}>
              <EditionArticle edition={previewEdition} headingLevel={3} />
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setPreviewOpen(false)}>
                {t('workflow.closePreview')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Dialog open={confirm !== null} onOpenChange={(_, data) => !data.open && setConfirm(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{confirm === 'archive' ? t('workflow.archiveConfirmTitle') : t('workflow.publishConfirmTitle')}</DialogTitle>
            <DialogContent>{confirm === 'archive' ? t('workflow.archiveConfirm') : t('workflow.publishConfirm')}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirm(null)}>
                {t('workflow.cancel')}
              </Button>
              <Button appearance="primary" onClick={() => void (confirm === 'archive' ? archiveNow() : publishNow())}>
                {confirm === 'archive' ? t('workflow.archive') : t('workflow.publish')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
