import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@kakehashi/client-platform';
import { useSectionStyles } from '../common/section-styles';
import { StoryCard } from '../common/story-card';
import { SimilarStoriesQuery } from '../graphql/documents';
import { STORIES_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

/** 似ている成功事例: asked for after the story itself, so that the page never waits for it. */
export function SimilarStories({ storyId }: { storyId: string }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const section = useSectionStyles();
  const styles = useStyles();
  const headingId = useId();
  const { data, error } = useQuery(SimilarStoriesQuery, { variables: { id: storyId } });
  const similar = data?.story.similar;
  // Optional content: a failure leaves the section out rather than alarming the reader.
  if (error || (similar && similar.length === 0)) return null;
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {t('story.similar.title')}
      </h2>
      {!similar ? (
        <LoadingState label={t('story.similar.loading')} />
      ) : similar.length === 0 ? (
        <Text className={section.muted}>{t('story.similar.empty')}</Text>
      ) : (
        <ul className={styles.list}>
          {similar.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} headingLevel={3} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
