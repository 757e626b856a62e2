import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink, personName, useLocale, useVisuallyHiddenStyles, type GoalBoardQuery } from '@kakehashi/client-platform';
import { ConfidenceWithHint, KindBadge, OverdueBadge } from '../common/badges';
import { describeGoal } from '../common/goal-text';
import { goalPath } from '../common/paths';
import { ProgressMeter } from '../common/progress-meter';
import { Sparkline } from '../common/sparkline';
import { GOALS_NAMESPACE } from '../i18n';

export type BoardGroup = GoalBoardQuery['goalBoard']['groups'][number];
export type BoardRow = BoardGroup['rows'][number];

/** Indent per level of the roll-up tree, capped so that deep trees keep room for the title. */
export const indentOf = (depth: number): string => `${Math.min(depth, 4) * 20}px`;

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', minWidth: 0, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
    '& th, & td': {
      paddingBlock: tokens.spacingVerticalS,
      paddingInline: tokens.spacingHorizontalM,
      textAlign: 'start',
      verticalAlign: 'top',
    },
  },
  head: {
    '& th': {
      fontWeight: tokens.fontWeightSemibold,
      fontSize: tokens.fontSizeBase200,
      color: tokens.colorNeutralForeground2,
      borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
      whiteSpace: 'nowrap',
    },
  },
  group: { borderTop: `2px solid ${tokens.colorNeutralStroke1}` },
  row: { borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  top: { backgroundColor: tokens.colorNeutralBackground2 },
  context: { color: tokens.colorNeutralForeground3 },
  goalCell: { minWidth: '240px' },
  goal: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  codeLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  topTitle: { fontSize: tokens.fontSizeBase400 },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  progressCell: { width: '170px', minWidth: '140px' },
  valueCell: { width: '170px', whiteSpace: 'nowrap' },
  current: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  target: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  trendCell: { width: '100px' },
  confidenceCell: { width: '130px' },
  ageCell: { width: '120px' },
  age: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

/** The board on a wide screen: one table, a body per KGI, rows indented by their depth in the tree. */
export function BoardTable({ groups, captionId, now }: { groups: readonly BoardGroup[]; captionId: string; now: Date }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const styles = useStyles();
  return (
    // Focusable so that a keyboard can scroll it when a narrow window makes it wider than the page.
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table} aria-labelledby={captionId}>
        <thead className={styles.head}>
          <tr>
            <th scope="col">{t('board.columns.goal')}</th>
            <th scope="col">{t('board.columns.progress')}</th>
            <th scope="col">{t('board.columns.value')}</th>
            <th scope="col">{t('board.columns.trend')}</th>
            <th scope="col">{t('board.columns.confidence')}</th>
            <th scope="col">{t('board.columns.lastCheckIn')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.rows[0]?.goal.id} className={styles.group}>
            {group.rows.map((row) => (
              <BoardTableRow key={row.goal.id} row={row} now={now} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function BoardTableRow({ row, now }: { row: BoardRow; now: Date }) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { goal } = row;
  const text = describeGoal(goal, locale, t, now);
  const top = row.depth === 0;
  return (
    <tr className={mergeClasses(styles.row, top && styles.top, !row.matches && styles.context)}>
      <th
        scope="row"
        className={styles.goalCell}
        style={{ paddingInlineStart: `calc(${tokens.spacingHorizontalM} + ${indentOf(row.depth)})` }}
      >
        <div className={styles.goal}>
          <span className={styles.codeLine}>
            <KindBadge kind={goal.kind} />
            <span className={styles.code}>{goal.code}</span>
          </span>
          <span className={mergeClasses(styles.title, top && styles.topTitle)}>
            <AppLink to={goalPath(goal.id)}>{text.title}</AppLink>
          </span>
          <Text className={styles.meta}>
            {goal.owner ? t('board.owner', { name: personName(goal.owner, locale) }) : t('board.noOwner')}
            {row.matches ? null : `${t('common.separator')}${t('board.context')}`}
          </Text>
        </div>
      </th>
      <td className={styles.progressCell}>
        <ProgressMeter
          actual={text.progress}
          pace={goal.progress.pace}
          rolledUp={text.rolledUp}
          tone={row.matches ? (goal.progress.suggestedConfidence ?? null) : null}
        />
      </td>
      <td className={styles.valueCell}>
        <span className={styles.current}>{text.current}</span>
        <span className={styles.target}>{text.target}</span>
      </td>
      <td className={styles.trendCell}>
        <Sparkline values={goal.trend} />
        <span className={hidden.root}>{text.trend}</span>
      </td>
      <td className={styles.confidenceCell}>
        <ConfidenceWithHint confidence={goal.confidence} suggested={goal.progress.suggestedConfidence} />
      </td>
      <td className={styles.ageCell}>
        <span className={styles.age}>
          <Text size={200}>{text.age}</Text>
          {goal.progress.checkInOverdue ? <OverdueBadge /> : null}
        </span>
      </td>
    </tr>
  );
}
