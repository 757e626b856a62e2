import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Field, Radio, RadioGroup, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { TicketCommentKind, VOICE_COMMENT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { errorMessageKey, fieldErrors } from '@kakehashi/client-platform';
import { newIdempotencyKey } from '../common/idempotency';
import type { TicketDetails } from '../common/types';
import { CommentOnTicketMutation, TicketQuery } from '../graphql/documents';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  note: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  body: { whiteSpace: 'pre-wrap', unicodeBidi: 'plaintext' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * Writes on the ticket: product chooses a reply to the filers or an internal note; people who
 * filed a voice reply. Each post carries an idempotency key, so a retry posts it once.
 */
export function Composer({
  ticket,
  canTriage,
  onDirtyChange,
  onSent,
}: {
  ticket: TicketDetails;
  canTriage: boolean;
  onDirtyChange: (dirty: boolean) => void;
  onSent: (message: string) => void;
}) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const headingId = useId();
  const [kind, setKind] = useState<TicketCommentKind>(TicketCommentKind.REPLY);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  // One key per message being written: kept across retries, renewed once it is posted.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [post, { loading }] = useMutation(CommentOnTicketMutation, {
    refetchQueries: [{ query: TicketQuery, variables: { id: ticket.id } }],
    awaitRefetchQueries: true,
  });

  const mayReply = canTriage || ticket.following;
  if (!mayReply) {
    return (
      <Text size={200} className={styles.muted}>
        {t('composer.notAllowed')}
      </Text>
    );
  }

  const change = (value: string) => {
    setBody(value);
    setError(null);
    onDirtyChange(value.trim() !== '');
  };

  const send = async () => {
    if (loading) return;
    const text = body.trim();
    if (!text) return setError(t('composer.empty'));
    if (Array.from(text).length > VOICE_COMMENT_MAX_LENGTH) return setError(t('composer.tooLong', { max: VOICE_COMMENT_MAX_LENGTH }));
    try {
      await post({
        variables: { input: { ticketId: ticket.id, kind: canTriage ? kind : TicketCommentKind.REPLY, body: text, idempotencyKey } },
      });
      setBody('');
      setIdempotencyKey(newIdempotencyKey());
      onDirtyChange(false);
      onSent(kind === TicketCommentKind.INTERNAL_NOTE && canTriage ? t('composer.noted') : t('composer.sent'));
    } catch (failure) {
      const fields = fieldErrors(failure);
      setError(fields['body'] ? t('composer.empty') : common(errorMessageKey(failure)));
    }
  };

  const note = canTriage && kind === TicketCommentKind.INTERNAL_NOTE;
  return (
    <form
      className={styles.root}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h3 id={headingId} className={styles.heading}>
        {t('composer.title')}
      </h3>
      {canTriage ? (
        <Field label={t('composer.kind')}>
          <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => setKind(data.value as TicketCommentKind)}>
            <Radio value={TicketCommentKind.REPLY} label={t('composer.reply')} />
            <Radio value={TicketCommentKind.INTERNAL_NOTE} label={t('composer.note')} />
          </RadioGroup>
        </Field>
      ) : null}
      <Field
        label={note ? t('composer.noteBody') : t('composer.replyBody')}
        hint={note ? t('composer.noteHint') : t('composer.replyHint')}
        validationState={error ? 'error' : undefined}
        validationMessage={error ?? undefined}
      >
        <Textarea
          className={note ? styles.note : undefined}
          textarea={{ className: styles.body, dir: 'auto' }}
          value={body}
          onChange={(_, data) => change(data.value)}
          resize="vertical"
          rows={4}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={loading ? <Spinner size="tiny" /> : <SendRegular />} disabledFocusable={loading}>
          {loading ? t('composer.sending') : note ? t('composer.sendNote') : t('composer.send')}
        </Button>
      </div>
    </form>
  );
}
