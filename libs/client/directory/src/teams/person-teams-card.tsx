import { useQuery } from '@apollo/client/react';
import { Badge, Card, Spinner, Text, makeStyles, shorthands, mergeClasses, tokens } from '@fluentui/react-components';
import { WarningFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ALLOCATION_FULL, Locale } from '@kakehashi/shared-contracts';
import { AppLink, ErrorState, useLocale } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { useDetailCardStyles } from '../shared/detail-card';
import { PersonTeamsQuery } from './documents';
import { PlannedBadge, TEAMS_PATH, TeamRoleBadge, TeamStatusBadge, teamPath } from './team-ui';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  total: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  totalValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  over: { color: tokens.colorPaletteRedForeground1 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  team: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalS,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  // A closed team sits back without fading (fading would fail contrast).
  closed: { backgroundColor: tokens.colorNeutralBackground3, paddingInline: tokens.spacingHorizontalS },
  name: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, overflowWrap: 'anywhere' },
  allocation: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** 所属チーム on a profile: the person's teams with role and allocation, and their total allocation. */
export function PersonTeamsCard({ personId }: { personId: string }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const locale = useLocale();
  const styles = { ...useDetailCardStyles(), ...useStyles() };
  // Rosters change on team pages: read afresh whenever the profile opens.
  const { data, loading, error, refetch } = useQuery(PersonTeamsQuery, { variables: { id: personId }, fetchPolicy: 'cache-and-network' });
  const person = data?.person;

  let body;
  if (!person) {
    body = loading ? (
      <Spinner size="tiny" label={t('teams.loadingMore')} />
    ) : (
      <ErrorState error={error} message={t('teams.profileCard.loadFailed')} onRetry={() => void refetch()} />
    );
  } else {
    const over = person.totalAllocation > ALLOCATION_FULL;
    body = (
      <>
        <div className={styles.total}>
          <Text className={mergeClasses(styles.totalValue, over && styles.over)}>
            {t('teams.profileCard.total', { value: person.totalAllocation })}
          </Text>
          {over ? (
            <Badge appearance="filled" color="danger" icon={<WarningFilled />}>
              {t('teams.profileCard.over', { full: ALLOCATION_FULL })}
            </Badge>
          ) : null}
        </div>
        <Text as="p" className={styles.hint}>
          {t('teams.profileCard.totalHint')}
        </Text>
        {person.teams.length === 0 ? (
          <Text as="p" className={styles.muted}>
            {t('teams.profileCard.none')} <AppLink to={TEAMS_PATH}>{t('teams.profileCard.findTeams')}</AppLink>
          </Text>
        ) : (
          <ul className={styles.list}>
            {person.teams.map((membership) => {
              const closed = membership.team.status === 'CLOSED';
              const teamName = locale === Locale.en && membership.team.nameEn ? membership.team.nameEn : membership.team.name;
              return (
                <li key={membership.team.id} className={mergeClasses(styles.team, closed && styles.closed)}>
                  <span className={styles.name}>
                    <AppLink to={teamPath(membership.team.id)}>{teamName}</AppLink>
                    <TeamRoleBadge role={membership.role} size="small" />
                    {!membership.current && !closed ? <PlannedBadge /> : null}
                    {closed ? <TeamStatusBadge status="CLOSED" size="small" /> : null}
                  </span>
                  <span className={styles.allocation}>
                    <span className={styles.hint}>{t('teams.member.allocation')} </span>
                    {t('teams.percent', { value: membership.allocation })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </>
    );
  }

  return (
    <Card className={styles.card} role="region" aria-labelledby="person-teams-heading">
      <h2 id="person-teams-heading" className={styles.heading2}>
        {t('teams.profileCard.heading')}
      </h2>
      {body}
    </Card>
  );
}
