import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { COMMENT_BODY_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { errorMessageKey, fieldErrors, personName, useLocale } from '@kakehashi/client-platform';
import { newIdempotencyKey } from '../common/idempotency';
import { EditCommentMutation, PostCommentMutation } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { MentionPicker, type MentionedPerson } from './mention-picker';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

/** Writes a comment or a reply (or edits one of mine), with @mentions sent as person ids. */
export function CommentComposer({
  editionId,
  parentId,
  editing,
  label,
  onDone,
  onCancel,
}: {
  editionId: string;
  parentId?: string;
  /** Editing my comment instead of writing a new one. */
  editing?: { id: string; body: string; version: number; mentions: readonly MentionedPerson[] };
  label: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const [body, setBody] = useState(editing?.body ?? '');
  const [mentions, setMentions] = useState<readonly MentionedPerson[]>(editing?.mentions ?? []);
  const [error, setError] = useState<string | null>(null);
  // One key per comment being written: a double click or a retry after a network error posts it once.
  const idempotencyKey = useRef(newIdempotencyKey());
  const [post, postState] = useMutation(PostCommentMutation);
  const [edit, editState] = useMutation(EditCommentMutation);
  const busy = postState.loading || editState.loading;

  const submit = async () => {
    const text = body.trim();
    if (!text) {
      setError(t('comments.required'));
      return;
    }
    if (busy) return;
    setError(null);
    // Only people still named in the text are mentioned.
    const mentionIds = mentions.filter((person) => text.includes(`@${personName(person, locale)}`)).map((person) => person.id);
    try {
      if (editing) {
        await edit({ variables: { input: { id: editing.id, body: text, version: editing.version, mentionIds } } });
      } else {
        await post({ variables: { input: { editionId, parentId, body: text, mentionIds, idempotencyKey: idempotencyKey.current } } });
        idempotencyKey.current = newIdempotencyKey();
        setBody('');
        setMentions([]);
      }
      onDone();
    } catch (failure) {
      // The server's field messages are for developers: say it in the reader's language.
      const fields = fieldErrors(failure);
      setError(
        fields['mentionIds'] ? t('comments.mentionRefused') : fields['body'] ? t('comments.required') : common(errorMessageKey(failure)),
      );
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field label={label} validationMessage={error ?? undefined} validationState={error ? 'error' : 'none'}>
        <Textarea
          value={body}
          resize="vertical"
          maxLength={COMMENT_BODY_MAX_LENGTH}
          placeholder={t('comments.placeholder')}
          onChange={(_, data) => setBody(data.value)}
          onKeyDown={(event) => {
            // Ctrl/⌘+Enter posts, as in Teams.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
      </Field>
      <MentionPicker
        mentions={mentions}
        disabled={busy}
        onAdd={(person) => {
          setMentions((current) => [...current, person]);
          const tag = `@${personName(person, locale)}`;
          setBody((current) => (current.includes(tag) ? current : `${current}${current && !current.endsWith(' ') ? ' ' : ''}${tag} `));
        }}
        onRemove={(id) => {
          const person = mentions.find((candidate) => candidate.id === id);
          setMentions((current) => current.filter((candidate) => candidate.id !== id));
          if (person)
            setBody((current) => current.replace(`@${personName(person, locale)} `, '').replace(`@${personName(person, locale)}`, ''));
        }}
      />
      <div className={styles.actions}>
        {onCancel ? (
          <Button appearance="secondary" onClick={onCancel} disabled={busy}>
            {t('workflow.cancel')}
          </Button>
        ) : null}
        <Button appearance="primary" type="submit" disabledFocusable={busy}>
          {busy ? t('comments.posting') : editing ? t('comments.save') : parentId ? t('comments.reply') : t('comments.post')}
        </Button>
      </div>
    </form>
  );
}
