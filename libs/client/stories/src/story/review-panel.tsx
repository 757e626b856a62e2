import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Field, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, EditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { STORY_REVIEW_COMMENT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { errorMessageKey, fieldErrors, type StoryReviewDecision } from '@kakehashi/client-platform';
import { useSectionStyles } from '../common/section-styles';
import { ReviewStoryMutation, StoryQuery } from '../graphql/documents';
import { STORIES_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  section: { borderTop: `4px solid ${tokens.colorPaletteMarigoldBorder2}` },
});

/** The reviewer's decision: 承認 publishes the story; 修正を依頼 sends it back to its authors with the comment. */
export function ReviewPanel({ storyId, onDone }: { storyId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const common = useTranslation().t;
  const section = useSectionStyles();
  const styles = useStyles();
  const headingId = useId();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [review, { loading }] = useMutation(ReviewStoryMutation, {
    // The mutation answers with the new status only; the page asks for the whole story again.
    refetchQueries: [{ query: StoryQuery, variables: { id: storyId } }],
    awaitRefetchQueries: true,
  });

  const decide = async (decision: StoryReviewDecision) => {
    setFailure(null);
    if (decision === 'CHANGES_REQUESTED' && !comment.trim()) {
      setCommentError(t('review.commentRequired'));
      return;
    }
    setCommentError(null);
    try {
      await review({ variables: { input: { id: storyId, decision, comment: comment.trim() } } });
      onDone(decision === 'APPROVED' ? t('review.approved') : t('review.changesRequested'));
    } catch (error) {
      if (fieldErrors(error)['comment']) setCommentError(t('review.commentRequired'));
      else setFailure(common(errorMessageKey(error)));
    }
  };

  return (
    <section className={mergeClasses(section.section, styles.section)} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {t('review.title')}
      </h2>
      <Text as="p">{t('review.lead')}</Text>
      <Field
        label={t('review.comment')}
        hint={t('review.commentHint')}
        validationState={commentError ? 'error' : undefined}
        validationMessage={commentError ?? undefined}
      >
        <Textarea
          value={comment}
          maxLength={STORY_REVIEW_COMMENT_MAX_LENGTH}
          resize="vertical"
          disabled={loading}
          onChange={(_, data) => setComment(data.value)}
        />
      </Field>
      {failure ? (
        <Text role="alert" className={section.muted}>
          {failure}
        </Text>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabledFocusable={loading} onClick={() => void decide('APPROVED')}>
          {t('review.approve')}
        </Button>
        <Button icon={<EditRegular />} disabledFocusable={loading} onClick={() => void decide('CHANGES_REQUESTED')}>
          {t('review.requestChanges')}
        </Button>
      </div>
    </section>
  );
}
