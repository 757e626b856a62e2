import { useState, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Title1,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, EditRegular, OpenRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { Locale } from '@kakehashi/shared-contracts';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  isNotFound,
  useLocale,
  usePageTitle,
  useVisuallyHiddenStyles,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { Detail, useDetailCardStyles } from '../shared/detail-card';
import { TeamPageQuery } from './documents';
import { TeamGoals } from './team-goals';
import { TeamHistory } from './team-history';
import { TeamMembers } from './team-members';
import {
  DepartmentMix,
  LinkButton,
  TEAMS_PATH,
  TeamKindBadge,
  TeamStatusBadge,
  formatDay,
  noticeValues,
  teamEditPath,
  type TeamNotice,
} from './team-ui';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

const useStyles = makeStyles({
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginTop: `calc(-1 * ${tokens.spacingVerticalM})`,
    marginBottom: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground2,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 1023px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    minWidth: 0,
    // In one column the cards interleave: the mix right after the mission, before the long roster.
    '@media (max-width: 1023px)': { display: 'contents' },
  },
  about: { '@media (max-width: 1023px)': { order: 1 } },
  mix: { '@media (max-width: 1023px)': { order: 2 } },
  members: { '@media (max-width: 1023px)': { order: 3 } },
  goals: { '@media (max-width: 1023px)': { order: 4 } },
  history: { '@media (max-width: 1023px)': { order: 5 } },
  mission: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  notice: { marginBottom: tokens.spacingVerticalL },
  channel: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
});

/** A card with a heading (h2) that names its region. */
function Section({ id, title, className, children }: { id: string; title: string; className?: string; children: ReactNode }) {
  const styles = useDetailCardStyles();
  return (
    <Card className={mergeClasses(styles.card, className)} role="region" aria-labelledby={id}>
      <h2 id={id} className={styles.heading2}>
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** `/teams/:id`: a team, its people by department, its goals and its history. */
export default function TeamPage() {
  useDirectoryMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const locale = useLocale();
  const styles = { ...useDetailCardStyles(), ...useStyles() };
  const hidden = useVisuallyHiddenStyles();
  const location = useLocation();
  // Created or saved by the form: said here, in whatever language the page is read in.
  const arrived = (location.state as { noticeKey?: unknown } | null)?.noticeKey;
  const [notice, setNotice] = useState<TeamNotice | null>(
    arrived === 'teams.page.created' || arrived === 'teams.page.saved' ? { key: arrived } : null,
  );
  const shownNotice = notice ? t(notice.key, noticeValues(notice, locale)) : null;
  const { data, loading, error, refetch } = useQuery(TeamPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const team = data?.team ?? null;
  const name = team ? (locale === Locale.en && team.nameEn ? team.nameEn : team.name) : null;
  usePageTitle(name ?? (loading ? null : t('teams.page.notFoundTitle')));

  if (!team) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('teams.page.notFoundTitle')}</Title1>
        <EmptyState hint={t('teams.page.notFoundHint')} action={<AppLink to={TEAMS_PATH}>{t('teams.page.backToTeams')}</AppLink>} />
      </>
    );
  }

  const otherName = locale === Locale.en ? (team.nameEn ? team.name : null) : team.nameEn;
  const period = team.endsOn
    ? t('teams.dateRange', { start: formatDay(team.startsOn, locale), end: formatDay(team.endsOn, locale) })
    : t('teams.page.periodOpen', { start: formatDay(team.startsOn, locale) });

  return (
    <>
      <PageHeader
        eyebrow={<AppLink to={TEAMS_PATH}>{t('teams.page.backToTeams')}</AppLink>}
        title={name ?? team.name}
        lead={otherName ? <span lang={locale === Locale.en ? Locale.ja : Locale.en}>{otherName}</span> : undefined}
        actions={
          <>
            {team.channelUrl ? (
              <Button as="a" href={team.channelUrl} target="_blank" rel="noopener noreferrer" icon={<OpenRegular />}>
                {t('teams.page.openInTeams')}
                <span className={hidden.root}>{t('teams.page.openInTeamsHint')}</span>
              </Button>
            ) : null}
            {team.viewerCanEdit ? (
              <LinkButton to={teamEditPath(team.id)} appearance="secondary" icon={<EditRegular />}>
                {t('teams.page.edit')}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <div className={styles.badges}>
        <TeamKindBadge kind={team.kind} />
        <TeamStatusBadge status={team.status} />
        <Text>{t('teams.members', { count: team.memberCount })}</Text>
        <Text>{period}</Text>
      </div>
      {shownNotice ? (
        <MessageBar intent="success" role="status" className={styles.notice}>
          <MessageBarBody>{shownNotice}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={t('teams.page.dismiss')}
                onClick={() => setNotice(null)}
              />
            }
          />
        </MessageBar>
      ) : null}
      <div className={styles.columns}>
        <div className={styles.stack}>
          <Section id="team-about-heading" title={t('teams.page.about')} className={styles.about}>
            {team.mission ? (
              <p className={styles.mission}>{team.mission}</p>
            ) : (
              <Text as="p" className={styles.muted} style={{ margin: 0 }}>
                {t('teams.page.noMission')}
              </Text>
            )}
            <dl className={styles.details}>
              <Detail term={t('teams.page.period')}>{period}</Detail>
              <Detail term={t('teams.page.channel')}>
                {team.channelUrl ? (
                  <Link className={styles.channel} href={team.channelUrl} target="_blank" rel="noopener noreferrer">
                    {t('teams.page.openInTeams')}
                    <OpenRegular aria-hidden="true" />
                    <span className={hidden.root}>{t('teams.page.openInTeamsHint')}</span>
                  </Link>
                ) : (
                  <span className={styles.muted}>{t('teams.page.noChannel')}</span>
                )}
              </Detail>
            </dl>
          </Section>
          <Section id="team-members-heading" title={t('teams.page.membersHeading')} className={styles.members}>
            <TeamMembers team={team} onNotice={setNotice} />
          </Section>
        </div>
        <div className={styles.stack}>
          <Section id="team-mix-heading" title={t('teams.page.mixHeading')} className={styles.mix}>
            {team.departmentMix.length > 0 ? (
              <DepartmentMix mix={team.departmentMix} locale={locale} />
            ) : (
              <Text as="p" className={styles.muted} style={{ margin: 0 }}>
                {t('teams.page.mixEmpty')}
              </Text>
            )}
          </Section>
          <Section id="team-goals-heading" title={t('teams.page.goalsHeading')} className={styles.goals}>
            <TeamGoals team={team} onNotice={setNotice} />
          </Section>
          <Section id="team-history-heading" title={t('teams.page.historyHeading')} className={styles.history}>
            <TeamHistory team={team} />
          </Section>
        </div>
      </div>
    </>
  );
}
