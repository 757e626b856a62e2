import { Suspense, lazy, useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, DismissRegular, EditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  errorMessageKey,
  formatDateTime,
  isNotFound,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { FEED_PATH, editionEditPath } from '../common/paths';
import { isoOf } from '../common/scalars';
import { EditionQuery } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { ReactionBar } from '../reactions/reaction-bar';
import { isReactionKind, type ReactionKind } from '../reactions/reaction-kinds';
import { ReactorsPopover } from '../reactions/reactors-popover';
import { useReadTracking } from '../reads/use-read-tracking';
import { EditionArticle } from './edition-article';
import { EditionComments } from './edition-comments';
import { EditionVersions } from './edition-versions';
import { useEditionActions } from './use-edition-actions';

// Editors' figures load with the first editor who opens an edition, never with a reader's page.
const EditionAnalyticsPanel = lazy(() => import('../analytics-pages/edition-analytics-panel'));

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '880px', marginInline: 'auto' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
  engage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
  acknowledge: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export default function EditionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const { data, error, loading, refetch } = useQuery(EditionQuery, { variables: { id } });
  const edition = data?.edition;
  usePageTitle(edition?.title ?? (error && isNotFound(error) ? t('edition.notFoundTitle') : null));
  const [actionError, setActionError] = useState<string | null>(null);
  const onError = useCallback((failure: unknown) => setActionError(common(errorMessageKey(failure))), [common]);
  const { toggleReaction, acknowledge, acknowledging, record } = useEditionActions(edition, onError);
  const published = edition?.status === 'PUBLISHED';
  const { articleRef, endRef } = useReadTracking({
    enabled: published,
    onOpened: () => record('OPENED', 0),
    onRead: (seconds) => record('READ', seconds),
  });

  if (!edition) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('edition.notFoundTitle')}</Title1>
        <EmptyState hint={t('edition.notFoundHint')} action={<AppLink to={FEED_PATH}>{t('edition.backToFeed')}</AppLink>} />
      </>
    );
  }

  const mine = edition.reactions.filter((reaction) => reaction.reactedByMe).map((reaction) => reaction.kind);
  const counts: Partial<Record<ReactionKind, number>> = {};
  for (const reaction of edition.reactions) if (isReactionKind(reaction.kind)) counts[reaction.kind] = reaction.count;

  return (
    <div className={styles.page}>
      {edition.canEdit ? (
        <div className={styles.toolbar}>
          {edition.status !== 'ARCHIVED' ? (
            <AppLink to={editionEditPath(edition.id)}>
              <EditRegular aria-hidden="true" /> {t('edition.edit')}
            </AppLink>
          ) : null}
        </div>
      ) : null}
      {!published && edition.status !== 'ARCHIVED' ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t('workflow.previewTitle')}</MessageBarTitle>
            {t('edition.previewNotice')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {actionError ? (
        <MessageBar intent="error">
          <MessageBarBody>{actionError}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={common('states.dismiss')}
                icon={<DismissRegular />}
                onClick={() => setActionError(null)}
              />
            }
          />
        </MessageBar>
      ) : null}
      <EditionArticle edition={edition} articleRef={articleRef} endRef={endRef}>
        {published ? (
          <div className={styles.engage}>
            {edition.mustRead ? (
              <div className={styles.acknowledge}>
                {edition.acknowledgedByMe ? (
                  <MessageBar intent="success" icon={<CheckmarkCircleRegular />}>
                    <MessageBarBody>
                      {isoOf(edition.acknowledgedAt)
                        ? t('edition.acknowledgedAt', { date: formatDateTime(isoOf(edition.acknowledgedAt) ?? '', locale) })
                        : t('edition.acknowledged')}
                    </MessageBarBody>
                  </MessageBar>
                ) : (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>{t('edition.mustReadHint')}</MessageBarBody>
                    <MessageBarActions>
                      <Button appearance="primary" disabledFocusable={acknowledging} onClick={acknowledge}>
                        {t('edition.acknowledge')}
                      </Button>
                    </MessageBarActions>
                  </MessageBar>
                )}
              </div>
            ) : null}
            <ReactionBar
              counts={counts}
              mine={mine}
              onToggle={toggleReaction}
              renderCount={(kind, count) => <ReactorsPopover editionId={edition.id} kind={kind} count={count} />}
            />
          </div>
        ) : null}
      </EditionArticle>
      {edition.canEdit && edition.status !== 'DRAFT' && edition.status !== 'SCHEDULED' ? (
        <Suspense fallback={<LoadingState label={t('analytics.loading')} />}>
          <EditionAnalyticsPanel editionId={edition.id} mustRead={edition.mustRead} />
        </Suspense>
      ) : null}
      {edition.canEdit && edition.publishedAt ? <EditionVersions editionId={edition.id} /> : null}
      {edition.status === 'PUBLISHED' || edition.status === 'ARCHIVED' ? (
        <EditionComments editionId={edition.id} canComment={published} canModerate={edition.canEdit} />
      ) : null}
    </div>
  );
}
