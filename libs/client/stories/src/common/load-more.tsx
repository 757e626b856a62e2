import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { STORIES_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  more: { display: 'flex', justifyContent: 'center', marginTop: tokens.spacingVerticalXL },
});

/** "もっと見る": the next page of a list, with progress while it loads. */
export function LoadMoreButton({ loading, onClick }: { loading: boolean; onClick: () => void }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  return (
    <div className={styles.more}>
      <Button appearance="secondary" disabledFocusable={loading} icon={loading ? <Spinner size="tiny" /> : undefined} onClick={onClick}>
        {loading ? t('list.loadingMore') : t('list.loadMore')}
      </Button>
    </div>
  );
}

/** Appends the next page to the previous one, by cursor (the cache has no field policy for these lists). */
export function appendByCursor<T extends { cursor: string }>(previous: readonly T[], next: readonly T[]): T[] {
  const seen = new Set(previous.map((item) => item.cursor));
  return [...previous, ...next.filter((item) => !seen.has(item.cursor))];
}
