import type { ReactNode } from 'react';
import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ChartHeadingLevel } from './types';

const useStyles = makeStyles({
  frame: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
});

/** A chart's card: a real heading (it names the region) and the body. */
export function ChartFrame({
  titleId,
  title,
  headingLevel = 3,
  children,
}: {
  titleId: string;
  title: string;
  headingLevel?: ChartHeadingLevel;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.frame} aria-labelledby={titleId}>
      <Subtitle2 as={`h${headingLevel}`} id={titleId}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
