import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { VOICE_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  more: { display: 'flex', justifyContent: 'center', marginTop: tokens.spacingVerticalL },
});

/** "さらに表示": the next page of a list, with progress while it loads. */
export function LoadMoreButton({ loading, onClick }: { loading: boolean; onClick: () => void }) {
  const { t } = useTranslation(VOICE_NAMESPACE);
  const styles = useStyles();
  return (
    <div className={styles.more}>
      <Button appearance="secondary" disabledFocusable={loading} icon={loading ? <Spinner size="tiny" /> : undefined} onClick={onClick}>
        {loading ? t('list.loadingMore') : t('list.loadMore')}
      </Button>
    </div>
  );
}

/** Appends the next page to the previous one by id (the cache has no field policy for these lists). */
export function appendById<T extends { id: string }>(previous: readonly T[], next: readonly T[]): T[] {
  const seen = new Set(previous.map((item) => item.id));
  return [...previous, ...next.filter((item) => !seen.has(item.id))];
}
