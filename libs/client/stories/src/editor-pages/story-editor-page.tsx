import { useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@kakehashi/shared-contracts';
import {
  AppLink,
  EmptyState,
  errorCode,
  errorMessageKey,
  ErrorState,
  fieldErrors,
  isNotFound,
  LoadingState,
  PageHeader,
  type StorySavedFragment,
  UnsavedChangesGuard,
  usePageTitle,
} from '@kakehashi/client-platform';
import type { StoryDetail } from '../common/story-detail';
import { STORIES_PATH, storyEditPath, storyPath } from '../common/paths';
import { CreateStoryMutation, StoryQuery, UpdateStoryMutation } from '../graphql/documents';
import { STORIES_NAMESPACE } from '../i18n';
import { StoryForm } from './story-form';
import { EMPTY_STORY, formFieldOf, storyFormValues, storyInput, validateStoryForm, type StoryFormValues } from './story-form-values';
import { useStoriesMessages } from '../i18n/use-stories-messages';

const useStyles = makeStyles({
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '920px', minWidth: 0 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
});

/** A new story (`/stories/new`). */
export function NewStoryPage() {
  useStoriesMessages();
  return <StoryEditor />;
}

/** Editing a story (`/stories/:id/edit`). */
export function EditStoryPage() {
  useStoriesMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(STORIES_NAMESPACE);
  const { data, error, loading, refetch } = useQuery(StoryQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (!data) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('story.notFoundTitle')}</Title1>
        <EmptyState hint={t('story.notFoundHint')} action={<AppLink to={STORIES_PATH}>{t('story.backToList')}</AppLink>} />
      </>
    );
  }
  return <StoryEditor key={data.story.id} story={data.story} />;
}

interface Notice {
  intent: 'success' | 'error';
  text: string;
}

/** Carried across the switch from /new to /edit after the first save. */
function noticeFrom(state: unknown): Notice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const notice = (state as { notice: unknown }).notice;
  if (typeof notice !== 'object' || notice === null) return null;
  const { intent, text } = notice as Partial<Notice>;
  return (intent === 'success' || intent === 'error') && typeof text === 'string' ? { intent, text } : null;
}

/** The server's developer messages, said to the author in their language. */
function serverFieldMessage(field: string, message: string): string {
  if (field === 'outcomes') return 'form.errors.outcomes';
  if (/KB/.test(message)) return 'form.errors.tooLarge';
  if (/active person/.test(message)) return 'form.errors.unknownPerson';
  if (/unknown department/.test(message)) return 'form.errors.unknownDepartment';
  if (/stay filled in/.test(message)) return 'form.errors.mustStayFilled';
  if (/empty|filled in/.test(message)) return 'form.errors.required';
  return 'form.errors.invalid';
}

function StoryEditor({ story }: { story?: StoryDetail }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const navigate = useNavigate();
  const location = useLocation();
  usePageTitle(story ? t('form.editTitle') : t('form.newTitle'));
  const [values, setValues] = useState<StoryFormValues>(() => (story ? storyFormValues(story) : EMPTY_STORY));
  const [current, setCurrent] = useState<StorySavedFragment | undefined>(story);
  const [dirty, setDirty] = useState(false);
  // The same as `dirty`, readable at once by the leave warning (see UnsavedChangesGuard).
  const unsaved = useRef(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(() => noticeFrom(location.state));
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(CreateStoryMutation);
  const [update] = useMutation(UpdateStoryMutation);

  if (current && !current.canEdit) {
    return (
      <>
        <Title1 as="h1">{t('form.forbiddenTitle')}</Title1>
        <EmptyState hint={common('errors.FORBIDDEN')} action={<AppLink to={storyPath(current.id)}>{t('form.openStory')}</AppLink>} />
      </>
    );
  }

  const change = (next: StoryFormValues) => {
    setValues(next);
    unsaved.current = true;
    setDirty(true);
  };

  const handleFailure = (failure: unknown) => {
    if (errorCode(failure) === ErrorCode.Conflict) {
      setConflict(true);
      return;
    }
    const fields = fieldErrors(failure);
    if (Object.keys(fields).length > 0) {
      const found: Record<string, string> = {};
      for (const [field, message] of Object.entries(fields)) {
        const formField = formFieldOf(field);
        found[formField] ??= t(serverFieldMessage(formField, message));
      }
      setErrors(found);
      setNotice({ intent: 'error', text: common('errors.BAD_USER_INPUT') });
      return;
    }
    setNotice({ intent: 'error', text: common(errorMessageKey(failure)) });
  };

  const save = async () => {
    if (busy) return;
    const found = validateStoryForm(values);
    setErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(`form.errors.${key}`)])));
    if (Object.keys(found).length > 0) {
      setNotice({ intent: 'error', text: common('errors.BAD_USER_INPUT') });
      return;
    }
    setBusy(true);
    setNotice(null);
    setConflict(false);
    try {
      const input = storyInput(values);
      if (!current) {
        const result = await create({ variables: { input } });
        const saved = result.data?.createStory;
        if (!saved) return;
        unsaved.current = false;
        setDirty(false);
        // The address now names the draft, so that a reload keeps editing it.
        void navigate(storyEditPath(saved.id), { replace: true, state: { notice: { intent: 'success', text: t('form.saved') } } });
        return;
      }
      const result = await update({ variables: { input: { ...input, id: current.id, version: current.version } } });
      const saved = result.data?.updateStory;
      if (saved) setCurrent(saved);
      unsaved.current = false;
      setDirty(false);
      setErrors({});
      setNotice({ intent: 'success', text: t('form.saved') });
    } catch (failure) {
      handleFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  const status = current?.status ?? 'DRAFT';
  return (
    <div className={styles.layout}>
      <UnsavedChangesGuard unsaved={unsaved} dirty={dirty} />
      <PageHeader
        title={current ? t('form.editTitle') : t('form.newTitle')}
        eyebrow={<AppLink to={STORIES_PATH}>{t('story.backToList')}</AppLink>}
        lead={current ? t('form.statusLine', { status: t(`status.${status}`) }) : t('form.lead')}
        actions={current ? <AppLink to={storyPath(current.id)}>{t('form.openStory')}</AppLink> : undefined}
      />
      {status === 'PUBLISHED' ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('form.editingPublished')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {conflict ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('form.conflictTitle')}</MessageBarTitle>
            {t('form.conflict')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => window.location.reload()}>{t('form.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <StoryForm values={values} onChange={change} errors={errors} disabled={busy} />
      <div className={styles.bar}>
        <Button
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : <SaveRegular />}
          disabledFocusable={busy}
          onClick={() => void save()}
        >
          {busy ? t('form.saving') : status === 'DRAFT' ? t('form.save') : t('form.saveChanges')}
        </Button>
        {current ? <AppLink to={storyPath(current.id)}>{t('form.openStory')}</AppLink> : null}
      </div>
    </div>
  );
}
