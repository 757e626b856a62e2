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
  fieldErrors,
  isNotFound,
  useAuth,
  usePageTitle,
  type GoalFormFieldsFragment,
} from '@kakehashi/client-platform';
import { GOALS_PATH, goalPath } from '../common/paths';
import { CreateGoalMutation, GoalFormQuery, GoalFormSettingsQuery, UpdateGoalMutation } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import { useGoalsMessages } from '../i18n/use-goals-messages';
import { GoalForm } from './goal-form';
import {
  emptyGoalForm,
  formFieldOf,
  goalFormValues,
  goalInput,
  serverFieldMessage,
  validateGoalForm,
  type GoalFormValues,
} from './goal-form-values';

const useStyles = makeStyles({
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '920px', minWidth: 0 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
});

/** Fiscal years a goal may be set for: last year to two years ahead (and the goal's own). */
function fiscalYearChoices(current: number, own?: number): number[] {
  const years = new Set([current - 1, current, current + 1, current + 2, ...(own ? [own] : [])]);
  return [...years].sort((a, b) => a - b);
}

/** `/goals/new` (editors and admins). */
export function NewGoalPage() {
  useGoalsMessages();
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const { me } = useAuth();
  const { data, error, loading, refetch } = useQuery(GoalFormSettingsQuery);
  const allowed = Boolean(me?.roles.some((role) => role === Role.HUB_ADMIN || role === Role.HUB_EDITOR));
  usePageTitle(t('form.newTitle'));
  if (!allowed) {
    return (
      <>
        <Title1 as="h1">{t('form.newTitle')}</Title1>
        <EmptyState hint={common('errors.FORBIDDEN')} action={<AppLink to={GOALS_PATH}>{t('goal.backToBoard')}</AppLink>} />
      </>
    );
  }
  if (!data) {
    if (loading) return <LoadingState />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  const settings = data.goalSettings;
  return (
    <GoalEditor
      initial={emptyGoalForm({ fiscalYear: settings.currentQuarter.fiscalYear, quarter: settings.currentQuarter.quarter ?? 1 })}
      fiscalYears={fiscalYearChoices(settings.currentFiscalYear.fiscalYear)}
    />
  );
}

/** `/goals/:id/edit` (its owner, editors of a contributing department, admins). */
export function EditGoalPage() {
  useGoalsMessages();
  const { id = '' } = useParams();
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const { data, error, loading, refetch } = useQuery(GoalFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const settings = useQuery(GoalFormSettingsQuery);
  usePageTitle(t('form.editTitle'));
  if (!data || !settings.data) {
    if (loading || settings.loading) return <LoadingState />;
    if (error && !isNotFound(error)) return <ErrorState error={error} onRetry={() => void refetch()} />;
    if (settings.error) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
    return (
      <>
        <Title1 as="h1">{t('goal.notFoundTitle')}</Title1>
        <EmptyState hint={t('goal.notFoundHint')} action={<AppLink to={GOALS_PATH}>{t('goal.backToBoard')}</AppLink>} />
      </>
    );
  }
  const goal = data.goal;
  if (!goal.canEdit) {
    return (
      <>
        <Title1 as="h1">{t('form.forbiddenTitle')}</Title1>
        <EmptyState hint={common('errors.FORBIDDEN')} action={<AppLink to={goalPath(goal.id)}>{t('form.openGoal')}</AppLink>} />
      </>
    );
  }
  return (
    <GoalEditor
      key={goal.id}
      goal={goal}
      initial={goalFormValues(goal)}
      fiscalYears={fiscalYearChoices(settings.data.goalSettings.currentFiscalYear.fiscalYear, goal.period.fiscalYear)}
    />
  );
}

function GoalEditor({
  goal,
  initial,
  fiscalYears,
}: {
  goal?: GoalFormFieldsFragment;
  initial: GoalFormValues;
  fiscalYears: readonly number[];
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const common = useTranslation().t;
  const styles = useStyles();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [dirty, setDirty] = useState(false);
  // The same as `dirty`, readable at once by the leave warning (see UnsavedChangesGuard).
  const unsaved = useRef(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  // The board reads goals afresh after a goal is created or changed.
  const [create] = useMutation(CreateGoalMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'goalBoard' });
    },
  });
  const [update] = useMutation(UpdateGoalMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'goalBoard' });
    },
  });

  const change = (next: GoalFormValues) => {
    setValues(next);
    unsaved.current = true;
    setDirty(true);
  };

  const handleFailure = (failure: unknown) => {
    if (errorCode(failure) === ErrorCode.Conflict) {
      setConflict(true);
      return;
    }
    const fields = fieldErrors(failure);
    if (Object.keys(fields).length > 0) {
      const found: Record<string, string> = {};
      const general: string[] = [];
      for (const [field, message] of Object.entries(fields)) {
        const formField = formFieldOf(field);
        const { key, values: messageValues } = serverFieldMessage(formField, message);
        // Seasonal targets are not edited here: said above the form.
        if (formField === 'monthlyTargets' || formField === 'status' || formField === 'id') general.push(message);
        else found[formField] ??= t(`form.errors.${key}`, messageValues);
      }
      setErrors(found);
      setNotice(general.length > 0 ? `${common('errors.BAD_USER_INPUT')} ${general.join(' ')}` : common('errors.BAD_USER_INPUT'));
      return;
    }
    setNotice(common(errorMessageKey(failure)));
  };

  const save = async () => {
    if (busy) return;
    const found = validateGoalForm(values);
    setErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(`form.errors.${key}`)])));
    if (Object.keys(found).length > 0) {
      setNotice(common('errors.BAD_USER_INPUT'));
      return;
    }
    setBusy(true);
    setNotice(null);
    setConflict(false);
    try {
      const input = goalInput(values);
      if (!goal) {
        const result = await create({ variables: { input: { ...input, status: values.activate ? 'ACTIVE' : 'DRAFT' } } });
        const created = result.data?.createGoal;
        unsaved.current = false;
        setDirty(false);
        if (created) void navigate(goalPath(created.id), { state: { notice: { intent: 'success', text: t('form.created') } } });
        return;
      }
      const result = await update({ variables: { input: { ...input, id: goal.id, version: goal.version } } });
      unsaved.current = false;
      setDirty(false);
      if (result.data?.updateGoal) void navigate(goalPath(goal.id), { state: { notice: { intent: 'success', text: t('form.saved') } } });
    } catch (failure) {
      handleFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.layout}>
      <UnsavedChangesGuard unsaved={unsaved} dirty={dirty} />
      <PageHeader
        title={goal ? t('form.editTitle') : t('form.newTitle')}
        eyebrow={<AppLink to={goal ? goalPath(goal.id) : GOALS_PATH}>{goal ? t('form.openGoal') : t('goal.backToBoard')}</AppLink>}
        lead={t('form.lead')}
      />
      {conflict ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('form.conflictTitle')}</MessageBarTitle>
            {t('form.conflict')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => window.location.reload()}>{t('form.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <GoalForm
          values={values}
          onChange={change}
          errors={errors}
          disabled={busy}
          goalId={goal?.id}
          periodLocked={Boolean(goal && goal.status !== 'DRAFT')}
          isNew={!goal}
          fiscalYears={fiscalYears}
        />
        <div className={styles.bar} style={{ marginTop: tokens.spacingVerticalL }}>
          <Button type="submit" appearance="primary" icon={busy ? <Spinner size="tiny" /> : <SaveRegular />} disabledFocusable={busy}>
            {busy ? t('form.saving') : goal ? t('form.save') : t('form.create')}
          </Button>
          <AppLink to={goal ? goalPath(goal.id) : GOALS_PATH}>{goal ? t('form.openGoal') : t('goal.backToBoard')}</AppLink>
        </div>
      </form>
    </div>
  );
}
