import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocale } from '@kakehashi/client-platform';
import { STORIES_NAMESPACE } from '../i18n';
import { outcomeChip, type OutcomeFigures } from './outcome-format';

const useStyles = makeStyles({
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  chip: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    overflowWrap: 'anywhere',
  },
});

/** Quantified outcomes as chips: "解約率 8% → 3%". */
export function OutcomeChips({ outcomes, max = 3 }: { outcomes: readonly OutcomeFigures[]; max?: number }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  if (outcomes.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={t('card.outcomesLabel')}>
      {outcomes.slice(0, max).map((outcome, index) => (
        <li key={index} className={styles.chip}>
          {outcomeChip(outcome, locale)}
        </li>
      ))}
    </ul>
  );
}
