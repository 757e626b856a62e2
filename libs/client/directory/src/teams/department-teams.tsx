import { useQuery } from '@apollo/client/react';
import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AppLink, ErrorState } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { DepartmentTeamsQuery } from './documents';
import { TeamCard } from './team-card';
import { TEAMS_PATH } from './team-ui';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXXL },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalXS,
  },
  hint: { margin: 0, marginBottom: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 479px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

/** この部門の社員が参加しているチーム: teams (not closed) with people of the department or below it. */
export function DepartmentTeams({ departmentId }: { departmentId: string }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const { data, loading, error, refetch } = useQuery(DepartmentTeamsQuery, {
    variables: { id: departmentId },
    fetchPolicy: 'cache-and-network',
  });
  const teams = data?.department?.teams;

  let body;
  if (!teams) {
    body = loading ? <Spinner size="tiny" label={t('teams.loadingMore')} /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (teams.length === 0) {
    body = (
      <Text as="p" className={styles.hint}>
        {t('teams.departmentSection.none')}
      </Text>
    );
  } else {
    body = (
      <ul className={styles.list}>
        {teams.map((team) => (
          <li key={team.id}>
            <TeamCard team={team} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className={styles.section} aria-labelledby="department-teams-heading">
      <div className={styles.head}>
        <h2 id="department-teams-heading" className={styles.heading}>
          {t('teams.departmentSection.heading')}
        </h2>
        {teams && teams.length > 0 ? (
          <AppLink to={`${TEAMS_PATH}?department=${departmentId}`}>{t('teams.departmentSection.all')}</AppLink>
        ) : null}
      </div>
      <Text as="p" className={styles.hint}>
        {t('teams.departmentSection.hint')}
      </Text>
      {body}
    </section>
  );
}
