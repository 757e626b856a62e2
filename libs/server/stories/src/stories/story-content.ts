import { BadUserInputError, distinctWords, richTextHtmlToText, sanitizeRichTextHtml } from '@kakehashi/server-platform';
import { type FieldError, STORY_SECTION_MAX_BYTES } from '@kakehashi/shared-contracts';
import type { StoryOutcome } from './story.model';
import type { CreateStoryInput, UpdateStoryInput } from './dto/story.input';

/** The template's sections, in the order the page shows them. */
export const STORY_SECTIONS = ['challenge', 'solution', 'result'] as const;
type Section = (typeof STORY_SECTIONS)[number];

/** The content as stored; undefined: unchanged. */
export interface StoryContent {
  language?: string;
  title?: string;
  titleEn?: string | null;
  accountName?: string;
  industry?: string | null;
  companySize?: string | null;
  region?: string | null;
  departmentIds?: string[];
  peopleIds?: string[];
  coAuthorIds?: string[];
  products?: string[];
  tags?: string[];
  sections: Partial<Record<Section, { html: string; text: string }>>;
  outcomes?: StoryOutcome[];
  /** null: removed. */
  quote?: { text: string; attribution: string } | null;
  verifyIntervalDays?: number;
}

const distinctIds = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => id.toLowerCase()))];

/** Trims and sanitizes what was given; every failing field is named at once. */
export function normalizeStoryContent(input: Partial<CreateStoryInput> | UpdateStoryInput): StoryContent {
  const errors: FieldError[] = [];
  const content: StoryContent = { sections: {} };
  if (input.language != null) content.language = input.language;
  if (input.title != null) {
    content.title = input.title.trim();
    if (!content.title) errors.push({ field: 'title', message: 'must not be empty' });
  }
  if (input.titleEn !== undefined) content.titleEn = input.titleEn?.trim() || null;
  if (input.customer) {
    content.accountName = input.customer.accountName.trim();
    content.industry = input.customer.industry ?? null;
    content.companySize = input.customer.companySize ?? null;
    content.region = input.customer.region ?? null;
  }
  if (input.departmentIds) content.departmentIds = distinctIds(input.departmentIds);
  if (input.peopleIds) content.peopleIds = distinctIds(input.peopleIds);
  if (input.coAuthorIds) content.coAuthorIds = distinctIds(input.coAuthorIds);
  if (input.products) content.products = distinctWords(input.products);
  if (input.tags) content.tags = distinctWords(input.tags);
  for (const section of STORY_SECTIONS) {
    const html = input[`${section}Html`];
    if (html == null) continue;
    if (Buffer.byteLength(html, 'utf8') > STORY_SECTION_MAX_BYTES) {
      errors.push({ field: `${section}Html`, message: `must be at most ${STORY_SECTION_MAX_BYTES / 1024} KB` });
      continue;
    }
    const clean = sanitizeRichTextHtml(html);
    content.sections[section] = { html: clean, text: richTextHtmlToText(clean) };
  }
  if (input.outcomes) {
    content.outcomes = input.outcomes.map((outcome) => ({
      label: outcome.label.trim(),
      before: outcome.before ?? null,
      after: outcome.after ?? null,
      unit: outcome.unit.trim(),
      period: outcome.period?.trim() || null,
    }));
    content.outcomes.forEach((outcome, index) => {
      if (!outcome.label) errors.push({ field: `outcomes.${index}.label`, message: 'must not be empty' });
      if (outcome.before === null && outcome.after === null)
        errors.push({ field: `outcomes.${index}.after`, message: 'must give a value before or after (or both)' });
    });
  }
  if (input.quote !== undefined) {
    const text = input.quote?.text.trim();
    content.quote = text ? { text, attribution: input.quote!.attribution.trim() } : null;
  }
  if (input.verifyIntervalDays != null) content.verifyIntervalDays = input.verifyIntervalDays;
  if (errors.length > 0) throw new BadUserInputError(errors);
  return content;
}

/** What a story needs before review and once published: the template filled in. */
export function missingForPublication(story: {
  title: string;
  customer: { accountName: string; industry: string | null };
  challengeText: string;
  solutionText: string;
  resultText: string;
}): FieldError[] {
  const missing: FieldError[] = [];
  const empty = 'must be filled in before review';
  if (!story.title.trim()) missing.push({ field: 'title', message: empty });
  if (!story.customer.accountName.trim()) missing.push({ field: 'customer.accountName', message: empty });
  if (!story.customer.industry) missing.push({ field: 'customer.industry', message: empty });
  if (!story.challengeText.trim()) missing.push({ field: 'challengeHtml', message: empty });
  if (!story.solutionText.trim()) missing.push({ field: 'solutionHtml', message: empty });
  if (!story.resultText.trim()) missing.push({ field: 'resultHtml', message: empty });
  return missing;
}
