import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Checkbox, Combobox, Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  GOAL_CODE_MAX_LENGTH,
  GOAL_DESCRIPTION_MAX_LENGTH,
  GOAL_TITLE_MAX_LENGTH,
  GOAL_UNIT_LABEL_MAX_LENGTH,
} from '@kakehashi/shared-contracts';
import {
  DepartmentOptionItems,
  departmentName,
  PeoplePicker,
  useDepartmentOptions,
  useLocale,
  type GoalCadence,
  type GoalDirection,
  type GoalKind,
  type GoalPeriodKind,
  type GoalParentOptionsQuery,
  type GoalUnit,
} from '@kakehashi/client-platform';
import { goalTitle, periodLabel } from '../common/format';
import { GoalParentOptionsQuery as ParentOptionsDocument } from '../graphql/documents';
import { GOALS_NAMESPACE } from '../i18n';
import type { GoalFormValues } from './goal-form-values';

type GoalParentOption = GoalParentOptionsQuery['goalBoard']['groups'][number]['rows'][number]['goal'];

const KINDS: readonly GoalKind[] = ['KGI', 'KPI'];
const UNITS: readonly GoalUnit[] = ['CASES', 'YEN', 'PERCENT', 'POINTS', 'COUNT', 'FREE'];
const DIRECTIONS: readonly GoalDirection[] = ['INCREASE', 'DECREASE', 'RANGE'];
const PERIOD_KINDS: readonly GoalPeriodKind[] = ['QUARTER', 'FISCAL_YEAR'];
const CADENCES: readonly GoalCadence[] = ['WEEKLY', 'MONTHLY'];

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
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  narrow: { maxWidth: '320px' },
});

/** Where a goal sits in its fiscal year's tree: the goals it may roll up into (not itself or below it). */
function useParentOptions(values: GoalFormValues, goalId: string | undefined) {
  const fiscalYear = Number(values.fiscalYear);
  const quarter = values.periodKind === 'QUARTER' ? Number(values.quarter) : null;
  const { data, loading } = useQuery(ParentOptionsDocument, {
    variables: { fiscalYear, quarter },
    skip: !Number.isInteger(fiscalYear) || values.kind === 'KGI',
  });
  const options: (GoalParentOption & { depth: number })[] = [];
  for (const group of data?.goalBoard.groups ?? []) {
    let skipBelow: number | null = null;
    for (const row of group.rows) {
      if (skipBelow !== null && row.depth > skipBelow) continue;
      skipBelow = null;
      if (row.goal.id === goalId) {
        // Neither the goal itself nor anything under it: that would be a cycle.
        skipBelow = row.depth;
        continue;
      }
      // A whole-year goal rolls up into whole-year goals only.
      if (values.periodKind === 'FISCAL_YEAR' && row.goal.period.kind !== 'FISCAL_YEAR') continue;
      options.push({ ...row.goal, depth: row.depth });
    }
  }
  return { options, loading };
}

