import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { NEWSLETTERS_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  more: { display: 'flex', justifyContent: 'center', marginTop: tokens.spacingVerticalXL },
});

export function LoadMoreButton({ loading, onClick }: { loading: boolean; onClick: () => void }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const styles = useStyles();
  return (
    <div className={styles.more}>
      <Button appearance="secondary" disabledFocusable={loading} icon={loading ? <Spinner size="tiny" /> : undefined} onClick={onClick}>
        {loading ? t('feed.loadingMore') : t('feed.loadMore')}
      </Button>
    </div>
  );
}

/** Appends the next page of a connection to the previous one (the cache has no field policy for it). */
export function appendEdges<TEdge extends { cursor: string }, TConnection extends { edges: TEdge[] }>(
  previous: TConnection,
  next: TConnection,
): TConnection {
  const seen = new Set(previous.edges.map((edge) => edge.cursor));
  return { ...next, edges: [...previous.edges, ...next.edges.filter((edge) => !seen.has(edge.cursor))] };
}
