import { useId, useState, type ReactNode } from 'react';
import {
  Button,
  Combobox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TagGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  STORY_ACCOUNT_NAME_MAX_LENGTH,
  STORY_OUTCOME_LABEL_MAX_LENGTH,
  STORY_OUTCOME_PERIOD_MAX_LENGTH,
  STORY_OUTCOME_UNIT_MAX_LENGTH,
  STORY_OUTCOMES_MAX,
  STORY_PEOPLE_MAX,
  STORY_PRODUCT_MAX_LENGTH,
  STORY_PRODUCTS_MAX,
  STORY_QUOTE_ATTRIBUTION_MAX_LENGTH,
  STORY_QUOTE_MAX_LENGTH,
  STORY_SECTION_MAX_BYTES,
  STORY_TAG_MAX_LENGTH,
  STORY_TAGS_MAX,
  STORY_TITLE_MAX_LENGTH,
  STORY_VERIFY_INTERVAL_DAYS_MAX,
  STORY_VERIFY_INTERVAL_DAYS_MIN,
} from '@kakehashi/shared-contracts';
import {
  departmentName,
  DepartmentOptionItems,
  useDepartmentOptions,
  LazyRichTextEditor,
  PeoplePicker,
  type StoryCompanySize,
  type StoryIndustry,
  type StoryRegion,
  uploadImage,
  useLocale,
} from '@kakehashi/client-platform';
import { useSectionStyles } from '../common/section-styles';
import { STORIES_NAMESPACE } from '../i18n';
import { STORY_INDUSTRIES } from '../list/search-state';
import { emptyOutcomeRow, type OutcomeRow, type StoryFormValues } from './story-form-values';

