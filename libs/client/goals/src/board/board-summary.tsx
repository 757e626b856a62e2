import type { ReactElement } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, ClockRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { formatNumber, useLocale, useVisuallyHiddenStyles, type GoalBoardQuery } from '@kakehashi/client-platform';
import { GOALS_NAMESPACE } from '../i18n';

type Summary = GoalBoardQuery['goalBoard']['summary'];
type Counter = 'offTrack' | 'atRisk' | 'onTrack' | 'noCheckIn' | 'overdue';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(5, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 767px)': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderTop: `4px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    '@media (max-width: 767px)': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  },
  label: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    '& svg': { fontSize: '16px', flexShrink: 0 },
  },
  count: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  offTrack: { borderTopColor: tokens.colorPaletteRedBorderActive, '& svg': { color: tokens.colorPaletteRedForeground1 } },
  atRisk: { borderTopColor: tokens.colorPaletteDarkOrangeBorderActive, '& svg': { color: tokens.colorPaletteDarkOrangeForeground1 } },
  onTrack: { borderTopColor: tokens.colorPaletteGreenBorderActive, '& svg': { color: tokens.colorPaletteGreenForeground1 } },
  noCheckIn: {},
  overdue: { borderTopColor: tokens.colorPaletteRedBorder2 },
});

const COUNTERS: readonly { key: Counter; icon: ReactElement }[] = [
  { key: 'offTrack', icon: <ErrorCircleRegular /> },
  { key: 'atRisk', icon: <WarningRegular /> },
  { key: 'onTrack', icon: <CheckmarkCircleRegular /> },
  { key: 'noCheckIn', icon: <CircleRegular /> },
  { key: 'overdue', icon: <ClockRegular /> },
];

/** How many goals stand where: the counters an executive reads first. */
export function BoardSummary({ summary, labelId }: { summary: Summary; labelId: string }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  return (
    <ul className={styles.list} aria-labelledby={labelId}>
      {COUNTERS.map(({ key, icon }) => (
        <li key={key} className={mergeClasses(styles.tile, styles[key])}>
          <span className={hidden.root}>{t('board.counterLabel', { label: t(`board.counters.${key}`), count: summary[key] })}</span>
          <span className={styles.label} aria-hidden="true">
            {icon}
            {t(`board.counters.${key}`)}
          </span>
          <span className={styles.count} aria-hidden="true">
            {formatNumber(summary[key], locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}
