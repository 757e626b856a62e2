import type { ReactNode } from 'react';
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  makeStyles,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  TEAM_ALLOCATION_MAX,
  TEAM_ALLOCATION_MIN,
  TEAM_CHANNEL_URL_MAX_LENGTH,
  TEAM_GOALS_MAX,
  TEAM_MEMBERS_MAX,
  TEAM_MISSION_MAX_LENGTH,
  TEAM_NAME_MAX_LENGTH,
} from '@kakehashi/shared-contracts';
import { PeoplePicker, type TeamGoalRelation, type TeamRole } from '@kakehashi/client-platform';
import { DIRECTORY_NAMESPACE } from '../i18n';
import { GoalPicker } from './goal-picker';
import { TEAM_KINDS, TEAM_ROLES, TEAM_STATUSES } from './team-ui';
import { newRosterRow, type FieldProblems, type RosterRow, type TeamFormValues } from './team-form-values';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    '@media (max-width: 767px)': { padding: tokens.spacingHorizontalL },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  rows: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    margin: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  rowHead: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  rowPerson: { flexGrow: 1, minWidth: 0 },
  rowFields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  goals: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  goal: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  goalLabel: { flex: '1 1 240px', minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function FormSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <h2 className={styles.heading}>{title}</h2>
      {hint ? (
        <Text as="p" className={styles.hint}>
          {hint}
        </Text>
      ) : null}
      {children}
    </section>
  );
}

