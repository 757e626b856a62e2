import type { ReactNode } from 'react';
import { Text, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink, personName, useLocale, useVisuallyHiddenStyles } from '@kakehashi/client-platform';
import { GOALS_NAMESPACE } from '../i18n';
import { ConfidenceWithHint, DueBadge, KindBadge, OverdueBadge } from './badges';
import { periodLabel } from './format';
import { describeGoal } from './goal-text';
import { goalPath } from './paths';
import { ProgressMeter } from './progress-meter';
import { Sparkline } from './sparkline';
import type { GoalFacts } from './types';

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
  nested: { ...shorthands.borderLeft('3px', 'solid', tokens.colorNeutralStroke2) },
  due: { ...shorthands.borderLeft('3px', 'solid', tokens.colorBrandStroke1) },
  context: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground2, boxShadow: 'none' },
  topLine: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  codeLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  values: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', fontVariantNumeric: 'tabular-nums' },
  current: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  target: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  bottomLine: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  age: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * A goal as a card: the board on a phone, "my goals" and the KPIs under a goal. The title is
 * the link to the goal's page.
 */
export function GoalCard({
  goal,
  now,
  headingLevel = 3,
  depth = 0,
  context = false,
  showPeriod = false,
  showDue = false,
  extra,
  actions,
}: {
  /** Whether I may check in is known only where the list offers it (not on the board). */
  goal: GoalFacts & { canCheckIn?: boolean };
  now: Date;
  headingLevel?: 2 | 3 | 4;
  /** Its level under the KGI (the board), shown as an indent. */
  depth?: number;
  /** Shown only as the context of a filtered goal (dimmed). */
  context?: boolean;
  showPeriod?: boolean;
  /** Highlight a check-in due in the current slot. */
  showDue?: boolean;
  /** More facts under the title (a weight). */
  extra?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const text = describeGoal(goal, locale, t, now);
  const Heading = `h${headingLevel}` as const;
  const due = showDue && goal.canCheckIn && goal.progress.checkInDue;
  return (
    <article
      className={mergeClasses(styles.card, depth > 0 && styles.nested, due && styles.due, context && styles.context)}
      style={depth > 0 ? { marginInlineStart: `${Math.min(depth, 3) * 12}px` } : undefined}
    >
      <div className={styles.topLine}>
        <span className={styles.codeLine}>
          <KindBadge kind={goal.kind} />
          <span className={styles.code}>{goal.code}</span>
          {showPeriod ? <span className={styles.meta}>{periodLabel(goal.period, t)}</span> : null}
        </span>
        <ConfidenceWithHint confidence={goal.confidence} suggested={goal.progress.suggestedConfidence} />
      </div>
      <Heading className={styles.title}>
        <AppLink to={goalPath(goal.id)}>{text.title}</AppLink>
      </Heading>
      <Text className={styles.meta}>
        {goal.owner ? t('board.owner', { name: personName(goal.owner, locale) }) : t('board.noOwner')}
        {context ? `${t('common.separator')}${t('board.context')}` : null}
      </Text>
      {extra}
      <ProgressMeter
        actual={text.progress}
        pace={goal.progress.pace}
        rolledUp={text.rolledUp}
        tone={context ? null : (goal.progress.suggestedConfidence ?? null)}
      />
      <div className={styles.values}>
        <span className={styles.current}>{text.current}</span>
        <span className={styles.target}>{text.target}</span>
      </div>
      <div className={styles.bottomLine}>
        <span className={styles.age}>
          <Text size={200}>{goal.lastCheckInAt ? t('age.lastCheckIn', { age: text.age }) : text.age}</Text>
          {goal.progress.checkInOverdue ? <OverdueBadge /> : due ? <DueBadge /> : null}
        </span>
        <Sparkline values={goal.trend} />
        <span className={hidden.root}>{text.trend}</span>
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </article>
  );
}
