import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  Avatar,
  Badge,
  Button,
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { EditRegular, MailRegular, OrganizationRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { Locale } from '@kakehashi/shared-contracts';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  departmentName,
  isNotFound,
  personInitials,
  personName,
  personTitle,
  toLocale,
  useAuth,
  useLocale,
  usePageTitle,
  type PersonCardFragment,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { PersonProfileQuery } from '../shared/documents';
import { PersonCard } from '../shared/person-card';
import { Detail, useDetailCardStyles } from '../shared/detail-card';
import { ProfileEditForm } from './profile-edit-form';
import { PersonTeamsCard } from '../teams/person-teams-card';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXL,
    marginBottom: tokens.spacingVerticalXL,
    flexWrap: 'wrap',
  },
  headerText: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    flexGrow: 1,
  },
  names: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 899px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  bio: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  reports: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  mail: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  chartLink: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

function PersonLink({ person }: { person: PersonCardFragment }) {
  const locale = useLocale();
  return <AppLink to={`/people/${person.id}`}>{personName(person, locale)}</AppLink>;
}

export default function PersonPage() {
  useDirectoryMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const { t: tCommon } = useTranslation();
  const styles = { ...useDetailCardStyles(), ...useStyles() };
  const locale = useLocale();
  const { me } = useAuth();
  const { data, loading, error, refetch } = useQuery(PersonProfileQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const person = data?.person ?? null;
  usePageTitle(person ? personName(person, locale) : loading ? null : t('profile.notFoundTitle'));

  if (!person) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) {
      return <ErrorState error={error} onRetry={() => void refetch()} />;
    }
    return (
      <>
        <Title1 as="h1">{t('profile.notFoundTitle')}</Title1>
        <EmptyState hint={t('profile.notFoundHint')} action={<AppLink to="/people">{t('profile.backToPeople')}</AppLink>} />
      </>
    );
  }

  const isMe = me?.id === person.id;
  const name = personName(person, locale);
  const title = personTitle(person, locale);
  // The other forms of the name: the reading and English in Japanese; Japanese and reading in English.
  const otherNames = (
    locale === Locale.ja
      ? [
          { text: person.displayNameKana, lang: Locale.ja },
          { text: person.displayNameEn, lang: Locale.en },
        ]
      : [
          { text: person.displayName, lang: Locale.ja },
          { text: person.displayNameKana, lang: Locale.ja },
        ]
  ).filter((other): other is { text: string; lang: Locale } => Boolean(other.text));

  const finishEditing = (wasSaved: boolean) => {
    setEditing(false);
    setSaved(wasSaved);
    // Back to where the person started editing.
    window.setTimeout(() => editButtonRef.current?.focus(), 0);
  };

  return (
    <>
      <div className={styles.header}>
        <Avatar
          size={96}
          color="colorful"
          idForColor={person.id}
          name={name}
          initials={personInitials(person, locale)}
          aria-hidden="true"
        />
        <div className={styles.headerText}>
          <Title1 as="h1">{name}</Title1>
          <Text className={styles.names}>
            {otherNames.map((other, index) => (
              <span key={index}>
                {index > 0 ? tCommon('separator') : null}
                <span lang={other.lang}>{other.text}</span>
              </span>
            ))}
          </Text>
          {title ? <Text size={400}>{title}</Text> : null}
          <div className={styles.badges}>
            {isMe ? (
              <Badge appearance="tint" color="brand">
                {t('profile.you')}
              </Badge>
            ) : null}
            {!person.active ? (
              <Badge appearance="tint" color="warning">
                {t('profile.inactive')}
              </Badge>
            ) : null}
          </div>
          {person.active ? (
            <span className={styles.chartLink}>
              <OrganizationRegular aria-hidden="true" />
              <AppLink to={`/org?person=${person.id}`}>{t('orgChart.viewInChart')}</AppLink>
            </span>
          ) : null}
        </div>
        {isMe && !editing ? (
          <Button
            ref={editButtonRef}
            icon={<EditRegular />}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('profile.edit')}
          </Button>
        ) : null}
      </div>
      {saved ? (
        <MessageBar intent="success" role="status" style={{ marginBottom: tokens.spacingVerticalL }}>
          <MessageBarBody>{t('profile.saved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.columns}>
        <div className={styles.stack}>
          <Card className={styles.card}>
            <h2 className={styles.heading2}>{t('profile.details')}</h2>
            <dl className={styles.details}>
              <Detail term={t('profile.title')}>{title ?? <span className={styles.muted}>{t('profile.notSet')}</span>}</Detail>
              <Detail term={t('profile.department')}>
                {person.department ? (
                  <AppLink to={`/departments/${person.department.id}`}>{departmentName(person.department, locale)}</AppLink>
                ) : (
                  <span className={styles.muted}>{t('people.noDepartment')}</span>
                )}
              </Detail>
              <Detail term={t('profile.manager')}>
                {person.manager ? <PersonLink person={person.manager} /> : <span className={styles.muted}>{t('profile.notSet')}</span>}
              </Detail>
              <Detail term={t('profile.email')}>
                <Link href={`mailto:${person.email}`} className={styles.mail}>
                  <MailRegular aria-hidden="true" />
                  {person.email}
                </Link>
              </Detail>
              <Detail term={t('profile.location')}>{person.location || <span className={styles.muted}>{t('profile.notSet')}</span>}</Detail>
              <Detail term={t('profile.roles')}>
                <span className={styles.badges}>
                  <Badge appearance="outline" color="informative">
                    {tCommon('roles.EMPLOYEE')}
                  </Badge>
                  {person.roles.map((role) => (
                    <Badge key={role} appearance="tint" color="brand">
                      {tCommon(`roles.${role}`)}
                    </Badge>
                  ))}
                </span>
              </Detail>
            </dl>
          </Card>
          <PersonTeamsCard personId={person.id} />
        </div>
        <div className={styles.stack}>
          <Card className={styles.card}>
            {isMe && editing && me ? (
              <ProfileEditForm
                initial={{
                  bio: person.bio ?? null,
                  location: person.location ?? null,
                  preferredLocale: toLocale(me.preferredLocale) ?? Locale.ja,
                  version: person.version,
                }}
                onDone={finishEditing}
              />
            ) : (
              <>
                <h2 className={styles.heading2}>{t('profile.bio')}</h2>
                {person.bio ? (
                  <p className={styles.bio}>{person.bio}</p>
                ) : (
                  <Text as="p" className={styles.muted}>
                    {t('profile.noBio')}
                  </Text>
                )}
              </>
            )}
          </Card>
          <section className={styles.stack} aria-labelledby="direct-reports-heading">
            <h2 id="direct-reports-heading" className={styles.heading2}>
              {t('profile.directReports')}
            </h2>
            {person.directReports.length > 0 ? (
              <ul className={styles.reports}>
                {person.directReports.map((report) => (
                  <li key={report.id}>
                    <PersonCard person={report} headingLevel={3} />
                  </li>
                ))}
              </ul>
            ) : (
              <Text as="p" className={styles.muted}>
                {t('profile.noDirectReports')}
              </Text>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
