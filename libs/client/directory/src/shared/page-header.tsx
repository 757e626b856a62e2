import type { ReactNode } from 'react';
import { Text, Title1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalXL,
  },
  lead: { color: tokens.colorNeutralForeground2 },
});

export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <Title1 as="h1">{title}</Title1>
      {lead ? (
        <Text as="p" className={styles.lead}>
          {lead}
        </Text>
      ) : null}
      {children}
    </div>
  );
}
