import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Badge, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Locale } from '@kakehashi/shared-contracts';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  departmentName,
  isNotFound,
  useLocale,
  usePageTitle,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { DepartmentDetailQuery } from '../shared/documents';
import { Detail, useDetailCardStyles } from '../shared/detail-card';
import { PageHeader } from '../shared/page-header';
import { PeopleResults } from '../shared/people-results';
import { DepartmentTeams } from '../teams/department-teams';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

const useStyles = makeStyles({
  summary: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    marginBottom: tokens.spacingVerticalXXL,
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  children: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  child: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  membersHeading: {
    margin: 0,
    marginBottom: tokens.spacingVerticalM,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export default function DepartmentPage() {
  useDirectoryMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = { ...useDetailCardStyles(), ...useStyles() };
  const locale = useLocale();
  const { data, loading, error, refetch } = useQuery(DepartmentDetailQuery, { variables: { id } });
  const department = data?.department ?? null;
  usePageTitle(department ? departmentName(department, locale) : loading ? null : t('departments.notFoundTitle'));

  if (!department) {
    if (loading) return <LoadingState />;
    if (error && !isNotFound(error)) {
      return <ErrorState error={error} onRetry={() => void refetch()} />;
    }
    return (
      <>
        <PageHeader title={t('departments.notFoundTitle')} />
        <EmptyState
          hint={t('departments.notFoundHint')}
          action={<AppLink to="/departments">{t('departments.backToDepartments')}</AppLink>}
        />
      </>
    );
  }

  const otherName = locale === Locale.ja ? department.nameEn : department.nameJa;
  return (
    <>
      <PageHeader
        title={departmentName(department, locale)}
        lead={<span lang={locale === Locale.ja ? Locale.en : Locale.ja}>{otherName}</span>}
      />
      <div className={styles.summary}>
        <Card className={styles.card}>
          <dl className={styles.details}>
            <Detail term={t('departments.code')}>{department.code}</Detail>
            <Detail term={t('departments.parent')}>
              {department.parent ? (
                <AppLink to={`/departments/${department.parent.id}`}>{departmentName(department.parent, locale)}</AppLink>
              ) : (
                <span className={styles.muted}>{t('departments.topLevel')}</span>
              )}
            </Detail>
            <Detail term={t('departments.memberCount')}>{t('departments.members', { count: department.memberCount })}</Detail>
          </dl>
        </Card>
        {department.children.length > 0 ? (
          <Card className={styles.card}>
            <h2 className={styles.heading2}>{t('departments.children')}</h2>
            <ul className={styles.children}>
              {department.children.map((child) => (
                <li key={child.id} className={styles.child}>
                  <AppLink to={`/departments/${child.id}`}>{departmentName(child, locale)}</AppLink>
                  <Badge appearance="tint" color="informative">
                    {t('departments.members', { count: child.memberCount })}
                  </Badge>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
      <DepartmentTeams departmentId={department.id} />
      <section aria-labelledby="department-members-heading">
        <h2 id="department-members-heading" className={styles.membersHeading}>
          {t('departments.membersHeading')}
        </h2>
        <PeopleResults
          departmentId={department.id}
          emptyTitle={t('departments.noMembersTitle')}
          emptyHint={department.children.length > 0 ? t('departments.noMembersHint') : undefined}
        />
      </section>
    </>
  );
}