/** The goal's fields; errors come from the page (local checks and the server's BAD_USER_INPUT). */
export function GoalForm({
  values,
  onChange,
  errors,
  disabled,
  goalId,
  periodLocked,
  isNew,
  fiscalYears,
}: {
  values: GoalFormValues;
  onChange: (values: GoalFormValues) => void;
  errors: Record<string, string>;
  disabled: boolean;
  goalId?: string;
  /** An active goal keeps its period and cadence (it is rolled forward instead). */
  periodLocked: boolean;
  isNew: boolean;
  fiscalYears: readonly number[];
}) {
  const { t } = useTranslation(GOALS_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const departments = useDepartmentOptions();
  const parents = useParentOptions(values, goalId);
  const set = <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) => onChange({ ...values, [key]: value });
  const state = (name: string) => (errors[name] ? { validationState: 'error' as const, validationMessage: errors[name] } : {});
  const chosenDepartments = departments
    .filter((option) => values.departmentIds.includes(option.id))
    .map((option) => departmentName(option, locale));
  const pick = <T extends string>(list: readonly T[], value: string, fallback: T): T => list.find((item) => item === value) ?? fallback;

  return (
    <div className={styles.form}>
      <FormSection title={t('form.basics')}>
        <div className={styles.grid}>
          <Field label={t('form.code')} hint={t('form.codeHint')} required {...state('code')}>
            <Input
              value={values.code}
              maxLength={GOAL_CODE_MAX_LENGTH}
              disabled={disabled}
              onChange={(_, data) => set('code', data.value)}
            />
          </Field>
          <Field label={t('form.kind')} {...state('kind')}>
            <RadioGroup
              layout="horizontal"
              value={values.kind}
              disabled={disabled}
              onChange={(_, data) =>
                onChange({
                  ...values,
                  kind: pick(KINDS, data.value, 'KPI'),
                  ...(data.value === 'KGI' ? { parentId: '', weight: '0' } : {}),
                })
              }
            >
              {KINDS.map((kind) => (
                <Radio key={kind} value={kind} label={t(`kindNames.${kind}`)} />
              ))}
            </RadioGroup>
          </Field>
        </div>
        <Field label={t('form.title')} required {...state('title')}>
          <Input
            value={values.title}
            maxLength={GOAL_TITLE_MAX_LENGTH}
            disabled={disabled}
            onChange={(_, data) => set('title', data.value)}
          />
        </Field>
        <Field label={t('form.titleEn')} hint={t('form.titleEnHint')} {...state('titleEn')}>
          <Input
            lang="en"
            value={values.titleEn}
            maxLength={GOAL_TITLE_MAX_LENGTH}
            disabled={disabled}
            onChange={(_, data) => set('titleEn', data.value)}
          />
        </Field>
        <Field label={t('form.description')} hint={t('form.descriptionHint')} {...state('description')}>
          <Textarea
            value={values.description}
            rows={3}
            resize="vertical"
            maxLength={GOAL_DESCRIPTION_MAX_LENGTH}
            disabled={disabled}
            onChange={(_, data) => set('description', data.value)}
          />
        </Field>
        <PeoplePicker
          label={t('form.owner')}
          hint={t('form.ownerHint')}
          required
          max={1}
          people={values.owner ? [values.owner] : []}
          onChange={(people) => set('owner', people[0] ?? null)}
          disabled={disabled}
          validationMessage={errors['owner']}
        />
        <Field label={t('form.departments')} hint={t('form.departmentsHint')} {...state('departmentIds')}>
          <Combobox
            multiselect
            disabled={disabled}
            placeholder={t('form.departmentsPlaceholder')}
            value={chosenDepartments.join(t('common.listSeparator'))}
            selectedOptions={values.departmentIds}
            onOptionSelect={(_, data) => set('departmentIds', data.selectedOptions)}
          >
            <DepartmentOptionItems options={departments} locale={locale} />
          </Combobox>
        </Field>
      </FormSection>

      <FormSection title={t('form.numbers')}>
        <div className={styles.grid}>
          <Field label={t('form.unit')} {...state('unit')}>
            <Select value={values.unit} disabled={disabled} onChange={(_, data) => set('unit', pick(UNITS, data.value, 'CASES'))}>
              {UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`unitNames.${unit}`)}
                </option>
              ))}
            </Select>
          </Field>
          {values.unit === 'FREE' ? (
            <Field label={t('form.unitLabel')} hint={t('form.unitLabelHint')} required {...state('unitLabel')}>
              <Input
                value={values.unitLabel}
                maxLength={GOAL_UNIT_LABEL_MAX_LENGTH}
                disabled={disabled}
                onChange={(_, data) => set('unitLabel', data.value)}
              />
            </Field>
          ) : null}
          <Field label={t('form.direction')} {...state('direction')}>
            <Select
              value={values.direction}
              disabled={disabled}
              onChange={(_, data) => set('direction', pick(DIRECTIONS, data.value, 'INCREASE'))}
            >
              {DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {t(`directions.${direction}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={styles.grid}>
          <Field label={t('form.baseline')} hint={t('form.baselineHint')} required {...state('baseline')}>
            <Input
              value={values.baseline}
              inputMode="decimal"
              autoComplete="off"
              disabled={disabled}
              onChange={(_, data) => set('baseline', data.value)}
            />
          </Field>
          {values.direction === 'RANGE' ? (
            <>
              <Field label={t('form.rangeLow')} required {...state('rangeLow')}>
                <Input
                  value={values.rangeLow}
                  inputMode="decimal"
                  autoComplete="off"
                  disabled={disabled}
                  onChange={(_, data) => set('rangeLow', data.value)}
                />
              </Field>
              <Field label={t('form.rangeHigh')} required {...state('rangeHigh')}>
                <Input
                  value={values.rangeHigh}
                  inputMode="decimal"
                  autoComplete="off"
                  disabled={disabled}
                  onChange={(_, data) => set('rangeHigh', data.value)}
                />
              </Field>
            </>
          ) : (
            <Field label={t('form.target')} required {...state('target')}>
              <Input
                value={values.target}
                inputMode="decimal"
                autoComplete="off"
                disabled={disabled}
                onChange={(_, data) => set('target', data.value)}
              />
            </Field>
          )}
        </div>
      </FormSection>

      <FormSection title={t('form.periodSection')}>
        <div className={styles.grid}>
          <Field label={t('form.periodKind')} {...state('periodKind')}>
            <Select
              value={values.periodKind}
              disabled={disabled || periodLocked}
              onChange={(_, data) => set('periodKind', pick(PERIOD_KINDS, data.value, 'QUARTER'))}
            >
              {PERIOD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`periodKinds.${kind}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('form.fiscalYear')} {...state('fiscalYear')}>
            <Select value={values.fiscalYear} disabled={disabled || periodLocked} onChange={(_, data) => set('fiscalYear', data.value)}>
              {fiscalYears.map((year) => (
                <option key={year} value={year}>
                  {t('period.fiscalYear', { year })}
                </option>
              ))}
            </Select>
          </Field>
          {values.periodKind === 'QUARTER' ? (
            <Field label={t('form.quarter')} {...state('quarter')}>
              <Select value={values.quarter} disabled={disabled || periodLocked} onChange={(_, data) => set('quarter', data.value)}>
                {[1, 2, 3, 4].map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {t('period.quarterOnly', { quarter })}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          <Field label={t('form.cadence')} {...state('cadence')}>
            <Select
              value={values.cadence}
              disabled={disabled || periodLocked}
              onChange={(_, data) => set('cadence', pick(CADENCES, data.value, 'WEEKLY'))}
            >
              {CADENCES.map((cadence) => (
                <option key={cadence} value={cadence}>
                  {t(`cadences.${cadence}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Checkbox
          checked={values.recurring}
          disabled={disabled}
          label={t('form.recurring')}
          onChange={(_, data) => set('recurring', data.checked === true)}
        />
      </FormSection>

      <FormSection title={t('form.alignment')}>
        <div className={styles.grid}>
          <Field label={t('form.parent')} hint={t('form.parentHint')} {...state('parentId')}>
            <Select
              value={values.kind === 'KGI' ? '' : values.parentId}
              disabled={disabled || values.kind === 'KGI' || parents.loading}
              onChange={(_, data) => onChange({ ...values, parentId: data.value, weight: data.value ? values.weight : '0' })}
            >
              <option value="">{t('form.parentNone')}</option>
              {parents.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {`${'\u3000'.repeat(Math.min(option.depth, 4))}${t('form.parentOption', {
                    code: option.code,
                    title: goalTitle(option, locale),
                    period: periodLabel(option.period, t),
                  })}`}
                </option>
              ))}
            </Select>
          </Field>
          {values.parentId && values.kind !== 'KGI' ? (
            <Field label={t('form.weight')} hint={t('form.weightHint')} required {...state('weight')}>
              <Input
                className={styles.narrow}
                value={values.weight}
                inputMode="decimal"
                autoComplete="off"
                disabled={disabled}
                onChange={(_, data) => set('weight', data.value)}
              />
            </Field>
          ) : null}
        </div>
        {isNew ? (
          <Checkbox
            checked={values.activate}
            disabled={disabled}
            label={t('form.activate')}
            onChange={(_, data) => set('activate', data.checked === true)}
          />
        ) : null}
      </FormSection>
    </div>
  );
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section}>
      <h2 className={styles.heading}>{title}</h2>
      {children}
    </section>
  );
}
