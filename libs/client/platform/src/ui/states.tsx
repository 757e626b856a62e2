import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, SearchInfoRegular } from '@fluentui/react-icons';
import { errorMessageKey } from '../apollo/graphql-errors';

const useStyles = makeStyles({
  loading: {
    display: 'flex',
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
  },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
  },
  emptyIcon: {
    fontSize: '48px',
    color: tokens.colorNeutralForeground3,
  },
  emptyTitle: {
    color: tokens.colorNeutralForeground1,
  },
  error: {
    marginBlock: tokens.spacingVerticalL,
  },
});

/** A spinner with a visible, announced label. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.loading} role="status">
      <Spinner size="medium" label={label ?? t('states.loading')} labelPosition="below" />
    </div>
  );
}

/** Nothing to show: what happened and what to try next. */
export function EmptyState({
  title,
  hint,
  icon,
  action,
}: {
  /** Leave out when the page heading already says it. */
  title?: string;
  hint?: string;
  icon?: ReactNode;
  action?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.empty} role="status">
      <span className={styles.emptyIcon} aria-hidden="true">
        {icon ?? <SearchInfoRegular />}
      </span>
      {title ? (
        <Text as="p" size={400} weight="semibold" className={styles.emptyTitle}>
          {title}
        </Text>
      ) : null}
      {hint ? (
        <Text as="p" size={300}>
          {hint}
        </Text>
      ) : null}
      {action}
    </div>
  );
}

/** A failed load: the reason in the user's words, and a retry when one makes sense. */
export function ErrorState({ error, message, onRetry }: { error?: unknown; message?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" className={styles.error} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('states.errorTitle')}</MessageBarTitle>
        {message ?? t(errorMessageKey(error))}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t('states.retry')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
