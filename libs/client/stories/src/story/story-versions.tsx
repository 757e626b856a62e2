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
  type StoryVersionsQuery as StoryVersionsResult,
} from '@kakehashi/client-platform';
import { useSectionStyles } from '../common/section-styles';
import { StoryVersionsQuery } from '../graphql/documents';
import { STORIES_NAMESPACE } from '../i18n';
import { OutcomeCards } from './outcome-cards';

type StoryVersion = StoryVersionsResult['story']['versions'][number];

const useStyles = makeStyles({
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
  surface: { maxWidth: '880px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
  title: { overflowWrap: 'anywhere' },
});

/** 更新履歴: what the published story said before each edit (its authors and managers). */
export function StoryVersions({ storyId }: { storyId: string }) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const locale = useLocale();
  const section = useSectionStyles();
  const styles = useStyles();
  const headingId = useId();
  // Coming back from the form shows the version the save just kept.
  const { data, error, refetch } = useQuery(StoryVersionsQuery, { variables: { id: storyId }, fetchPolicy: 'cache-and-network' });
  const [viewing, setViewing] = useState<StoryVersion | null>(null);
  const versions = data?.story.versions;

  let body;
  if (!versions) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('versions.loading')} />;
  } else if (versions.length === 0) {
    body = <EmptyState icon={<HistoryRegular />} title={t('versions.emptyTitle')} hint={t('versions.emptyHint')} />;
  } else {
    body = (
      <ul className={styles.list} aria-label={t('versions.listLabel')}>
        {versions.map((version) => {
          const date = formatDateTime(version.replacedAt, locale);
          return (
            <li key={version.version} className={styles.item}>
              <span className={styles.itemText}>
                <Text weight="semibold">
                  {t('versions.item', { version: version.version })}
                  {t('common.separator')}
                  {version.title}
                </Text>
                <Text size={200} className={section.muted}>
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
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {t('versions.title')}
      </h2>
      <Text as="p" size={200} className={section.muted}>
        {t('versions.lead')}
      </Text>
      {body}
      <Dialog open={viewing !== null} onOpenChange={(_, state) => !state.open && setViewing(null)}>
        <DialogSurface className={styles.surface}>
          {viewing ? (
            <DialogBody>
              <DialogTitle>
                {t('versions.dialogTitle', { version: viewing.version, date: formatDateTime(viewing.replacedAt, locale) })}
              </DialogTitle>
              <DialogContent className={styles.content}>
                <Title2 as="h3" className={styles.title}>
                  {viewing.title}
                </Title2>
                <OutcomeCards outcomes={viewing.outcomes} headingLevel={3} />
                <h3 className={section.subheading}>{t('story.sections.challenge')}</h3>
                <RenderedHtml html={viewing.challengeHtml} />
                <h3 className={section.subheading}>{t('story.sections.solution')}</h3>
                <RenderedHtml html={viewing.solutionHtml} />
                <h3 className={section.subheading}>{t('story.sections.result')}</h3>
                <RenderedHtml html={viewing.resultHtml} />
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