const COMPANY_SIZES: readonly StoryCompanySize[] = ['SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'];
const REGIONS: readonly StoryRegion[] = ['HOKKAIDO_TOHOKU', 'KANTO', 'CHUBU', 'KINKI', 'CHUGOKU_SHIKOKU', 'KYUSHU_OKINAWA', 'OVERSEAS'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  editorField: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  editorLabel: { fontWeight: tokens.fontWeightSemibold },
  outcomes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  outcome: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr) minmax(0, 2fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 767px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  outcomeWide: { '@media (max-width: 767px)': { gridColumn: '1 / -1' } },
  values: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tags: { flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The story template's fields; errors come from the page (local checks and the server's BAD_USER_INPUT). */
export function StoryForm({
  values,
  onChange,
  errors,
  disabled,
}: {
  values: StoryFormValues;
  onChange: (values: StoryFormValues) => void;
  errors: Record<string, string>;
  disabled: boolean;
}) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const locale = useLocale();
  const styles = useStyles();
  const section = useSectionStyles();
  const options = useDepartmentOptions();
  const set = <K extends keyof StoryFormValues>(key: K, value: StoryFormValues[K]) => onChange({ ...values, [key]: value });
  const state = (name: string) => {
    const message = errors[name];
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };
  const setOutcome = (index: number, changes: Partial<OutcomeRow>) =>
    set(
      'outcomes',
      values.outcomes.map((row, at) => (at === index ? { ...row, ...changes } : row)),
    );
  const selectedDepartments = options
    .filter((option) => values.departmentIds.includes(option.id))
    .map((option) => departmentName(option, locale));

  return (
    <div className={styles.form}>
      <FormSection title={t('form.basics')}>
        <Field label={t('form.title')} required {...state('title')}>
          <Input
            value={values.title}
            maxLength={STORY_TITLE_MAX_LENGTH}
            placeholder={t('form.titlePlaceholder')}
            disabled={disabled}
            onChange={(_, data) => set('title', data.value)}
          />
        </Field>
        <Field label={t('form.titleEn')} hint={t('form.titleEnHint')} {...state('titleEn')}>
          <Input
            lang="en"
            value={values.titleEn}
            maxLength={STORY_TITLE_MAX_LENGTH}
            disabled={disabled}
            onChange={(_, data) => set('titleEn', data.value)}
          />
        </Field>
        <Field label={t('form.language')} {...state('language')}>
          <RadioGroup
            layout="horizontal"
            value={values.language}
            disabled={disabled}
            onChange={(_, data) => set('language', data.value === 'en' ? 'en' : 'ja')}
          >
            <Radio value="ja" label={t('languages.ja')} />
            <Radio value="en" label={t('languages.en')} />
          </RadioGroup>
        </Field>
      </FormSection>

      <FormSection title={t('form.customer')}>
        <div className={styles.grid}>
          <Field label={t('form.accountName')} hint={t('form.requiredToSubmit')} {...state('accountName')}>
            <Input
              value={values.accountName}
              maxLength={STORY_ACCOUNT_NAME_MAX_LENGTH}
              placeholder={t('form.accountNamePlaceholder')}
              disabled={disabled}
              onChange={(_, data) => set('accountName', data.value)}
            />
          </Field>
          <Field label={t('form.industry')} hint={t('form.requiredToSubmit')} {...state('industry')}>
            <Select
              value={values.industry}
              disabled={disabled}
              onChange={(_, data) => set('industry', STORY_INDUSTRIES.find((value) => value === data.value) ?? ('' as StoryIndustry | ''))}
            >
              <option value="">{t('form.notChosen')}</option>
              {STORY_INDUSTRIES.map((value) => (
                <option key={value} value={value}>
                  {t(`industries.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('form.companySize')} {...state('companySize')}>
            <Select
              value={values.companySize}
              disabled={disabled}
              onChange={(_, data) => set('companySize', COMPANY_SIZES.find((value) => value === data.value) ?? '')}
            >
              <option value="">{t('form.notChosen')}</option>
              {COMPANY_SIZES.map((value) => (
                <option key={value} value={value}>
                  {t(`companySizes.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('form.region')} {...state('region')}>
            <Select
              value={values.region}
              disabled={disabled}
              onChange={(_, data) => set('region', REGIONS.find((value) => value === data.value) ?? '')}
            >
              <option value="">{t('form.notChosen')}</option>
              {REGIONS.map((value) => (
                <option key={value} value={value}>
                  {t(`regions.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </FormSection>

      <FormSection title={t('form.story')} lead={t('form.lead')}>
        <RichTextField
          label={t('form.challenge')}
          placeholder={t('form.challengePlaceholder')}
          value={values.challengeHtml}
          onChange={(html) => set('challengeHtml', html)}
          error={errors['challengeHtml']}
          disabled={disabled}
        />
        <RichTextField
          label={t('form.solution')}
          placeholder={t('form.solutionPlaceholder')}
          value={values.solutionHtml}
          onChange={(html) => set('solutionHtml', html)}
          error={errors['solutionHtml']}
          disabled={disabled}
        />
        <RichTextField
          label={t('form.result')}
          placeholder={t('form.resultPlaceholder')}
          value={values.resultHtml}
          onChange={(html) => set('resultHtml', html)}
          error={errors['resultHtml']}
          disabled={disabled}
        />
      </FormSection>

      <FormSection title={t('form.outcomes')} lead={t('form.outcomesHint')}>
        {values.outcomes.length === 0 ? <Text className={section.muted}>{t('form.noOutcomes')}</Text> : null}
        {values.outcomes.length > 0 ? (
          <div className={styles.outcomes}>
            {values.outcomes.map((row, index) => {
              const name = t('form.outcomeRow', { index: index + 1 });
              return (
                <div key={row.key} role="group" aria-label={name} className={styles.outcome}>
                  <Field className={styles.outcomeWide} label={t('form.outcomeLabel')} required {...state(`outcomes.${index}.label`)}>
                    <Input
                      value={row.label}
                      maxLength={STORY_OUTCOME_LABEL_MAX_LENGTH}
                      placeholder={t('form.outcomeLabelPlaceholder')}
                      disabled={disabled}
                      onChange={(_, data) => setOutcome(index, { label: data.value })}
                    />
                  </Field>
                  <Field label={t('form.outcomeBefore')} {...state(`outcomes.${index}.before`)}>
                    <Input
                      value={row.before}
                      inputMode="decimal"
                      disabled={disabled}
                      onChange={(_, data) => setOutcome(index, { before: data.value })}
                    />
                  </Field>
                  <Field label={t('form.outcomeAfter')} {...state(`outcomes.${index}.after`)}>
                    <Input
                      value={row.after}
                      inputMode="decimal"
                      disabled={disabled}
                      onChange={(_, data) => setOutcome(index, { after: data.value })}
                    />
                  </Field>
                  <Field label={t('form.outcomeUnit')} {...state(`outcomes.${index}.unit`)}>
                    <Input
                      value={row.unit}
                      maxLength={STORY_OUTCOME_UNIT_MAX_LENGTH}
                      placeholder={t('form.outcomeUnitPlaceholder')}
                      disabled={disabled}
                      onChange={(_, data) => setOutcome(index, { unit: data.value })}
                    />
                  </Field>
                  <Field className={styles.outcomeWide} label={t('form.outcomePeriod')} {...state(`outcomes.${index}.period`)}>
                    <Input
                      value={row.period}
                      maxLength={STORY_OUTCOME_PERIOD_MAX_LENGTH}
                      placeholder={t('form.outcomePeriodPlaceholder')}
                      disabled={disabled}
                      onChange={(_, data) => setOutcome(index, { period: data.value })}
                    />
                  </Field>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t('form.removeOutcome', { index: index + 1 })}
                    disabled={disabled}
                    onClick={() =>
                      set(
                        'outcomes',
                        values.outcomes.filter((_, at) => at !== index),
                      )
                    }
                  />
                </div>
              );
            })}
          </div>
        ) : null}
        {errors['outcomes'] ? (
          <Text role="alert" className={styles.error}>
            {errors['outcomes']}
          </Text>
        ) : null}
        <div className={styles.row}>
          <Button
            icon={<AddRegular />}
            disabled={disabled || values.outcomes.length >= STORY_OUTCOMES_MAX}
            onClick={() => set('outcomes', [...values.outcomes, emptyOutcomeRow()])}
          >
            {t('form.addOutcome')}
          </Button>
        </div>
      </FormSection>

      <FormSection title={t('form.quote')}>
        <Field label={t('form.quoteText')} {...state('quoteText')}>
          <Textarea
            value={values.quoteText}
            maxLength={STORY_QUOTE_MAX_LENGTH}
            resize="vertical"
            disabled={disabled}
            onChange={(_, data) => set('quoteText', data.value)}
          />
        </Field>
        <Field label={t('form.quoteAttribution')} {...state('quoteAttribution')}>
          <Input
            value={values.quoteAttribution}
            maxLength={STORY_QUOTE_ATTRIBUTION_MAX_LENGTH}
            placeholder={t('form.quoteAttributionPlaceholder')}
            disabled={disabled}
            onChange={(_, data) => set('quoteAttribution', data.value)}
          />
        </Field>
      </FormSection>

      <FormSection title={t('form.involved')}>
        <Field label={t('form.departments')} {...state('departmentIds')}>
          <Combobox
            multiselect
            disabled={disabled}
            placeholder={t('form.departmentsPlaceholder')}
            value={selectedDepartments.join(t('common.listSeparator'))}
            selectedOptions={values.departmentIds}
            onOptionSelect={(_, data) => set('departmentIds', data.selectedOptions)}
          >
            <DepartmentOptionItems options={options} locale={locale} />
          </Combobox>
        </Field>
        <PeoplePicker
          label={t('form.coAuthors')}
          hint={t('form.coAuthorsHint')}
          people={values.coAuthors}
          max={STORY_PEOPLE_MAX}
          onChange={(people) => set('coAuthors', people)}
          disabled={disabled}
          validationMessage={errors['coAuthors']}
        />
        <PeoplePicker
          label={t('form.people')}
          hint={t('form.peopleHint')}
          people={values.people}
          max={STORY_PEOPLE_MAX}
          onChange={(people) => set('people', people)}
          disabled={disabled}
          validationMessage={errors['people']}
        />
        <ValueListField
          label={t('form.products')}
          hint={t('form.productsHint')}
          values={values.products}
          max={STORY_PRODUCTS_MAX}
          maxLength={STORY_PRODUCT_MAX_LENGTH}
          onChange={(products) => set('products', products)}
          disabled={disabled}
          error={errors['products']}
        />
        <ValueListField
          label={t('form.tags')}
          hint={t('form.tagsHint', { max: STORY_TAGS_MAX })}
          values={values.tags}
          max={STORY_TAGS_MAX}
          maxLength={STORY_TAG_MAX_LENGTH}
          onChange={(tags) => set('tags', tags)}
          disabled={disabled}
          error={errors['tags']}
        />
      </FormSection>

      <FormSection title={t('form.verification')}>
        <Field
          label={t('form.verifyIntervalDays')}
          hint={t('form.verifyIntervalHint', { min: STORY_VERIFY_INTERVAL_DAYS_MIN, max: STORY_VERIFY_INTERVAL_DAYS_MAX })}
          {...state('verifyIntervalDays')}
        >
          <Input
            type="number"
            min={STORY_VERIFY_INTERVAL_DAYS_MIN}
            max={STORY_VERIFY_INTERVAL_DAYS_MAX}
            step={1}
            value={values.verifyIntervalDays}
            disabled={disabled}
            onChange={(_, data) => set('verifyIntervalDays', data.value)}
          />
        </Field>
      </FormSection>

      {Object.keys(errors).length > 0 ? (
        <Text role="alert" className={styles.error}>
          {t('form.fixErrors')}
        </Text>
      ) : null}
    </div>
  );
}

function FormSection({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  const section = useSectionStyles();
  const headingId = useId();
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {title}
      </h2>
      {lead ? (
        <Text as="p" size={200} className={section.muted}>
          {lead}
        </Text>
      ) : null}
      {children}
    </section>
  );
}

/** One of 課題 / 解決策 / 成果: the rich-text editor (loaded on demand), named by its label. */
function RichTextField({
  label,
  placeholder,
  value,
  onChange,
  error,
  disabled,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
  disabled: boolean;
}) {
  const styles = useStyles();
  const errorId = useId();
  return (
    <div className={styles.editorField}>
      {/* The editor names itself (aria-label); a Field label would point at nothing. */}
      <Text className={styles.editorLabel} aria-hidden="true">
        {label}
      </Text>
      <LazyRichTextEditor
        value={value}
        onChange={onChange}
        label={label}
        placeholder={placeholder}
        disabled={disabled}
        onUploadImage={uploadImage}
        maxBytes={STORY_SECTION_MAX_BYTES}
        invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <Text id={errorId} role="alert" className={styles.error}>
          {error}
        </Text>
      ) : null}
    </div>
  );
}

/** Products or tags: typed one at a time (Enter adds), shown as removable tags. */
function ValueListField({
  label,
  hint,
  values,
  max,
  maxLength,
  onChange,
  disabled,
  error,
}: {
  label: string;
  hint: string;
  values: readonly string[];
  max: number;
  maxLength: number;
  onChange: (values: string[]) => void;
  disabled: boolean;
  error?: string;
}) {
  const { t } = useTranslation(STORIES_NAMESPACE);
  const styles = useStyles();
  const [text, setText] = useState('');
  const add = () => {
    const value = text.trim().replace(/\s+/g, ' ');
    if (!value) return;
    if (!values.some((existing) => existing.toLowerCase() === value.toLowerCase()) && values.length < max) onChange([...values, value]);
    setText('');
  };
  return (
    <div className={styles.values}>
      <Field label={label} hint={hint} validationState={error ? 'error' : undefined} validationMessage={error}>
        <Input
          value={text}
          maxLength={maxLength}
          disabled={disabled || values.length >= max}
          onChange={(_, data) => setText(data.value)}
          onKeyDown={(event) => {
            // Enter adds the value; an IME conversion's Enter only confirms the text.
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </Field>
      {values.length > 0 ? (
        <TagGroup
          className={styles.tags}
          aria-label={label}
          onDismiss={(_, { value }) => onChange(values.filter((existing) => existing !== value))}
        >
          {values.map((value) => (
            <Tag key={value} value={value} dismissible dismissIcon={{ 'aria-label': t('form.removeValue', { value }) }}>
              {value}
            </Tag>
          ))}
        </TagGroup>
      ) : null}
    </div>
  );
}
