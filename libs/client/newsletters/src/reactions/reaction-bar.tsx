import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatNumber, useLocale } from '@kakehashi/client-platform';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import { REACTION_EMOJI, REACTION_KINDS, type ReactionKind } from './reaction-kinds';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  button: {
    minWidth: 'auto',
    gap: tokens.spacingHorizontalXS,
  },
  emoji: { fontSize: tokens.fontSizeBase400, lineHeight: 1 },
  count: { fontVariantNumeric: 'tabular-nums', minWidth: '1ch' },
  reaction: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

export interface ReactionBarProps {
  /** People per kind; a missing kind counts as 0. */
  counts: Readonly<Partial<Record<ReactionKind, number>>>;
  /** The kinds the viewer has chosen. */
  mine: readonly ReactionKind[];
  /** `on` is the new state: true adds the viewer's reaction, false removes it. */
  onToggle: (kind: ReactionKind, on: boolean) => void;
  disabled?: boolean;
  className?: string;
  /**
   * Renders a kind's count (above 0) beside its toggle instead of inside it: the edition page
   * makes it a button that lists who reacted.
   */
  renderCount?: (kind: ReactionKind, count: number) => ReactNode;
}

/**
 * The five reactions as toggle buttons (aria-pressed) with counts. Purely driven by props,
 * so the page can update counts and `mine` optimistically and roll back on error.
 */
export function ReactionBar({ counts, mine, onToggle, disabled = false, className, renderCount }: ReactionBarProps) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('reactions.groupLabel')} className={mergeClasses(styles.bar, className)}>
      {REACTION_KINDS.map((kind) => {
        const pressed = mine.includes(kind);
        const count = Math.max(0, counts[kind] ?? 0);
        const label = t(`reactions.kinds.${kind}`);
        const countOutside = renderCount !== undefined && count > 0;
        const toggle = (
          <ToggleButton
            className={styles.button}
            size="medium"
            shape="circular"
            checked={pressed}
            disabled={disabled}
            aria-label={t('reactions.toggle', { label, count })}
            onClick={() => onToggle(kind, !pressed)}
          >
            <span className={styles.emoji} aria-hidden="true">
              {REACTION_EMOJI[kind]}
            </span>
            <span>{label}</span>
            {count > 0 && !countOutside ? <span className={styles.count}>{formatNumber(count, locale)}</span> : null}
          </ToggleButton>
        );
        // Always wrapped the same way, so the toggle keeps focus when its count appears or goes.
        return (
          <span key={kind} className={styles.reaction}>
            {toggle}
            {countOutside ? renderCount(kind, count) : null}
          </span>
        );
      })}
    </div>
  );
}
