import { useId } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@kakehashi/client-platform';
import { formatOutcomeValue, type OutcomeFigures } from '../common/outcome-format';
import { useSectionStyles } from '../common/section-styles';
import { STORIES_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `3px solid ${tokens.colorPaletteGreenBorder2}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  figures: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'baseline',
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums', fontSize: tokens.fontSizeBase400 },
  after: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1 },
  period: { color: tokens.colorNeutralForeground2 },
});

/** The quantified outcomes, each a card with before → after (a card per outcome: no table to scroll on a phone). */
export function OutcomeCards({ outcomes, headingLevel = 2 }: { outcomes: readonly OutcomeFigures[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  const section = useSectionStyles();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={section.section}>
      <Heading id={headingId} className={section.heading}>
        {t('story.outcomes.title')}
      </Heading>
      <ul className={styles.list}>
        {outcomes.map((outcome, index) => (
          <OutcomeCard key={index} outcome={outcome} />
        ))}
      </ul>
    </section>
  );
}

function OutcomeCard({ outcome }: { outcome: OutcomeFigures }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  return (
    <li className={styles.card}>
      <Text className={styles.label}>{outcome.label}</Text>
      <dl className={styles.figures}>
        {outcome.before !== null ? (
          <>
            <dt className={styles.term}>{t('story.outcomes.before')}</dt>
            <dd className={styles.value}>{formatOutcomeValue(outcome.before, outcome.unit, locale)}</dd>
          </>
        ) : null}
        {outcome.after !== null ? (
          <>
            <dt className={styles.term}>{t('story.outcomes.after')}</dt>
            <dd className={styles.value}>
              <span className={styles.after}>{formatOutcomeValue(outcome.after, outcome.unit, locale)}</span>
            </dd>
          </>
        ) : null}
      </dl>
      {outcome.period ? (
        <Text size={200} className={styles.period}>
          {t('story.outcomes.period', { period: outcome.period })}
        </Text>
      ) : null}
    </li>
  );
}
