import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { LightbulbRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { AppLink, formatDate, useLocale, type StoryCardFragment } from '@kakehashi/client-platform';
import { STORIES_NAMESPACE } from '../i18n';
import { HighlightedText, type TextSegment } from './highlighted-text';
import { OutcomeChips } from './outcome-chips';
import { storyPath } from './paths';
import { StoryBadges } from './story-badges';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  eyebrow: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  compactTitle: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  titleEn: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  snippet: { margin: 0, color: tokens.colorNeutralForeground1, lineHeight: '1.7', overflowWrap: 'anywhere' },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
  },
  stat: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, fontVariantNumeric: 'tabular-nums' },
});

/** One story in the results, "my stories" or the similar ones: enough to decide whether to open it. */
export function StoryCard({
  story,
  titleSegments,
  snippet,
  headingLevel = 2,
  compact = false,
}: {
  story: StoryCardFragment;
  /** The title with the search text's matches (search results only). */
  titleSegments?: readonly TextSegment[];
  snippet?: readonly TextSegment[];
  headingLevel?: 2 | 3;
  /** Smaller, without snippet and date (the similar stories). */
  compact?: boolean;
}) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const industry = story.customer.industry ? t(`industries.${story.customer.industry}`) : null;
  const customer = [story.customer.accountName, industry].filter(Boolean).join(t('common.separator'));
  const shownAt = story.publishedAt ?? story.updatedAt;
  const snippetText = snippet?.some((segment) => segment.text.trim()) ? snippet : null;

  return (
    <article className={styles.card}>
      {customer ? (
        <Text size={200} weight="semibold" className={styles.eyebrow}>
          {customer}
        </Text>
      ) : null}
      <Heading className={mergeClasses(styles.title, compact && styles.compactTitle)}>
        <AppLink to={storyPath(story.id)}>{titleSegments ? <HighlightedText segments={titleSegments} /> : story.title}</AppLink>
      </Heading>
      {locale === 'en' && story.titleEn && story.titleEn !== story.title ? (
        <Text size={200} lang="en" className={styles.titleEn}>
          {story.titleEn}
        </Text>
      ) : null}
      <StoryBadges status={story.status} verification={story.verification} />
      {snippetText && !compact ? (
        <Text as="p" className={styles.snippet}>
          <HighlightedText segments={snippetText} />
        </Text>
      ) : null}
      <OutcomeChips outcomes={story.outcomes} max={compact ? 2 : 3} />
      <div className={styles.footer}>
        {!compact && shownAt ? <Text size={200}>{formatDate(shownAt, locale)}</Text> : null}
        {story.helpfulCount > 0 ? (
          <Text size={200} className={styles.stat}>
            <LightbulbRegular aria-hidden="true" />
            {t('card.helpful', { count: story.helpfulCount })}
          </Text>
        ) : null}
      </div>
    </article>
  );
}
