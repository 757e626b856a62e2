import { Link as RouterLink } from 'react-router';
import { Card, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Locale } from '@kakehashi/shared-contracts';
import { personName, useLocale, type TeamSummaryFragment } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { DepartmentMix, TeamKindBadge, TeamStatusBadge, formatDay, teamPath } from './team-ui';

const useStyles = makeStyles({
  card: {
    position: 'relative',
    height: '100%',
    boxSizing: 'border-box',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ':hover': { boxShadow: tokens.shadow8 },
    ':focus-within': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2 },
  },
  // Closed teams stay readable (no fading, which would fail contrast) but sit back.
  closed: { backgroundColor: tokens.colorNeutralBackground3, boxShadow: 'none' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  link: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForeground1 },
    ':focus-visible': { outlineStyle: 'none' },
    // The whole card is the link's hit area.
    '::after': { content: '""', position: 'absolute', inset: 0 },
  },
  secondary: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export type TeamCardTeam = TeamSummaryFragment & {
  leads?: readonly { id: string; displayName: string; displayNameEn: string }[];
};

/** One team in a list: names, kind and status, size, dates, the department mix and who leads it. */
export function TeamCard({ team, headingLevel = 3 }: { team: TeamCardTeam; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const leads = (team.leads ?? []).map((lead) => personName(lead, locale));
  const closed = team.status === 'CLOSED';
  const english = locale === Locale.en && Boolean(team.nameEn);
  const otherName = english ? team.name : team.nameEn;
  return (
    <Card className={mergeClasses(styles.card, closed && styles.closed)}>
      <div className={styles.badges}>
        <TeamKindBadge kind={team.kind} size="small" />
        <TeamStatusBadge status={team.status} size="small" />
      </div>
      <Heading className={styles.name}>
        <RouterLink className={styles.link} to={teamPath(team.id)}>
          {english ? team.nameEn : team.name}
        </RouterLink>
      </Heading>
      {otherName ? (
        <Text size={200} lang={english ? Locale.ja : Locale.en} className={styles.secondary}>
          {otherName}
        </Text>
      ) : null}
      <div className={styles.meta}>
        <span>{t('teams.members', { count: team.memberCount })}</span>
        <span>
          {team.endsOn
            ? t('teams.dateRange', { start: formatDay(team.startsOn, locale), end: formatDay(team.endsOn, locale) })
            : t('teams.dateFrom', { start: formatDay(team.startsOn, locale) })}
        </span>
      </div>
      <DepartmentMix mix={team.departmentMix} locale={locale} compact />
      {team.leads ? (
        <Text size={200} className={styles.secondary}>
          {leads.length > 0 ? t('teams.leads', { names: leads.join(t('teams.listSeparator')) }) : t('teams.noLeads')}
        </Text>
      ) : null}
    </Card>
  );
}
