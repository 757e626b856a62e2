import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

/** The card, heading and term/value list of the profile and department pages. */
export const useDetailCardStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalXL,
    gap: tokens.spacingVerticalM,
    '@media (max-width: 479px)': { padding: tokens.spacingHorizontalL },
  },
  heading2: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  details: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    // On a phone each term sits above its value.
    '@media (max-width: 479px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXXS },
  },
  term: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    '@media (max-width: 479px)': { marginTop: tokens.spacingVerticalS },
  },
  value: { margin: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** One term and its value in a details list (`<dl>`). */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  const styles = useDetailCardStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </>
  );
}
