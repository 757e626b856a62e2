import { useId } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatNumber, useLocale } from '@kakehashi/client-platform';
import { RateMeter } from '../analytics/rate-meter';
import { READ_DWELL_SECONDS } from '../reads/use-read-tracking';
import { NEWSLETTERS_NAMESPACE } from '../i18n';

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { fontVariantNumeric: 'tabular-nums' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** A count that is not a share of the audience (the audience itself, comments): no rate, no bar. */
function CountTile({ label, value, hint }: { label: string; value: string; hint: string }) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className={styles.tile}>
      <Text id={labelId} size={300} weight="semibold" className={styles.label}>
        {label}
      </Text>
      <Text size={700} weight="semibold" className={styles.value}>
        {value}
      </Text>
      <Text size={200} className={styles.hint}>
        {hint}
      </Text>
    </div>
  );
}

export interface EngagementFigures {
  audienceSize: number;
  openers: number;
  readers: number;
  reactors: number;
  comments: number;
  acknowledgements: number;
  mustRead?: boolean;
}

/** Reach, read, reaction, comment and acknowledgement figures, each over the real audience. */
export function RateTiles({ figures }: { figures: EngagementFigures }) {
  const { t } = useTranslation(NEWSLETTERS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const audience = figures.audienceSize;
  return (
    <div className={styles.tiles}>
      <CountTile
        label={t('analytics.audience')}
        value={t('analytics.people', { count: audience, shown: formatNumber(audience, locale) })}
        hint={t('analytics.audienceHint')}
      />
      <RateMeter label={t('analytics.reach')} numerator={figures.openers} denominator={audience} hint={t('analytics.reachHint')} />
      <RateMeter
        label={t('analytics.readRate')}
        numerator={figures.readers}
        denominator={audience}
        hint={t('analytics.readRateHint', { seconds: READ_DWELL_SECONDS })}
      />
      <RateMeter
        label={t('analytics.reactionRate')}
        numerator={figures.reactors}
        denominator={audience}
        hint={t('analytics.reactionRateHint')}
      />
      <CountTile label={t('analytics.comments')} value={formatNumber(figures.comments, locale)} hint={t('analytics.commentsHint')} />
      {figures.mustRead ? (
        <RateMeter
          label={t('analytics.acknowledgementRate')}
          numerator={figures.acknowledgements}
          denominator={audience}
          hint={t('analytics.acknowledgementRateHint')}
        />
      ) : null}
    </div>
  );
}
