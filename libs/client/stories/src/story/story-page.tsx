import { useCallback, useId, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title1,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArchiveRegular,
  ArrowUndoRegular,
  BookmarkFilled,
  BookmarkRegular,
  DismissRegular,
  EditRegular,
  LightbulbFilled,
  LightbulbRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  RenderedHtml,
  departmentName,
  errorMessageKey,
  formatDate,
  formatDateTime,
  formatNumber,
  isNotFound,
  personName,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { LinkButton } from '../common/link-button';
import type { StoryDetail } from '../common/story-detail';
import { STORIES_PATH, personPath, storyEditPath } from '../common/paths';
import { useSectionStyles } from '../common/section-styles';
import { StoryBadges } from '../common/story-badges';
import { ArchiveStoryMutation, RestoreStoryMutation, StoryQuery, VerifyStoryMutation } from '../graphql/documents';
import { STORIES_NAMESPACE } from '../i18n';
import { OutcomeCards } from './outcome-cards';
import { ReviewPanel } from './review-panel';
import { SimilarStories } from './similar-stories';
import { StoryVersions } from './story-versions';
import { SubmitDialog } from './submit-dialog';
import { useStoryActions } from './use-story-actions';
import { VerificationBanner } from './verification-banner';
import { useStoriesMessages } from '../i18n/use-stories-messages';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '880px', marginInline: 'auto', minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end', alignItems: 'center' },
  article: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { overflowWrap: 'anywhere' },
  titleEn: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase400, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  marks: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  count: { fontVariantNumeric: 'tabular-nums', marginInlineStart: tokens.spacingHorizontalXS },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  fact: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  definition: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  quote: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalL,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
  },
  quoteText: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: '1.8', whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  attribution: { color: tokens.colorNeutralForeground2 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  chip: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  reviews: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  review: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  reviewComment: { margin: 0, whiteSpace: 'pre-line' },
});

interface Notice {
  intent: 'success' | 'error';
  text: string;
}

export default function StoryPage() {
  useStoriesMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(STORIES_NAMESPACE);
  const { data, error, loading, refetch } = useQuery(StoryQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const story = data?.story;
  usePageTitle(story?.title ?? (error && isNotFound(error) ? t('story.notFoundTitle') : null));

  if (!story) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('story.notFoundTitle')}</Title1>
        <EmptyState hint={t('story.notFoundHint')} action={<AppLink to={STORIES_PATH}>{t('story.backToList')}</AppLink>} />
      </>
    );
  }
  return <StoryView story={story} />;
}

