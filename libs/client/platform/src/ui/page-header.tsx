import type { ReactNode } from 'react';
import { Text, Title1, makeStyles, tokens } from '@fluentui/react-components';

// Pure: nothing is inserted until a page renders it (the entry chunk keeps no work).
const useStyles = /* @__PURE__ */ makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalXL,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, flex: '1 1 320px' },
  lead: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function PageHeader({
  title,
  lead,
  actions,
  eyebrow,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  eyebrow?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <div className={styles.text}>
        {eyebrow}
        <Title1 as="h1">{title}</Title1>
        {lead ? (
          <Text as="p" className={styles.lead}>
            {lead}
          </Text>
        ) : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </div>
  );
}
