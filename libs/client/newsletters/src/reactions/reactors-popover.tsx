import { useId, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  type PositioningProps,
} from '@fluentui/react-components';
import { DismissRegular, PeopleRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_DEFAULT } from '@kakehashi/shared-contracts';
import { AppLink, EmptyState, ErrorState, departmentName, formatNumber, personName, useLocale } from '@kakehashi/client-platform';
import { LoadMoreButton, appendEdges } from '../common/load-more';
import { relativeTime } from '../common/relative-time';
import { isoOf } from '../common/scalars';
import { useNow } from '../common/use-now';
import { EditionReactorsQuery } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';
import type { ReactionKind } from './reaction-kinds';

/** Room kept between the popover and the edges of the screen, in px. */
const VIEWPORT_MARGIN = 16;

/** Below the count, kept inside the screen (shifted, not cut off) on a narrow phone. */
const POSITIONING: PositioningProps = { position: 'below', align: 'start', overflowBoundaryPadding: VIEWPORT_MARGIN };

const useStyles = makeStyles({
  count: { minWidth: 'auto', fontVariantNumeric: 'tabular-nums', paddingInline: tokens.spacingHorizontalS },
  surface: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Border-box, so that the surface's own padding counts in the width: on a phone it
    // keeps the VIEWPORT_MARGIN on both sides instead of running to the screen's edge.
    boxSizing: 'border-box',
    width: '320px',
    maxWidth: `calc(100vw - ${2 * VIEWPORT_MARGIN}px)`,
    maxHeight: 'min(420px, 70vh)',
    overflowY: 'auto',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  loading: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalL },
});

/**
 * A reaction's count as a button that opens the people who reacted with that kind, most
 * recent first, a page at a time.
 */
export function ReactorsPopover({ editionId, kind, count }: { editionId: string; kind: ReactionKind; count: number }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const label = t(`reactions.kinds.${kind}`);
  return (
    <Popover trapFocus withArrow positioning={POSITIONING} open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <PopoverTrigger disableButtonEnhancement>
        <Button
          className={styles.count}
          size="medium"
          shape="circular"
          appearance="subtle"
          aria-haspopup="dialog"
          aria-label={t('reactions.showReactors', { label, count })}
        >
          {formatNumber(count, locale)}
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-labelledby={titleId}>
        <div className={styles.header}>
          <Subtitle2 as="h2" id={titleId} className={styles.title}>
            {t('reactions.reactorsTitle', { label })}
          </Subtitle2>
          <Button
            appearance="subtle"
            size="small"
            icon={<DismissRegular />}
            aria-label={t('reactions.close')}
            onClick={() => setOpen(false)}
          />
        </div>
        {/* The surface unmounts when closed, so each opening asks again and shows who reacted since. */}
        <ReactorList editionId={editionId} kind={kind} label={label} onNavigate={() => setOpen(false)} />
      </PopoverSurface>
    </Popover>
  );
}

function ReactorList({
  editionId,
  kind,
  label,
  onNavigate,
}: {
  editionId: string;
  kind: ReactionKind;
  label: string;
  onNavigate: () => void;
}) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const now = useNow();
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(EditionReactorsQuery, {
    variables: { id: editionId, kind, first: PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.edition.reactors;

  if (!connection) {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <div className={styles.loading} role="status">
        <Spinner size="small" label={t('reactions.reactorsLoading')} labelPosition="below" />
      </div>
    );
  }
  if (connection.edges.length === 0) return <EmptyState icon={<PeopleRegular />} hint={t('reactions.noReactions')} />;

  const loadMore = () => {
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        edition: { ...previous.edition, reactors: appendEdges(previous.edition.reactors, fetchMoreResult.edition.reactors) },
      }),
    }).catch(() => undefined);
  };

  return (
    <>
      <ul className={styles.list} aria-label={t('reactions.reactorsTitle', { label })}>
        {connection.edges.map(({ cursor, node, reactedAt }) => {
          const at = isoOf(reactedAt);
          const details = [node.department ? departmentName(node.department, locale) : null, at ? relativeTime(at, locale, now) : null];
          return (
            <li key={cursor} className={styles.item}>
              <AppLink to={`/people/${node.id}`} onNavigate={onNavigate}>
                {personName(node, locale)}
              </AppLink>
              <Text size={200} className={styles.meta}>
                {details.filter(Boolean).join(t('card.separator'))}
              </Text>
            </li>
          );
        })}
      </ul>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {connection.pageInfo.hasNextPage ? <LoadMoreButton loading={networkStatus === NetworkStatus.fetchMore} onClick={loadMore} /> : null}
    </>
  );
}
