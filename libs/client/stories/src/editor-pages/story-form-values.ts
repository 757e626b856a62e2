import {
  STORY_VERIFY_INTERVAL_DAYS_DEFAULT,
  STORY_VERIFY_INTERVAL_DAYS_MAX,
  STORY_VERIFY_INTERVAL_DAYS_MIN,
} from '@kakehashi/shared-contracts';
import type { CreateStoryInput, PickedPerson, StoryCompanySize, StoryIndustry, StoryRegion } from '@kakehashi/client-platform';
import type { StoryDetail } from '../common/story-detail';

export interface OutcomeRow {
  /** Stable React key of the row (rows are added and removed). */
  key: string;
  label: string;
  before: string;
  after: string;
  unit: string;
  period: string;
}

export interface StoryFormValues {
  title: string;
  titleEn: string;
  language: 'ja' | 'en';
  accountName: string;
  industry: StoryIndustry | '';
  companySize: StoryCompanySize | '';
  region: StoryRegion | '';
  departmentIds: string[];
  coAuthors: PickedPerson[];
  people: PickedPerson[];
  products: string[];
  tags: string[];
  challengeHtml: string;
  solutionHtml: string;
  resultHtml: string;
  outcomes: OutcomeRow[];
  quoteText: string;
  quoteAttribution: string;
  /** As typed (validated on save). */
  verifyIntervalDays: string;
}

export const EMPTY_STORY: StoryFormValues = {
  title: '',
  titleEn: '',
  language: 'ja',
  accountName: '',
  industry: '',
  companySize: '',
  region: '',
  departmentIds: [],
  coAuthors: [],
  people: [],
  products: [],
  tags: [],
  challengeHtml: '',
  solutionHtml: '',
  resultHtml: '',
  outcomes: [],
  quoteText: '',
  quoteAttribution: '',
  verifyIntervalDays: String(STORY_VERIFY_INTERVAL_DAYS_DEFAULT),
};

let rowCounter = 0;
/** A fresh, empty outcome row. */
export function emptyOutcomeRow(): OutcomeRow {
  rowCounter += 1;
  return { key: `outcome-${rowCounter}`, label: '', before: '', after: '', unit: '', period: '' };
}

const pick = (person: PickedPerson): PickedPerson => ({
  id: person.id,
  displayName: person.displayName,
  displayNameEn: person.displayNameEn,
});

/** The form filled in from a saved story. */
export function storyFormValues(story: StoryDetail): StoryFormValues {
  return {
    title: story.title,
    titleEn: story.titleEn ?? '',
    language: story.language === 'en' ? 'en' : 'ja',
    accountName: story.customer.accountName,
    industry: story.customer.industry ?? '',
    companySize: story.customer.companySize ?? '',
    region: story.customer.region ?? '',
    departmentIds: story.departments.map((department) => department.id),
    coAuthors: story.coAuthors.map(pick),
    people: story.people.map(pick),
    products: [...story.products],
    tags: [...story.tags],
    challengeHtml: story.challengeHtml,
    solutionHtml: story.solutionHtml,
    resultHtml: story.resultHtml,
    outcomes: story.outcomes.map((outcome) => ({
      ...emptyOutcomeRow(),
      label: outcome.label,
      before: outcome.before ?? '',
      after: outcome.after ?? '',
      unit: outcome.unit,
      period: outcome.period ?? '',
    })),
    quoteText: story.quote?.text ?? '',
    quoteAttribution: story.quote?.attribution ?? '',
    verifyIntervalDays: String(story.verifyIntervalDays),
  };
}

const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;

/**
 * A number as typed, in the form the server takes ("1,200" → "1200", full-width "８．５" → "8.5",
 * "−3" → "-3"); '' when empty, null when it is not a number.
 */
export function normalizeDecimal(text: string): string | null {
  const ascii = text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[−ー－‐]/g, '-')
    .replace(/[,，\s]/g, '');
  if (ascii === '') return '';
  if (!DECIMAL.test(ascii)) return null;
  // "08" and "-0" read as 8 and 0; keep what the reader typed otherwise (decimals are exact).
  return ascii.replace(/^(-?)0+(?=\d)/, '$1').replace(/^-0(\.0+)?$/, '0');
}

/** Problems the form can see before asking the server: field name → message key (in `form.errors`). */
export function validateStoryForm(values: StoryFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors['title'] = 'required';
  const days = Number(values.verifyIntervalDays.trim());
  if (!Number.isInteger(days) || days < STORY_VERIFY_INTERVAL_DAYS_MIN || days > STORY_VERIFY_INTERVAL_DAYS_MAX) {
    errors['verifyIntervalDays'] = 'intervalRange';
  }
  values.outcomes.forEach((outcome, index) => {
    if (!outcome.label.trim()) errors[`outcomes.${index}.label`] = 'required';
    const before = normalizeDecimal(outcome.before);
    const after = normalizeDecimal(outcome.after);
    if (before === null) errors[`outcomes.${index}.before`] = 'decimal';
    if (after === null) errors[`outcomes.${index}.after`] = 'decimal';
    if (before === '' && after === '') errors[`outcomes.${index}.after`] = 'beforeOrAfter';
  });
  if (values.quoteAttribution.trim() && !values.quoteText.trim()) errors['quoteText'] = 'quoteWithoutText';
  return errors;
}

/** The content to send (createStory and updateStory take the same fields); the form must be valid. */
export function storyInput(values: StoryFormValues): CreateStoryInput {
  const quoteText = values.quoteText.trim();
  return {
    title: values.title.trim(),
    titleEn: values.titleEn.trim() || null,
    language: values.language,
    customer: {
      accountName: values.accountName.trim(),
      industry: values.industry || null,
      companySize: values.companySize || null,
      region: values.region || null,
    },
    departmentIds: values.departmentIds,
    coAuthorIds: values.coAuthors.map((person) => person.id),
    peopleIds: values.people.map((person) => person.id),
    products: values.products,
    tags: values.tags,
    challengeHtml: values.challengeHtml,
    solutionHtml: values.solutionHtml,
    resultHtml: values.resultHtml,
    outcomes: values.outcomes.map((outcome) => ({
      label: outcome.label.trim(),
      before: normalizeDecimal(outcome.before) || null,
      after: normalizeDecimal(outcome.after) || null,
      unit: outcome.unit.trim(),
      period: outcome.period.trim() || null,
    })),
    quote: quoteText ? { text: quoteText, attribution: values.quoteAttribution.trim() } : null,
    verifyIntervalDays: Number(values.verifyIntervalDays.trim()),
  };
}

/**
 * Where a BAD_USER_INPUT field of the server shows in the form. The platform's fieldErrors()
 * keys errors by the last part of the path (`customer.accountName` → `accountName`,
 * `outcomes.2.label` → `label`), so an outcome's errors land on the outcomes as a whole.
 */
export function formFieldOf(serverField: string): string {
  switch (serverField) {
    case 'label':
    case 'before':
    case 'after':
    case 'unit':
    case 'period':
    case 'outcomes':
      return 'outcomes';
    case 'text':
    case 'quote':
      return 'quoteText';
    case 'attribution':
      return 'quoteAttribution';
    case 'customer':
      return 'accountName';
    case 'coAuthorIds':
      return 'coAuthors';
    case 'peopleIds':
      return 'people';
    default:
      return serverField;
  }
}