/** The team's fields; on create also its first roster and goals. Problems come from the page. */
export function TeamForm({
  values,
  onChange,
  problems,
  disabled,
  isNew,
}: {
  values: TeamFormValues;
  onChange: (values: TeamFormValues) => void;
  problems: FieldProblems;
  disabled: boolean;
  isNew: boolean;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const set = <K extends keyof TeamFormValues>(key: K, value: TeamFormValues[K]) => onChange({ ...values, [key]: value });
  const message = (path: string): string | undefined => {
    const problem = problems[path];
    return problem ? t(`teams.form.errors.${problem.key}`, problem.values) : undefined;
  };
  const state = (path: string) => {
    const text = message(path);
    return text ? { validationState: 'error' as const, validationMessage: text } : {};
  };
  const setRow = (index: number, row: RosterRow) =>
    set(
      'members',
      values.members.map((current, at) => (at === index ? row : current)),
    );

  return (
    <div className={styles.form}>
      <FormSection title={t('teams.form.basics')}>
        <div className={styles.grid}>
          <Field label={t('teams.form.name')} hint={t('teams.form.nameHint')} required {...state('name')}>
            <Input
              value={values.name}
              maxLength={TEAM_NAME_MAX_LENGTH}
              disabled={disabled}
              onChange={(_, data) => set('name', data.value)}
            />
          </Field>
          <Field label={t('teams.form.nameEn')} hint={t('teams.form.nameEnHint')} {...state('nameEn')}>
            <Input
              lang="en"
              value={values.nameEn}
              maxLength={TEAM_NAME_MAX_LENGTH}
              disabled={disabled}
              onChange={(_, data) => set('nameEn', data.value)}
            />
          </Field>
        </div>
        <Field
          label={t('teams.form.mission')}
          hint={`${t('teams.form.missionHint')} ${t('teams.form.characterCount', { count: values.mission.length, max: TEAM_MISSION_MAX_LENGTH })}`}
          {...state('mission')}
        >
          <Textarea
            value={values.mission}
            rows={4}
            resize="vertical"
            maxLength={TEAM_MISSION_MAX_LENGTH}
            disabled={disabled}
            onChange={(_, data) => set('mission', data.value)}
          />
        </Field>
        <div className={styles.grid}>
          <Field label={t('teams.form.kind')} hint={t(`teams.kindHints.${values.kind}`)} {...state('kind')}>
            <Select
              value={values.kind}
              disabled={disabled}
              onChange={(_, data) => set('kind', TEAM_KINDS.find((kind) => kind === data.value) ?? values.kind)}
            >
              {TEAM_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`teams.kinds.${kind}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('teams.form.status')} {...state('status')}>
            <Select
              value={values.status}
              disabled={disabled}
              onChange={(_, data) => set('status', TEAM_STATUSES.find((status) => status === data.value) ?? values.status)}
            >
              {TEAM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`teams.statuses.${status}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('teams.form.startsOn')} required {...state('startsOn')}>
            <Input type="date" value={values.startsOn} disabled={disabled} onChange={(_, data) => set('startsOn', data.value)} />
          </Field>
          <Field label={t('teams.form.endsOn')} hint={t('teams.form.endsOnHint')} {...state('endsOn')}>
            <Input
              type="date"
              value={values.endsOn}
              min={values.startsOn || undefined}
              disabled={disabled}
              onChange={(_, data) => set('endsOn', data.value)}
            />
          </Field>
        </div>
        <Field label={t('teams.form.channelUrl')} hint={t('teams.form.channelUrlHint')} {...state('channelUrl')}>
          <Input
            type="url"
            lang="en"
            inputMode="url"
            value={values.channelUrl}
            maxLength={TEAM_CHANNEL_URL_MAX_LENGTH}
            placeholder="https://teams.microsoft.com/l/channel/…"
            disabled={disabled}
            onChange={(_, data) => set('channelUrl', data.value)}
          />
        </Field>
      </FormSection>

      {isNew ? (
        <FormSection title={t('teams.form.rosterHeading')} hint={t('teams.form.rosterHint')}>
          {message('members') ? (
            <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
              {message('members')}
            </Text>
          ) : null}
          {values.members.length === 0 ? <Text className={styles.hint}>{t('teams.form.noRows')}</Text> : null}
          <ol className={styles.rows}>
            {values.members.map((row, index) => (
              <li key={row.key}>
                <RosterRowFields
                  row={row}
                  index={index}
                  onChange={(next) => setRow(index, next)}
                  onRemove={() =>
                    set(
                      'members',
                      values.members.filter((_, at) => at !== index),
                    )
                  }
                  exclude={values.members.flatMap((other, at) => (at !== index && other.person ? [other.person.id] : []))}
                  message={(field) => message(`members.${index}.${field}`)}
                  disabled={disabled}
                />
              </li>
            ))}
          </ol>
          <div className={styles.actions}>
            <Button
              icon={<AddRegular />}
              disabled={disabled || values.members.length >= TEAM_MEMBERS_MAX}
              onClick={() => set('members', [...values.members, newRosterRow()])}
            >
              {t('teams.form.addRow')}
            </Button>
          </div>
          {values.members.length >= TEAM_MEMBERS_MAX ? (
            <Text className={styles.hint}>{t('teams.form.rosterMax', { max: TEAM_MEMBERS_MAX })}</Text>
          ) : null}
        </FormSection>
      ) : null}

      {isNew ? (
        <FormSection title={t('teams.form.goalsHeading')} hint={t('teams.form.goalsHint')}>
          {values.goals.length > 0 ? (
            <ul className={styles.goals}>
              {values.goals.map((goal, index) => (
                <li key={goal.goalId} className={styles.goal}>
                  <Text className={styles.goalLabel}>{goal.label}</Text>
                  <RadioGroup
                    layout="horizontal"
                    aria-label={t('teams.goals.relation')}
                    value={goal.relation}
                    disabled={disabled}
                    onChange={(_, data) =>
                      set(
                        'goals',
                        values.goals.map((current, at) =>
                          at === index
                            ? { ...current, relation: data.value === 'OWNS' ? 'OWNS' : ('CONTRIBUTES' as TeamGoalRelation) }
                            : current,
                        ),
                      )
                    }
                  >
                    <Radio value="OWNS" label={t('teams.relations.OWNS')} />
                    <Radio value="CONTRIBUTES" label={t('teams.relations.CONTRIBUTES')} />
                  </RadioGroup>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t('teams.form.removeGoal', { code: goal.code })}
                    disabled={disabled}
                    onClick={() =>
                      set(
                        'goals',
                        values.goals.filter((_, at) => at !== index),
                      )
                    }
                  />
                  {message(`goals.${index}.goalId`) ? (
                    <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1, flexBasis: '100%' }}>
                      {message(`goals.${index}.goalId`)}
                    </Text>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <Text className={styles.hint}>{t('teams.form.noGoals')}</Text>
          )}
          {values.goals.length < TEAM_GOALS_MAX ? (
            <GoalPicker
              label={t('teams.goals.goal')}
              exclude={values.goals.map((goal) => goal.goalId)}
              disabled={disabled}
              onChoose={(goal) => {
                if (goal) set('goals', [...values.goals, { goalId: goal.id, code: goal.code, label: goal.label, relation: 'CONTRIBUTES' }]);
              }}
            />
          ) : (
            <Text className={styles.hint}>{t('teams.form.goalsMax', { max: TEAM_GOALS_MAX })}</Text>
          )}
        </FormSection>
      ) : null}
    </div>
  );
}

function RosterRowFields({
  row,
  index,
  onChange,
  onRemove,
  exclude,
  message,
  disabled,
}: {
  row: RosterRow;
  index: number;
  onChange: (row: RosterRow) => void;
  onRemove: () => void;
  exclude: readonly string[];
  message: (field: string) => string | undefined;
  disabled: boolean;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  const styles = useStyles();
  const label = t('teams.form.rosterRow', { index: index + 1 });
  const state = (field: string) => {
    const text = message(field);
    return text ? { validationState: 'error' as const, validationMessage: text } : {};
  };
  return (
    <fieldset className={styles.row}>
      <legend className={styles.legend}>{label}</legend>
      <div className={styles.rowHead}>
        <div className={styles.rowPerson}>
          <PeoplePicker
            label={t('teams.member.person')}
            required
            max={1}
            people={row.person ? [row.person] : []}
            exclude={exclude}
            onChange={(people) => onChange({ ...row, person: people[0] ?? null })}
            disabled={disabled}
            validationMessage={message('personId')}
          />
        </div>
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={t('teams.form.removeRow', { index: index + 1 })}
          disabled={disabled}
          onClick={onRemove}
          style={{ marginTop: tokens.spacingVerticalXXL }}
        />
      </div>
      <MembershipFields
        values={row}
        onChange={(next) => onChange({ ...row, ...next })}
        state={state}
        disabled={disabled}
        className={styles.rowFields}
      />
    </fieldset>
  );
}

/** Role, allocation and dates of a membership: the roster rows and the member dialogs. */
export function MembershipFields({
  values,
  onChange,
  state,
  disabled,
  className,
}: {
  values: { role: TeamRole; allocation: string; startsOn: string; endsOn: string };
  onChange: (values: { role: TeamRole; allocation: string; startsOn: string; endsOn: string }) => void;
  state: (field: string) => { validationState?: 'error'; validationMessage?: string };
  disabled: boolean;
  className?: string;
}) {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  return (
    <div className={className}>
      <Field label={t('teams.member.role')} {...state('role')}>
        <Select
          value={values.role}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...values, role: TEAM_ROLES.find((role) => role === data.value) ?? values.role })}
        >
          {TEAM_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`teams.roles.${role}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('teams.member.allocation')} hint={t('teams.member.allocationHint')} required {...state('allocation')}>
        <Input
          type="number"
          inputMode="numeric"
          min={TEAM_ALLOCATION_MIN}
          max={TEAM_ALLOCATION_MAX}
          step={5}
          value={values.allocation}
          contentAfter={<span aria-hidden="true">%</span>}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...values, allocation: data.value })}
        />
      </Field>
      <Field label={t('teams.member.startsOn')} hint={t('teams.member.startsOnHint')} {...state('startsOn')}>
        <Input
          type="date"
          value={values.startsOn}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...values, startsOn: data.value })}
        />
      </Field>
      <Field label={t('teams.member.endsOn')} hint={t('teams.member.endsOnHint')} {...state('endsOn')}>
        <Input
          type="date"
          value={values.endsOn}
          min={values.startsOn || undefined}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...values, endsOn: data.value })}
        />
      </Field>
    </div>
  );
}
