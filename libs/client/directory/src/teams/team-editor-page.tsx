import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ErrorCode, Role } from '@kakehashi/shared-contracts';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  UnsavedChangesGuard,
  errorCode,
  errorMessageKey,
  isNotFound,
  useAuth,
  usePageTitle,
  type TeamDetailsFragment,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { CreateTeamMutation, TeamPageQuery, UpdateTeamMutation } from './documents';
import { TeamForm } from './team-form';
import {
  createTeamInput,
  emptyTeamForm,
  serverProblems,
  updateTeamInput,
  validateTeamForm,
  type FieldProblems,
  type TeamFormValues,
} from './team-form-values';
import { TEAMS_PATH, teamPath, todayInTokyo } from './team-ui';
import { useDirectoryMessages } from '../i18n/use-directory-messages';

/** Problems only the api can find: kept until the form is sent again. */
const SERVER_ONLY = new Set(['server', 'alreadyMember', 'inactivePerson']);

const useStyles = makeStyles({
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '920px', minWidth: 0 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
});

/** `/teams/new` (admins and editors). */
export function NewTeamPage() {
  useDirectoryMessages();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const { me } = useAuth();
  usePageTitle(t('teams.form.newTitle'));
  const allowed = Boolean(me?.roles.some((role) => role === Role.HUB_ADMIN || role === Role.HUB_EDITOR));
  // One key per opened form: a retried or double-sent create makes one team.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [initial] = useState(() => emptyTeamForm(todayInTokyo()));
  if (!allowed) {
    return (
      <>
        <Title1 as="h1">{t('teams.form.forbiddenTitle')}</Title1>
        <EmptyState hint={t('teams.form.forbiddenHint')} action={<AppLink to={TEAMS_PATH}>{t('teams.page.backToTeams')}</AppLink>} />
      </>
    );
  }
  return <TeamEditor initial={initial} idempotencyKey={idempotencyKey} />;
}

/** `/teams/:id/edit` (the team's leads and admins). */
export function EditTeamPage() {
  useDirectoryMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  // The version to send back is the one read now, not an older cached one.
  const { data, error, loading, refetch } = useQuery(TeamPageQuery, { variables: { id }, fetchPolicy: 'network-only' });
  usePageTitle(t('teams.form.editTitle'));
  const team = data?.team ?? null;
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
  if (!team.viewerCanEdit) {
    return (
      <>
        <Title1 as="h1">{t('teams.form.forbiddenEditTitle')}</Title1>
        <EmptyState hint={t('teams.form.forbiddenEditHint')} action={<AppLink to={teamPath(team.id)}>{team.name}</AppLink>} />
      </>
    );
  }
  return <TeamEditor key={`${team.id}:${team.version}`} team={team} initial={formValuesOf(team)} />;
}

function formValuesOf(team: TeamDetailsFragment): TeamFormValues {
  return {
    name: team.name,
    nameEn: team.nameEn ?? '',
    mission: team.mission,
    kind: team.kind,
    status: team.status,
    startsOn: team.startsOn,
    endsOn: team.endsOn ?? '',
    channelUrl: team.channelUrl ?? '',
    members: [],
    goals: [],
  };
}

function TeamEditor({ team, initial, idempotencyKey }: { team?: TeamDetailsFragment; initial: TeamFormValues; idempotencyKey?: string }) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [dirty, setDirty] = useState(false);
  // The same as `dirty`, readable at once by the leave warning (see UnsavedChangesGuard).
  const unsaved = useRef(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The directory reads teams afresh once one is created or renamed.
  const [create] = useMutation(CreateTeamMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'teams' });
    },
  });
  const [update] = useMutation(UpdateTeamMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'teams' });
    },
  });
  const isNew = !team;
  const backTo = team ? teamPath(team.id) : TEAMS_PATH;

  const change = (next: TeamFormValues) => {
    setValues(next);
    unsaved.current = true;
    setDirty(true);
    // A shown problem goes away once its field is right; the api's own findings stay until the next send.
    if (Object.keys(problems).length > 0) {
      const still = validateTeamForm(next, isNew);
      setProblems((current) =>
        Object.fromEntries(Object.entries(current).filter(([path, problem]) => path in still || SERVER_ONLY.has(problem.key))),
      );
    }
  };

  const showProblems = (found: FieldProblems, text: string) => {
    setProblems(found);
    setNotice(text);
    // The summary is announced (role=alert); focus goes to the first field in error.
    window.setTimeout(() => {
      const invalid = document.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? noticeRef.current)?.focus();
    }, 0);
  };

  const save = async () => {
    if (busy) return;
    const found = validateTeamForm(values, isNew);
    if (Object.keys(found).length > 0) {
      showProblems(found, t('teams.form.errorSummary'));
      return;
    }
    setBusy(true);
    setProblems({});
    setNotice(null);
    setConflict(false);
    try {
      if (!team) {
        const result = await create({ variables: { input: createTeamInput(values, idempotencyKey ?? crypto.randomUUID()) } });
        const created = result.data?.createTeam;
        unsaved.current = false;
        setDirty(false);
        if (created) void navigate(teamPath(created.id), { state: { noticeKey: 'teams.page.created' } });
        return;
      }
      const result = await update({ variables: { input: updateTeamInput(values, team.id, team.version) } });
      unsaved.current = false;
      setDirty(false);
      if (result.data?.updateTeam) void navigate(teamPath(team.id), { state: { noticeKey: 'teams.page.saved' } });
    } catch (failure) {
      if (errorCode(failure) === ErrorCode.Conflict) {
        setConflict(true);
      } else if (errorCode(failure) === ErrorCode.BadUserInput) {
        showProblems(serverProblems(failure), t('teams.form.errorSummary'));
      } else {
        setNotice(common(errorMessageKey(failure)));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.layout}>
      <UnsavedChangesGuard unsaved={unsaved} dirty={dirty} />
      <PageHeader
        title={team ? t('teams.form.editTitle') : t('teams.form.newTitle')}
        eyebrow={<AppLink to={backTo}>{team ? team.name : t('teams.page.backToTeams')}</AppLink>}
        lead={t('teams.form.lead')}
      />
      {conflict ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('teams.form.conflictTitle')}</MessageBarTitle>
            {t('teams.form.conflict')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => window.location.reload()}>{t('teams.form.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="error" layout="multiline" role="alert" ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        noValidate
        onKeyDown={(event) => {
          // An IME conversion's Enter only confirms the text; it never sends the form.
          if (event.key === 'Enter' && event.nativeEvent.isComposing) event.preventDefault();
        }}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TeamForm values={values} onChange={change} problems={problems} disabled={busy} isNew={isNew} />
        <div className={styles.bar}>
          <Button
            type="submit"
            appearance="primary"
            icon={busy ? <Spinner size="tiny" aria-hidden="true" /> : <SaveRegular />}
            disabledFocusable={busy}
          >
            {busy ? (isNew ? t('teams.form.creating') : t('teams.form.saving')) : isNew ? t('teams.form.create') : t('teams.form.save')}
          </Button>
          <AppLink to={backTo}>{t('teams.form.cancel')}</AppLink>
        </div>
      </form>
    </div>
  );
}