function StoryView({ story }: { story: StoryDetail }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const section = useSectionStyles();
  const titleId = useId();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const onError = useCallback((failure: unknown) => setNotice({ intent: 'error', text: common(errorMessageKey(failure)) }), [common]);
  const done = useCallback((text: string) => setNotice({ intent: 'success', text }), []);
  const { toggleHelpful, toggleBookmark } = useStoryActions(story, onError);
  // Each step answers with the new status only; the page asks for the whole story again.
  const refetch = { refetchQueries: [{ query: StoryQuery, variables: { id: story.id } }], awaitRefetchQueries: true };
  const [verify, verifying] = useMutation(VerifyStoryMutation, refetch);
  const [archive, archiving] = useMutation(ArchiveStoryMutation, refetch);
  const [restore, restoring] = useMutation(RestoreStoryMutation, refetch);

  const published = story.status === 'PUBLISHED';
  const draft = story.status === 'DRAFT';
  const authorIds = [story.author?.id, ...story.coAuthors.map((person) => person.id)].filter((value): value is string => Boolean(value));
  const latestReview = story.reviews[0];

  const run = (action: () => Promise<unknown>, success: string) => {
    setNotice(null);
    action().then(
      () => done(success),
      (failure: unknown) => onError(failure),
    );
  };

  const meta = [
    story.author ? t('story.byAuthor', { name: personName(story.author, locale) }) : null,
    story.coAuthors.length > 0
      ? t('story.coAuthors', { names: story.coAuthors.map((person) => personName(person, locale)).join(t('common.listSeparator')) })
      : null,
    story.publishedAt ? t('story.publishedAt', { date: formatDate(story.publishedAt, locale) }) : null,
    story.contentUpdatedAt ? t('story.updatedAt', { date: formatDate(story.contentUpdatedAt, locale) }) : null,
    published || story.status === 'ARCHIVED' ? t('story.viewers', { count: story.viewCount }) : null,
  ].filter((line): line is string => Boolean(line));

  const industry = story.customer.industry ? t(`industries.${story.customer.industry}`) : t('story.customer.unknown');
  const size = story.customer.companySize ? t(`companySizes.${story.customer.companySize}`) : t('story.customer.unknown');
  const region = story.customer.region ? t(`regions.${story.customer.region}`) : t('story.customer.unknown');

  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        {story.canEdit ? (
          <LinkButton to={storyEditPath(story.id)} appearance="secondary" icon={<EditRegular />}>
            {t('story.edit')}
          </LinkButton>
        ) : null}
        {story.canEdit && draft ? <SubmitDialog storyId={story.id} authorIds={authorIds} onSubmitted={done} /> : null}
        {story.canManage && published ? (
          <Button icon={<ArchiveRegular />} onClick={() => setConfirmArchive(true)}>
            {t('story.archive')}
          </Button>
        ) : null}
        {story.canManage && story.status === 'ARCHIVED' ? (
          <Button
            icon={<ArrowUndoRegular />}
            disabledFocusable={restoring.loading}
            onClick={() => run(() => restore({ variables: { id: story.id } }), t('story.restored'))}
          >
            {t('story.restore')}
          </Button>
        ) : null}
      </div>
      {notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={common('states.dismiss')}
                icon={<DismissRegular />}
                onClick={() => setNotice(null)}
              />
            }
          />
        </MessageBar>
      ) : null}
      {story.canReview ? <ReviewPanel storyId={story.id} onDone={done} /> : null}
      {draft && latestReview?.decision === 'CHANGES_REQUESTED' && story.canEdit ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('review.latestChanges')}</MessageBarTitle>
            {latestReview.comment}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {draft ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('story.draftNotice')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {story.status === 'IN_REVIEW' && !story.canReview ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {story.reviewer ? t('story.inReviewNotice', { name: personName(story.reviewer, locale) }) : t('story.inReviewNoticeNoName')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {story.status === 'ARCHIVED' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('story.archivedNotice')}</MessageBarBody>
        </MessageBar>
      ) : null}

      <article className={styles.article} aria-labelledby={titleId}>
        <div className={section.section}>
          <Text size={300} weight="semibold">
            <AppLink to={STORIES_PATH}>{t('story.backToList')}</AppLink>
          </Text>
          <div className={styles.header}>
            <Title1 as="h1" id={titleId} className={styles.title}>
              {story.title}
            </Title1>
            {story.titleEn ? (
              <Text as="p" lang="en" className={styles.titleEn}>
                {story.titleEn}
              </Text>
            ) : null}
            <StoryBadges status={story.status} verification={story.verification} />
            <div className={styles.meta}>
              {meta.map((line) => (
                <Text key={line} size={200}>
                  {line}
                </Text>
              ))}
            </div>
          </div>
          {published ? (
            <div role="group" aria-label={t('story.marks.groupLabel')} className={styles.marks}>
              <ToggleButton
                checked={story.helpfulByMe}
                shape="circular"
                icon={story.helpfulByMe ? <LightbulbFilled /> : <LightbulbRegular />}
                aria-label={t('story.marks.helpfulLabel', { count: story.helpfulCount })}
                onClick={() => toggleHelpful(!story.helpfulByMe)}
              >
                {t('story.marks.helpful')} <span className={styles.count}>{formatNumber(story.helpfulCount, locale)}</span>
              </ToggleButton>
              <ToggleButton
                checked={story.bookmarkedByMe}
                shape="circular"
                icon={story.bookmarkedByMe ? <BookmarkFilled /> : <BookmarkRegular />}
                aria-label={t('story.marks.bookmarkLabel', { count: story.bookmarkCount })}
                onClick={() => toggleBookmark(!story.bookmarkedByMe)}
              >
                {t('story.marks.bookmark')} <span className={styles.count}>{formatNumber(story.bookmarkCount, locale)}</span>
              </ToggleButton>
            </div>
          ) : null}
        </div>

        {story.verification && (published || story.status === 'ARCHIVED') ? (
          <VerificationBanner
            verification={story.verification}
            verifier={story.verifier}
            canVerify={story.canVerify}
            verifying={verifying.loading}
            onVerify={() => run(() => verify({ variables: { id: story.id } }), t('story.verification.verified'))}
          />
        ) : null}

        <Section title={t('story.customer.title')}>
          <dl className={styles.facts}>
            <Fact term={t('story.customer.account')}>{story.customer.accountName || t('story.customer.unknown')}</Fact>
            <Fact term={t('story.customer.industry')}>{industry}</Fact>
            <Fact term={t('story.customer.size')}>{size}</Fact>
            <Fact term={t('story.customer.region')}>{region}</Fact>
          </dl>
        </Section>

        <OutcomeCards outcomes={story.outcomes} />

        <Section title={t('story.sections.challenge')}>
          <StoryHtml html={story.challengeHtml} />
        </Section>
        <Section title={t('story.sections.solution')}>
          <StoryHtml html={story.solutionHtml} />
        </Section>
        <Section title={t('story.sections.result')}>
          <StoryHtml html={story.resultHtml} />
        </Section>

        {story.quote ? (
          <Section title={t('story.quote.title')}>
            <figure className={styles.quote}>
              <blockquote className={styles.quoteText}>{story.quote.text}</blockquote>
              {story.quote.attribution ? <figcaption className={styles.attribution}>{story.quote.attribution}</figcaption> : null}
            </figure>
          </Section>
        ) : null}

        {story.departments.length + story.people.length + story.products.length + story.tags.length > 0 ? (
          <Section title={t('story.involved.title')}>
            <dl className={styles.facts}>
              {story.departments.length > 0 ? (
                <Fact term={t('story.involved.departments')}>
                  {story.departments.map((department) => departmentName(department, locale)).join(t('common.listSeparator'))}
                </Fact>
              ) : null}
              {story.people.length > 0 ? (
                <Fact term={t('story.involved.people')}>
                  {story.people.map((person, index) => (
                    <span key={person.id}>
                      {index > 0 ? t('common.listSeparator') : null}
                      <AppLink to={personPath(person.id)}>{personName(person, locale)}</AppLink>
                    </span>
                  ))}
                </Fact>
              ) : null}
              {story.products.length > 0 ? (
                <Fact term={t('story.involved.products')}>
                  <Chips values={story.products} />
                </Fact>
              ) : null}
              {story.tags.length > 0 ? (
                <Fact term={t('story.involved.tags')}>
                  <Chips values={story.tags} />
                </Fact>
              ) : null}
            </dl>
          </Section>
        ) : null}
      </article>

      {story.reviews.length > 0 ? (
        <Section title={t('review.historyTitle')}>
          <ul className={styles.reviews}>
            {story.reviews.map((review) => (
              <li key={review.id} className={styles.review}>
                <Text weight="semibold">{t(`review.decisions.${review.decision}`)}</Text>
                <Text size={200} className={section.muted}>
                  {t('review.byReviewer', {
                    name: review.reviewer ? personName(review.reviewer, locale) : '—',
                    date: formatDateTime(review.createdAt, locale),
                  })}
                </Text>
                {review.comment ? (
                  <Text as="p" className={styles.reviewComment}>
                    {review.comment}
                  </Text>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {(story.canEdit || story.canManage) && story.publishedAt ? <StoryVersions storyId={story.id} /> : null}
      {published || story.status === 'ARCHIVED' ? <SimilarStories storyId={story.id} /> : null}

      <Dialog open={confirmArchive} onOpenChange={(_, state) => setConfirmArchive(state.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('story.archiveConfirmTitle')}</DialogTitle>
            <DialogContent>{t('story.archiveConfirm')}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirmArchive(false)}>
                {t('story.cancel')}
              </Button>
              <Button
                appearance="primary"
                disabledFocusable={archiving.loading}
                onClick={() => {
                  setConfirmArchive(false);
                  run(() => archive({ variables: { id: story.id } }), t('story.archived'));
                }}
              >
                {t('story.archive')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const section = useSectionStyles();
  const headingId = useId();
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.fact}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.definition}>{children}</dd>
    </div>
  );
}

function Chips({ values }: { values: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.chips}>
      {values.map((value) => (
        <li key={value} className={styles.chip}>
          {value}
        </li>
      ))}
    </ul>
  );
}

function StoryHtml({ html }: { html: string }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const section = useSectionStyles();
  if (!html.trim()) return <Text className={section.muted}>{t('story.sections.empty')}</Text>;
  return <RenderedHtml html={html} />;
}
