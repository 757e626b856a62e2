import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, fieldErrors, PeoplePicker, personName, useLocale, type PickedPerson } from '@kakehashi/client-platform';
import { SubmitStoryMutation, StoryQuery } from '../graphql/documents';
import { STORIES_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  surface: { maxWidth: '560px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** What submitStory needs filled in, in the order the form shows it. */
const TEMPLATE_FIELDS = ['title', 'accountName', 'industry', 'challengeHtml', 'solutionHtml', 'resultHtml'] as const;

/** "レビューに出す": an author chooses the reviewer (and, if someone else, the verifier). */
export function SubmitDialog({
  storyId,
  authorIds,
  onSubmitted,
}: {
  storyId: string;
  /** The author and co-authors: never their own reviewer. */
  authorIds: readonly string[];
  onSubmitted: (message: string) => void;
}) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reviewer, setReviewer] = useState<PickedPerson[]>([]);
  const [verifier, setVerifier] = useState<PickedPerson[]>([]);
  const [reviewerError, setReviewerError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitStoryMutation, {
    // The mutation answers with the new status only; the page asks for the whole story again.
    refetchQueries: [{ query: StoryQuery, variables: { id: storyId } }],
    awaitRefetchQueries: true,
  });

  const send = async () => {
    setFailure(null);
    const chosen = reviewer[0];
    if (!chosen) {
      setReviewerError(t('submit.chooseReviewer'));
      return;
    }
    setReviewerError(null);
    try {
      await submit({ variables: { input: { id: storyId, reviewerId: chosen.id, verifierId: verifier[0]?.id ?? null } } });
      setOpen(false);
      onSubmitted(t('submit.submitted', { name: personName(chosen, locale) }));
    } catch (error) {
      const fields = fieldErrors(error);
      const missing = TEMPLATE_FIELDS.filter((field) => fields[field]);
      if (missing.length > 0) {
        setFailure(t('submit.missing', { fields: missing.map((field) => t(`submit.fields.${field}`)).join(t('common.listSeparator')) }));
      } else if (fields['reviewerId']) {
        setReviewerError(t('submit.notAnAuthor'));
      } else {
        setFailure(common(errorMessageKey(error)));
      }
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" icon={<SendRegular />}>
          {t('submit.open')}
        </Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('submit.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p">{t('submit.lead')}</Text>
            <PeoplePicker
              label={t('submit.reviewer')}
              hint={t('submit.reviewerHint')}
              required
              max={1}
              people={reviewer}
              exclude={authorIds}
              onChange={(people) => {
                setReviewer(people);
                setReviewerError(null);
              }}
              disabled={loading}
              validationMessage={reviewerError ?? undefined}
            />
            <PeoplePicker
              label={t('submit.verifier')}
              hint={t('submit.verifierHint')}
              max={1}
              people={verifier}
              onChange={setVerifier}
              disabled={loading}
            />
            {failure ? (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>{failure}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t('story.cancel')}</Button>
            </DialogTrigger>
            <Button appearance="primary" disabledFocusable={loading} onClick={() => void send()}>
              {loading ? t('submit.submitting') : t('submit.submit')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
