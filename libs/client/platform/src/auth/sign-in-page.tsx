import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  CompoundButton,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonRegular, SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ErrorCode, SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import type { SignInCandidateFragment } from '../gql/graphql';
import { useLocale } from '../i18n/i18n';
import { departmentName, personName, personTitle } from '../i18n/names';
import { useDebouncedValue, usePageTitle } from '../ui/hooks';
import { ErrorState, LoadingState } from '../ui/states';
import { useAuth } from './auth-context';
import { AuthOptionsQuery, DevSignInCandidatesQuery } from './auth-documents';
import { AuthRequestError, devSignIn, entraSignInUrl, safeReturnTo } from './auth-http';

const useStyles = makeStyles({
  page: {
    maxWidth: '640px',
    marginInline: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  card: {
    padding: tokens.spacingHorizontalXXL,
    gap: tokens.spacingVerticalL,
    '@media (max-width: 479px)': { padding: tokens.spacingHorizontalL },
  },
  lead: { color: tokens.colorNeutralForeground2 },
  microsoft: { alignSelf: 'flex-start' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  heading2: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  heading3: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  choice: {
    width: '100%',
    height: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
  },
});

type Candidate = SignInCandidateFragment;

export default function SignInPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const locale = useLocale();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { status, refresh } = useAuth();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  usePageTitle(t('signIn.title'));

  const options = useQuery(AuthOptionsQuery);
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const devEnabled = options.data?.authOptions.devSignInEnabled ?? false;
  const candidates = useQuery(DevSignInCandidatesQuery, {
    variables: { search: debouncedSearch },
    skip: !devEnabled || debouncedSearch.length === 0,
  });
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (status === 'signedIn') return <Navigate to={returnTo} replace />;

  const signInAs = async (personId: string) => {
    setPendingId(personId);
    setFailure(null);
    try {
      await devSignIn(personId);
      await client.clearStore();
      await refresh();
      await navigate(returnTo, { replace: true });
    } catch (error) {
      const code = error instanceof AuthRequestError ? error.code : null;
      const known = Object.values(ErrorCode).find((value) => value === code);
      setFailure(`${t('signIn.failed')} ${known ? t(`errors.${known}`) : t('errors.network')}`);
      setPendingId(null);
    }
  };

  const describe = (candidate: Candidate, withName: boolean): string => {
    const parts = [candidate.department ? departmentName(candidate.department, locale) : t('signIn.noDepartment')];
    const title = personTitle(candidate, locale);
    if (title) parts.push(title);
    if (withName) parts.unshift(personName(candidate, locale));
    return parts.join(t('separator'));
  };

  const choiceButton = (candidate: Candidate, label: string, details: string, key: string) => (
    <li key={key}>
      <CompoundButton
        className={styles.choice}
        icon={pendingId === candidate.id ? <Spinner size="tiny" /> : <PersonRegular />}
        secondaryContent={details}
        disabled={pendingId !== null}
        onClick={() => void signInAs(candidate.id)}
      >
        {label}
      </CompoundButton>
    </li>
  );

  const authOptions = options.data?.authOptions;
  const found = candidates.data?.devSignInCandidates ?? [];

  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <Title1 as="h1">{t('signIn.heading')}</Title1>
        <Text as="p" className={styles.lead}>
          {t('signIn.lead')}
        </Text>
        {options.loading && !authOptions ? <LoadingState /> : null}
        {options.error ? <ErrorState error={options.error} onRetry={() => void options.refetch()} /> : null}
        {failure ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        ) : null}
        {pendingId ? (
          <div role="status">
            <Spinner size="tiny" label={t('signIn.signingIn')} />
          </div>
        ) : null}
        {authOptions && !authOptions.entraEnabled && !authOptions.devSignInEnabled ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('signIn.noMethods')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {authOptions?.entraEnabled ? (
          <Button as="a" href={entraSignInUrl(returnTo)} appearance="primary" size="large" className={styles.microsoft}>
            {t('signIn.microsoft')}
          </Button>
        ) : null}
        {authOptions?.entraEnabled && authOptions.devSignInEnabled ? <Divider>{t('signIn.or')}</Divider> : null}
        {authOptions?.devSignInEnabled ? (
          <section className={styles.section} aria-labelledby="dev-sign-in-heading">
            <h2 id="dev-sign-in-heading" className={styles.heading2}>
              {t('signIn.devHeading')}
            </h2>
            <Text as="p" className={styles.hint}>
              {t('signIn.devHint')}
            </Text>
            {authOptions.personas.length > 0 ? (
              <>
                <h3 className={styles.heading3}>{t('signIn.personasHeading')}</h3>
                <ul className={styles.list}>
                  {authOptions.personas.map((persona) =>
                    choiceButton(
                      persona.person,
                      t(`signIn.personas.${persona.key}`, { defaultValue: persona.key }),
                      describe(persona.person, true),
                      persona.key,
                    ),
                  )}
                </ul>
              </>
            ) : null}
            <h3 className={styles.heading3}>{t('signIn.searchHeading')}</h3>
            <Field label={t('signIn.searchLabel')} hint={t('signIn.searchHint')}>
              <Input
                type="search"
                value={search}
                maxLength={SEARCH_TEXT_MAX_LENGTH}
                contentBefore={<SearchRegular />}
                placeholder={t('signIn.searchPlaceholder')}
                onChange={(_, data) => setSearch(data.value)}
              />
            </Field>
            {candidates.loading ? <LoadingState /> : null}
            {candidates.error ? <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} /> : null}
            {debouncedSearch && candidates.data && found.length === 0 ? (
              <Text as="p" role="status" className={styles.hint}>
                {t('signIn.noCandidates')}
              </Text>
            ) : null}
            {found.length > 0 ? (
              <ul className={styles.list} aria-label={t('signIn.searchHeading')}>
                {found.map((candidate) => choiceButton(candidate, personName(candidate, locale), describe(candidate, false), candidate.id))}
              </ul>
            ) : null}
          </section>
        ) : null}
      </Card>
    </div>
  );
}
