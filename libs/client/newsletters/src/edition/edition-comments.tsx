import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Avatar,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { COMMENT_HIDE_REASON_MAX_LENGTH, PAGE_SIZE_DEFAULT } from '@kakehashi/shared-contracts';
import {
  ErrorState,
  LoadingState,
  errorMessageKey,
  formatNumber,
  personInitials,
  personName,
  useLocale,
  type CommentFieldsFragment,
} from '@kakehashi/client-platform';
import { LoadMoreButton, appendEdges } from '../common/load-more';
import { relativeTime } from '../common/relative-time';
import { useNow } from '../common/use-now';
import { isoOf } from '../common/scalars';
import { DeleteCommentMutation, EditionCommentsQuery, HideCommentMutation } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { CommentComposer } from './comment-composer';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  replies: {
    listStyleType: 'none',
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '@media (max-width: 767px)': { paddingInlineStart: tokens.spacingHorizontalL },
  },
  comment: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  muted: { color: tokens.colorNeutralForeground2 },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  removed: { fontStyle: 'italic', color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

type Comment = CommentFieldsFragment & { replies?: CommentFieldsFragment[] };

/** Comments and replies under an edition: post, reply, @mention, edit and delete mine, hide (editors). */
export function EditionComments({ editionId, canComment, canModerate }: { editionId: string; canComment: boolean; canModerate: boolean }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const styles = useStyles();
  const locale = useLocale();
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(EditionCommentsQuery, {
    variables: { id: editionId, first: PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
  });
  const edition = data?.edition;
  const reload = () => void refetch().catch(() => undefined);

  return (
    <section className={styles.section} aria-labelledby="comments-heading">
      <h2 id="comments-heading" className={styles.heading}>
        {edition
          ? t('comments.headingCount', { count: edition.commentCount, shown: formatNumber(edition.commentCount, locale) })
          : t('edition.comments')}
      </h2>
      {canComment ? <CommentComposer editionId={editionId} label={t('comments.new')} onDone={reload} /> : null}
      {!edition ? (
        error ? (
          <ErrorState error={error} onRetry={reload} />
        ) : (
          <LoadingState />
        )
      ) : edition.comments.edges.length === 0 ? (
        <Text className={styles.muted}>{t('comments.empty')}</Text>
      ) : (
        <ul className={styles.list}>
          {edition.comments.edges.map(({ node }) => (
            <li key={node.id}>
              <CommentItem comment={node} editionId={editionId} canComment={canComment} canModerate={canModerate} onChanged={reload} />
            </li>
          ))}
        </ul>
      )}
      {edition?.comments.pageInfo.hasNextPage ? (
        <LoadMoreButton
          loading={networkStatus === NetworkStatus.fetchMore}
          onClick={() =>
            void fetchMore({
              variables: { after: edition.comments.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...previous,
                edition: { ...previous.edition, comments: appendEdges(previous.edition.comments, fetchMoreResult.edition.comments) },
              }),
            }).catch(() => undefined)
          }
        />
      ) : null}
    </section>
  );
}

function CommentItem({
  comment,
  editionId,
  canComment,
  canModerate,
  onChanged,
}: {
  comment: Comment;
  editionId: string;
  canComment: boolean;
  canModerate: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const locale = useLocale();
  const now = useNow();
  const [mode, setMode] = useState<'view' | 'edit' | 'reply'>('view');
  const [dialog, setDialog] = useState<'delete' | 'hide' | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [remove, removeState] = useMutation(DeleteCommentMutation);
  const [hide, hideState] = useMutation(HideCommentMutation);
  const isTopLevel = !comment.parentId;
  const removed = comment.deleted || comment.hidden;
  const author = comment.author ? personName(comment.author, locale) : t('comments.formerEmployee');

  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      setDialog(null);
      setReason('');
      onChanged();
    } catch (error) {
      setFailure(common(errorMessageKey(error)));
    }
  };

  return (
    <div id={`comment-${comment.id}`}>
      <div className={styles.comment}>
        {comment.author ? (
          <Avatar size={32} name={author} initials={personInitials(comment.author, locale)} aria-hidden="true" />
        ) : (
          <Avatar size={32} aria-hidden="true" />
        )}
        <div className={styles.content}>
          <div className={styles.header}>
            <Text weight="semibold">{author}</Text>
            <Text size={200} className={styles.muted}>
              {relativeTime(isoOf(comment.createdAt) ?? new Date(), locale, now)}
              {comment.editedAt && !removed ? `${t('card.separator')}${t('comments.edited')}` : ''}
            </Text>
          </div>
          {comment.deleted ? (
            <p className={styles.removed}>{t('comments.deleted')}</p>
          ) : comment.hidden ? (
            <p className={styles.removed}>{t('comments.hidden', { reason: comment.hiddenReason ?? '' })}</p>
          ) : mode === 'edit' ? (
            <CommentComposer
              editionId={editionId}
              editing={{ id: comment.id, body: comment.body ?? '', version: comment.version, mentions: comment.mentions }}
              label={t('comments.editLabel')}
              onDone={() => {
                setMode('view');
                onChanged();
              }}
              onCancel={() => setMode('view')}
            />
          ) : (
            <p className={styles.body}>{comment.body}</p>
          )}
          {failure ? (
            <MessageBar intent="error">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          ) : null}
          {!removed && mode === 'view' ? (
            <div className={styles.actions}>
              {canComment && isTopLevel ? (
                <Button size="small" appearance="subtle" onClick={() => setMode('reply')}>
                  {t('comments.reply')}
                </Button>
              ) : null}
              {comment.mine ? (
                <>
                  <Button size="small" appearance="subtle" onClick={() => setMode('edit')}>
                    {t('comments.edit')}
                  </Button>
                  <Button size="small" appearance="subtle" onClick={() => setDialog('delete')}>
                    {t('comments.delete')}
                  </Button>
                </>
              ) : null}
              {canModerate && !comment.mine ? (
                <Button size="small" appearance="subtle" onClick={() => setDialog('hide')}>
                  {t('comments.hide')}
                </Button>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>
      {comment.replies && (comment.replies.length > 0 || mode === 'reply') ? (
        <ul className={styles.replies} aria-label={t('comments.repliesTo', { name: author })}>
          {comment.replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem comment={reply} editionId={editionId} canComment={canComment} canModerate={canModerate} onChanged={onChanged} />
            </li>
          ))}
          {mode === 'reply' ? (
            <li>
              <CommentComposer
                editionId={editionId}
                parentId={comment.id}
                label={t('comments.replyLabel', { name: author })}
                onDone={() => {
                  setMode('view');
                  onChanged();
                }}
                onCancel={() => setMode('view')}
              />
            </li>
          ) : null}
        </ul>
      ) : null}
      <Dialog open={dialog !== null} onOpenChange={(_, data) => !data.open && setDialog(null)}>
        <DialogSurface>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (dialog === 'delete') void run(() => remove({ variables: { id: comment.id } }));
              else if (reason.trim()) void run(() => hide({ variables: { input: { id: comment.id, reason: reason.trim() } } }));
            }}
          >
            <DialogBody>
              <DialogTitle>{dialog === 'hide' ? t('comments.hideTitle') : t('comments.deleteTitle')}</DialogTitle>
              <DialogContent>
                {dialog === 'hide' ? (
                  <Field label={t('comments.hideReason')} hint={t('comments.hideReasonHint')} required>
                    <Textarea value={reason} maxLength={COMMENT_HIDE_REASON_MAX_LENGTH} onChange={(_, data) => setReason(data.value)} />
                  </Field>
                ) : (
                  <Text>{t('comments.deleteConfirm')}</Text>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={() => setDialog(null)}>
                  {t('workflow.cancel')}
                </Button>
                <Button appearance="primary" type="submit" disabledFocusable={removeState.loading || hideState.loading}>
                  {dialog === 'hide' ? t('comments.hide') : t('comments.delete')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
