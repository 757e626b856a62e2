import { useState, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@kakehashi/shared-contracts';
import {
  PeoplePicker,
  errorCode,
  errorMessageKey,
  personName,
  useLocale,
  type PickedPerson,
  type TeamMemberFieldsFragment,
  type TeamRole,
} from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { AddTeamMemberMutation, RemoveTeamMemberMutation, UpdateTeamMemberMutation } from './documents';
import { MembershipFields } from './team-form';
import { checkMembership, parseAllocation, serverProblems, type FieldProblems } from './team-form-values';

const useStyles = makeStyles({
  surface: { maxWidth: '600px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
});

interface MembershipValues {
  role: TeamRole;
  allocation: string;
  startsOn: string;
  endsOn: string;
}

/** The person's Person.teams and total allocation change with the roster: read them afresh. */
function evictPersonTeams(cache: { evict: (options: { id?: string; fieldName?: string }) => boolean }, personId: string) {
  cache.evict({ id: `Person:${personId}`, fieldName: 'teams' });
  cache.evict({ id: `Person:${personId}`, fieldName: 'totalAllocation' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'teams' });
}

function useProblemText() {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  return (problems: FieldProblems) => (field: string) => {
    const problem = problems[field];
    return problem ? { validationState: 'error' as const, validationMessage: t(`teams.form.errors.${problem.key}`, problem.values) } : {};
  };
}

/** Shows a failure that is not about a field (forbidden, network, conflict). */
function Failure({ text }: { text: string | null }) {
  return text ? (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  ) : null;
}

/** メンバーを追加: a person, their role, allocation and dates. */
export function AddMemberDialog({
  teamId,
  open,
  onOpenChange,
  onAdded,
  exclude,
}: {
  teamId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onAdded: (person: PickedPerson) => void;
  exclude: readonly string[];
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        {open ? <AddMemberForm teamId={teamId} onCancel={() => onOpenChange(false)} onAdded={onAdded} exclude={exclude} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

function AddMemberForm({
  teamId,
  onCancel,
  onAdded,
  exclude,
}: {
  teamId: string;
  onCancel: () => void;
  onAdded: (person: PickedPerson) => void;
  exclude: readonly string[];
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const problemText = useProblemText();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [values, setValues] = useState<MembershipValues>({ role: 'MEMBER', allocation: '20', startsOn: '', endsOn: '' });
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddTeamMemberMutation);

  const submit = async () => {
    if (loading) return;
    const found: FieldProblems = {};
    if (!person) found['personId'] = { key: 'person' };
    checkMembership(values, found);
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || !person) return;
    try {
      await add({
        variables: {
          input: {
            teamId,
            personId: person.id,
            role: values.role,
            allocation: parseAllocation(values.allocation) ?? 0,
            startsOn: values.startsOn || null,
            endsOn: values.endsOn || null,
          },
        },
        update: (cache) => evictPersonTeams(cache, person.id),
      });
      onAdded(person);
    } catch (error) {
      if (errorCode(error) === ErrorCode.BadUserInput) setProblems(serverProblems(error));
      else setFailure(common(errorMessageKey(error)));
    }
  };

  const personProblem = problemText(problems)('personId');
  return (
    <DialogForm onSubmit={() => void submit()}>
      <DialogTitle>{t('teams.member.addTitle')}</DialogTitle>
      <DialogContent className={styles.content}>
        <Failure text={failure} />
        <PeoplePicker
          label={t('teams.member.person')}
          hint={t('teams.member.personHint')}
          required
          max={1}
          people={person ? [person] : []}
          exclude={exclude}
          onChange={(people) => setPerson(people[0] ?? null)}
          disabled={loading}
          validationMessage={personProblem.validationMessage}
        />
        <MembershipFields values={values} onChange={setValues} state={problemText(problems)} disabled={loading} className={styles.fields} />
      </DialogContent>
      <DialogActions>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={loading}
          icon={loading ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
        >
          {loading ? t('teams.member.adding') : t('teams.member.add')}
        </Button>
        <Button onClick={onCancel}>{t('teams.member.cancel')}</Button>
      </DialogActions>
    </DialogForm>
  );
}

/** Changes one member's role, allocation and dates. */
export function ChangeMemberDialog({
  member,
  onClose,
  onChanged,
}: {
  member: TeamMemberFieldsFragment | null;
  onClose: () => void;
  onChanged: (person: PickedPerson) => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={member !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        {member ? <ChangeMemberForm key={member.id} member={member} onCancel={onClose} onChanged={onChanged} /> : null}
      </DialogSurface>
    </Dialog>
  );
}

function ChangeMemberForm({
  member,
  onCancel,
  onChanged,
}: {
  member: TeamMemberFieldsFragment;
  onCancel: () => void;
  onChanged: (person: PickedPerson) => void;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const styles = useStyles();
  const problemText = useProblemText();
  const name = personName(member.person, locale);
  const [values, setValues] = useState<MembershipValues>({
    role: member.role,
    allocation: String(member.allocation),
    startsOn: member.startsOn,
    endsOn: member.endsOn ?? '',
  });
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [change, { loading }] = useMutation(UpdateTeamMemberMutation);

  const submit = async () => {
    if (loading) return;
    const found: FieldProblems = {};
    checkMembership(values, found);
    if (!values.startsOn) found['startsOn'] = { key: 'required' };
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    try {
      await change({
        variables: {
          input: {
            memberId: member.id,
            role: values.role,
            allocation: parseAllocation(values.allocation) ?? 0,
            startsOn: values.startsOn,
            endsOn: values.endsOn || null,
          },
        },
        update: (cache) => evictPersonTeams(cache, member.person.id),
      });
      onChanged(member.person);
    } catch (error) {
      if (errorCode(error) === ErrorCode.BadUserInput) setProblems(serverProblems(error));
      else setFailure(common(errorMessageKey(error)));
    }
  };

  return (
    <DialogForm onSubmit={() => void submit()}>
      <DialogTitle>{t('teams.member.changeTitle', { name })}</DialogTitle>
      <DialogContent className={styles.content}>
        <Failure text={failure} />
        <MembershipFields values={values} onChange={setValues} state={problemText(problems)} disabled={loading} className={styles.fields} />
      </DialogContent>
      <DialogActions>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={loading}
          icon={loading ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
        >
          {loading ? t('teams.member.saving') : t('teams.member.save')}
        </Button>
        <Button onClick={onCancel}>{t('teams.member.cancel')}</Button>
      </DialogActions>
    </DialogForm>
  );
}

/** Takes a member off the team, after asking. */
export function RemoveMemberDialog({
  member,
  onClose,
  onRemoved,
}: {
  member: TeamMemberFieldsFragment | null;
  onClose: () => void;
  onRemoved: (person: PickedPerson) => void;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const common = useTranslation().t;
  const locale = useLocale();
  const [failure, setFailure] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(RemoveTeamMemberMutation);
  const name = member ? personName(member.person, locale) : '';
  const confirm = async () => {
    if (!member || loading) return;
    setFailure(null);
    try {
      await remove({ variables: { memberId: member.id }, update: (cache) => evictPersonTeams(cache, member.person.id) });
      onRemoved(member.person);
    } catch (error) {
      setFailure(common(errorMessageKey(error)));
    }
  };
  return (
    <ConfirmDialog
      open={member !== null}
      title={t('teams.member.removeTitle', { name })}
      confirmLabel={t('teams.member.removeConfirm')}
      cancelLabel={t('teams.member.cancel')}
      busy={loading}
      failure={failure}
      onConfirm={() => void confirm()}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
    >
      {t('teams.member.removeHint')}
    </ConfirmDialog>
  );
}

/** Asks before a change that takes something away. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy,
  failure,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  failure: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Failure text={failure} />
            {children}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabledFocusable={busy}
              icon={busy ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
            <Button onClick={onCancel}>{cancelLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** A dialog's body as a form: Enter sends it, except the Enter that confirms an IME conversion. */
export function DialogForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.nativeEvent.isComposing) event.preventDefault();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <DialogBody>{children}</DialogBody>
    </form>
  );
}
