import { useId, type ReactNode, type Ref } from 'react';
import { Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  AppLink,
  RenderedHtml,
  departmentName,
  formatDateTime,
  personName,
  useLocale,
  type NamedDepartment,
  type NamedPerson,
} from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { EditionBadges, type EditionBadgeState } from '../common/edition-badges';
import { newsletterName } from '../common/names';
import { newsletterPath } from '../common/paths';
import { isoOf } from '../common/scalars';

const useStyles = makeStyles({
  article: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    '@media (max-width: 767px)': { padding: tokens.spacingHorizontalL },
  },
  title: { overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  summary: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase400, lineHeight: '1.7' },
  cover: { width: '100%', maxHeight: '420px', objectFit: 'cover', borderRadius: tokens.borderRadiusMedium },
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  tag: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
});

export interface ArticleEdition extends EditionBadgeState {
  title: string;
  summary: string;
  coverImageUrl?: string | null;
  bodyHtml: string;
  tags: readonly string[];
  /** DateTime. */
  publishedAt?: unknown;
  /** DateTime. */
  scheduledAt?: unknown;
  author?: NamedPerson | null;
  newsletter: { id: string; nameJa: string; nameEn: string };
  audience?: { kind: string; departments: readonly (NamedDepartment & { id: string })[] } | null;
}

/** An edition as its readers see it: the page and the editor's preview render the same thing. */
export function EditionArticle({
  edition,
  articleRef,
  endRef,
  children,
  headingLevel = 1,
}: {
  edition: ArticleEdition;
  /** 1 on the edition page; lower inside a dialog that has its own title. */
  headingLevel?: 1 | 2 | 3;
  articleRef?: Ref<HTMLElement>;
  endRef?: Ref<HTMLDivElement>;
  /** Under the body: reactions and the acknowledgement. */
  children?: ReactNode;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const titleId = useId();
  const publishedAt = isoOf(edition.publishedAt);
  const scheduledAt = isoOf(edition.scheduledAt);
  const updatedAt = isoOf(edition.updatedAt);
  const audience =
    edition.audience?.kind === 'DEPARTMENTS'
      ? edition.audience.departments.map((department) => departmentName(department, locale)).join(t('card.listSeparator'))
      : t('edition.audienceAll');

  return (
    <article ref={articleRef} className={styles.article} aria-labelledby={titleId}>
      <Text size={300} weight="semibold">
        <AppLink to={newsletterPath(edition.newsletter.id)}>{newsletterName(edition.newsletter, locale)}</AppLink>
      </Text>
      <Title1 as={`h${headingLevel}`} id={titleId} className={styles.title}>
        {edition.title}
      </Title1>
      <EditionBadges edition={edition} />
      <div className={styles.meta}>
        {edition.author ? <Text size={200}>{t('edition.byAuthor', { name: personName(edition.author, locale) })}</Text> : null}
        {publishedAt ? (
          <Text size={200}>{t('edition.publishedAt', { date: formatDateTime(publishedAt, locale) })}</Text>
        ) : scheduledAt ? (
          <Text size={200}>{t('edition.scheduledAt', { date: formatDateTime(scheduledAt, locale) })}</Text>
        ) : null}
        {updatedAt && edition.status === 'PUBLISHED' ? (
          <Text size={200}>{t('edition.updatedAt', { date: formatDateTime(updatedAt, locale) })}</Text>
        ) : null}
        <Text size={200}>{t('edition.audienceLine', { audience })}</Text>
      </div>
      {edition.summary ? (
        <Text as="p" className={styles.summary}>
          {edition.summary}
        </Text>
      ) : null}
      {edition.coverImageUrl ? <img className={styles.cover} src={edition.coverImageUrl} alt="" /> : null}
      <RenderedHtml html={edition.bodyHtml} />
      {/* Reaching this line counts as reading to the end. */}
      <div ref={endRef} aria-hidden="true" />
      {edition.tags.length > 0 ? (
        <ul className={styles.tags} aria-label={t('edition.tags')}>
          {edition.tags.map((tag) => (
            <li key={tag} className={styles.tag}>
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </article>
  );
}
