import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle1,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  RenderedHtml,
  formatDateTime,
  personName,
  useLocale,
  type EditionVersionsQuery as EditionVersionsResult,
} from '@kakehashi/client-platform';
import { isoOf } from '../common/scalars';
import { EditionVersionsQuery } from '../graphql/documents';
import { NEWSLETTERS_NAMESPACE } from '../i18n';

type EditionVersion = EditionVersionsResult['edition']['versions'][number];

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    '@media (max-width: 767px)': { padding: tokens.spacingHorizontalL },
  },
  heading: { margin: 0 },
  lead: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  itemText: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 240px', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  surface: { maxWidth: '880px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
  summary: { color: tokens.colorNeutralForeground2, lineHeight: '1.7' },
  cover: { width: '100%', maxHeight: '320px', objectFit: 'cover', borderRadius: tokens.borderRadiusMedium },
});

/** 更新履歴: an editor's view of what a published edition said before each edit. */
export function EditionVersions({ editionId }: { editionId: string }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  // Coming back from the editor shows the version the save just kept.
  const { data, error, refetch } = useQuery(EditionVersionsQuery, {
    variables: { id: editionId },
    fetchPolicy: 'cache-and-network',
  });
  const [viewing, setViewing] = useState<EditionVersion | null>(null);
  const versions = data?.edition.versions;

  let body;
  if (!versions) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('versions.loading')} />;
  } else if (versions.length === 0) {
    body = <EmptyState icon={<HistoryRegular />} title={t('versions.emptyTitle')} hint={t('versions.emptyHint')} />;
  } else {
    body = (
      <ul className={styles.list} aria-label={t('versions.listLabel')}>
        {versions.map((version) => {
          const date = formatDateTime(isoOf(version.replacedAt) ?? '', locale);
          return (
            <li key={version.version} className={styles.item}>
              <span className={styles.itemText}>
                <Text weight="semibold">
                  {t('versions.item', { version: version.version })}
                  {t('card.separator')}
                  {version.title}
                </Text>
                <Text size={200} className={styles.meta}>
                  {version.replacedBy
                    ? t('versions.replacedBy', { date, name: personName(version.replacedBy, locale) })
                    : t('versions.replacedAt', { date })}
                </Text>
              </span>
              <Button aria-label={t('versions.viewLabel', { version: version.version, date })} onClick={() => setViewing(version)}>
                {t('versions.view')}
              </Button>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('versions.title')}
      </Subtitle1>
      <Text as="p" size={200} className={styles.lead}>
        {t('versions.lead')}
      </Text>
      {body}
      <Dialog open={viewing !== null} onOpenChange={(_, state) => !state.open && setViewing(null)}>
        <DialogSurface className={styles.surface}>
          {viewing ? (
            <DialogBody>
              <DialogTitle>
                {t('versions.dialogTitle', { version: viewing.version, date: formatDateTime(isoOf(viewing.replacedAt) ?? '', locale) })}
              </DialogTitle>
              <DialogContent className={styles.content}>
                <Title2 as="h3">{viewing.title}</Title2>
                {viewing.summary ? (
                  <Text as="p" className={styles.summary}>
                    {viewing.summary}
                  </Text>
                ) : null}
                {viewing.coverImageUrl ? <img className={styles.cover} src={viewing.coverImageUrl} alt="" /> : null}
                <RenderedHtml html={viewing.bodyHtml} />
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => setViewing(null)}>
                  {t('versions.close')}
                </Button>
              </DialogActions>
            </DialogBody>
          ) : null}
        </DialogSurface>
      </Dialog>
    </section>
  );
}
