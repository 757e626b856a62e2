import { Text, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { CommentRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  formatNumber,
  personName,
  useLocale,
  useVisuallyHiddenStyles,
  type EditionCardFragment,
} from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { isReactionKind } from '../reactions/reaction-kinds';
import { EditionBadges } from './edition-badges';
import { newsletterName } from './names';
import { relativeTime } from './relative-time';
import { editionPath } from './paths';
import { isoOf } from './scalars';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: '200px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  noCover: { gridTemplateColumns: 'minmax(0, 1fr)' },
  unread: { ...shorthands.borderLeft('4px', 'solid', tokens.colorBrandBackground) },
  cover: {
    width: '100%',
    aspectRatio: '16 / 9',
    objectFit: 'cover',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  eyebrow: { color: tokens.colorNeutralForeground2 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  summary: { color: tokens.colorNeutralForeground1, overflowWrap: 'anywhere' },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
  },
  stat: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, fontVariantNumeric: 'tabular-nums' },
});

/** One edition in the feed or a newsletter's list: everything needed to decide whether to open it. */
export function EditionCard({
  edition,
  headingLevel = 2,
  showNewsletter = true,
  now,
}: {
  edition: EditionCardFragment;
  headingLevel?: 2 | 3;
  showNewsletter?: boolean;
  now: Date;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shownAt = isoOf(edition.publishedAt) ?? isoOf(edition.scheduledAt) ?? isoOf(edition.createdAt) ?? '';
  const reactions = edition.reactions.filter((reaction) => reaction.count > 0 && isReactionKind(reaction.kind));
  const unread = edition.status === 'PUBLISHED' && edition.unread;

  return (
    <article className={mergeClasses(styles.card, !edition.coverImageUrl && styles.noCover, unread && styles.unread)}>
      {edition.coverImageUrl ? <img className={styles.cover} src={edition.coverImageUrl} alt="" loading="lazy" /> : null}
      <div className={styles.body}>
        {showNewsletter ? (
          <Text size={200} weight="semibold" className={styles.eyebrow}>
            {newsletterName(edition.newsletter, locale)}
          </Text>
        ) : null}
        <Heading className={styles.title}>
          <AppLink to={editionPath(edition.id)}>{edition.title}</AppLink>
        </Heading>
        <EditionBadges edition={edition} />
        <Text size={200} className={styles.meta}>
          {[edition.author ? personName(edition.author, locale) : null, shownAt ? relativeTime(shownAt, locale, now) : null]
            .filter(Boolean)
            .join(t('card.separator'))}
        </Text>
        {edition.summary ? (
          <Text as="p" className={styles.summary}>
            {edition.summary}
          </Text>
        ) : null}
        {reactions.length > 0 || edition.commentCount > 0 ? (
          <div className={styles.footer}>
            {reactions.map((reaction) => (
              <span key={reaction.kind} className={styles.stat}>
                <span aria-hidden="true">{reaction.emoji}</span>
                <span className={hidden.root}>{t(`reactions.kinds.${reaction.kind}`)}</span>
                {formatNumber(reaction.count, locale)}
              </span>
            ))}
            {edition.commentCount > 0 ? (
              <span className={styles.stat}>
                <CommentRegular aria-hidden="true" />
                <span className={hidden.root}>{t('edition.comments')}</span>
                {formatNumber(edition.commentCount, locale)}
              </span>
            ) : null}
          </div>
        ) : null}
      </div>
    </article>
  );
}
