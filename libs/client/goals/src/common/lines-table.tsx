import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kakehashi/shared-contracts';
import { formatDate, useLocale, type GoalBoardLineFieldsFragment, type GoalConfidence } from '@kakehashi/client-platform';
import { GOALS_NAMESPACE } from '../i18n';
import { formatGoalTargetValue, formatGoalValue, formatRatio, goalTitle } from './format';

/** One goal as a plain table shows it: a snapshot's line, or a live board row turned into one. */
export type BoardLine = Omit<GoalBoardLineFieldsFragment, '__typename' | 'periodKey' | 'trend'> & {
  /** Shown only as the context of a filtered goal. */
  context?: boolean;
};

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', minWidth: 0 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      paddingBlock: tokens.spacingVerticalXS,
      paddingInline: tokens.spacingHorizontalS,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'start',
      verticalAlign: 'top',
    },
    '& thead th': { fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, whiteSpace: 'nowrap' },
    '@media print': { fontSize: '9pt', '& tr': { breakInside: 'avoid' } },
  },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalS },
  top: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  context: { color: tokens.colorNeutralForeground3 },
  code: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  number: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  nowrap: { whiteSpace: 'nowrap' },
});

/** The target in a column of its own: the value (or band), with 以下 for a goal that decreases. */
function targetText(line: BoardLine, locale: Locale, t: (key: string, options?: Record<string, unknown>) => string): string {
  const value = formatGoalTargetValue(line, locale, t);
  if (value === null) return t('common.none');
  return line.direction === 'DECREASE' ? t('value.atMost', { value }) : value;
}

function confidenceText(confidence: GoalConfidence | null | undefined, t: (key: string) => string): string {
  return confidence ? t(`confidence.${confidence}`) : t('common.none');
}

/** The board as a plain table: what the printable page and the snapshots show. */
export function LinesTable({ lines, caption }: { lines: readonly BoardLine[]; caption: string }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lines.code')}</th>
            <th scope="col">{t('lines.goal')}</th>
            <th scope="col">{t('lines.owner')}</th>
            <th scope="col">{t('lines.status')}</th>
            <th scope="col">{t('lines.actual')}</th>
            <th scope="col">{t('lines.target')}</th>
            <th scope="col">{t('lines.progress')}</th>
            <th scope="col">{t('lines.pace')}</th>
            <th scope="col">{t('lines.confidence')}</th>
            <th scope="col">{t('lines.suggested')}</th>
            <th scope="col">{t('lines.lastCheckIn')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.goalId} className={mergeClasses(line.depth === 0 && styles.top, line.context && styles.context)}>
              <td className={styles.code}>{line.code}</td>
              <th scope="row" style={{ paddingInlineStart: `calc(${tokens.spacingHorizontalS} + ${Math.min(line.depth, 4) * 16}px)` }}>
                {goalTitle(line, locale)}
              </th>
              <td className={styles.nowrap}>{line.ownerName}</td>
              <td className={styles.nowrap}>{t(`status.${line.status}`)}</td>
              <td className={styles.number}>
                {line.currentValue === null || line.currentValue === undefined
                  ? t('common.none')
                  : formatGoalValue(line.currentValue, line, locale, t)}
              </td>
              <td className={styles.nowrap}>{targetText(line, locale, t)}</td>
              <td className={styles.number}>
                {line.progress === null || line.progress === undefined ? t('common.none') : formatRatio(line.progress, locale)}
              </td>
              <td className={styles.number}>{formatRatio(line.pace, locale)}</td>
              <td className={styles.nowrap}>{confidenceText(line.confidence, t)}</td>
              <td className={styles.nowrap}>{confidenceText(line.suggestedConfidence, t)}</td>
              <td className={styles.nowrap}>{line.lastCheckInAt ? formatDate(line.lastCheckInAt, locale) : t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
