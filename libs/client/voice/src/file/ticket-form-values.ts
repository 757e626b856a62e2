import {
  type CustomerSegment,
  type TicketCategory,
  type TicketImpact,
  VOICE_ACCOUNT_NAME_MAX_LENGTH,
  VOICE_CONTACT_ROLE_MAX_LENGTH,
  VOICE_EXTERNAL_REFERENCE_MAX_LENGTH,
  VOICE_SUMMARY_MAX_LENGTH,
  VOICE_VERBATIM_MAX_LENGTH,
  type VoiceChannel,
} from '@kakehashi/shared-contracts';
import { parseYen } from '../common/format';
import { DRAFT_FIELDS, type DraftField, type TicketDraft } from './ticket-draft';

/** A field's problem, as a message key under `file.errors` with its values. */
export interface FieldProblem {
  key: string;
  values?: Record<string, unknown>;
}

export type FieldProblems = Partial<Record<DraftField, FieldProblem>>;

const MAX_LENGTHS: Partial<Record<DraftField, number>> = {
  accountName: VOICE_ACCOUNT_NAME_MAX_LENGTH,
  contactRole: VOICE_CONTACT_ROLE_MAX_LENGTH,
  verbatim: VOICE_VERBATIM_MAX_LENGTH,
  summary: VOICE_SUMMARY_MAX_LENGTH,
  externalReference: VOICE_EXTERNAL_REFERENCE_MAX_LENGTH,
};

/** What a voice needs (adding it to a ticket); filing a ticket needs the ticket's fields too. */
const VOICE_REQUIRED: readonly DraftField[] = ['accountName', 'segment', 'channel', 'verbatim'];
const TICKET_REQUIRED: readonly DraftField[] = [...VOICE_REQUIRED, 'summary', 'category', 'impact', 'productAreaId'];
const CHOICES: readonly DraftField[] = ['segment', 'channel', 'category', 'impact', 'productAreaId'];

/** Characters as a person counts them (an emoji is one), as the server counts them. */
const length = (text: string): number => Array.from(text).length;

/** The problems the form can see before sending: `voice` checks what adding a voice needs, `ticket` all of it. */
export function validateDraft(draft: TicketDraft, scope: 'voice' | 'ticket'): FieldProblems {
  const problems: FieldProblems = {};
  const required = scope === 'voice' ? VOICE_REQUIRED : TICKET_REQUIRED;
  for (const field of required) {
    if (draft[field].trim() === '') problems[field] = { key: CHOICES.includes(field) ? 'requiredChoice' : 'required' };
  }
  for (const [field, max] of Object.entries(MAX_LENGTHS) as [DraftField, number][]) {
    if (scope === 'voice' && field === 'summary') continue;
    if (!problems[field] && length(draft[field].trim()) > max) problems[field] = { key: 'tooLong', values: { max } };
  }
  const contractValue = parseYen(draft.annualContractValue);
  if (contractValue.error) problems.annualContractValue = { key: `acv.${contractValue.error}` };
  return problems;
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The voice's fields as the api takes them (the draft validated first). */
export function voiceFields(draft: TicketDraft) {
  return {
    accountName: draft.accountName.trim(),
    segment: draft.segment as CustomerSegment,
    annualContractValue: parseYen(draft.annualContractValue).value,
    contactRole: optional(draft.contactRole),
    channel: draft.channel as VoiceChannel,
    // The customer's words exactly as given: only the blank edges go.
    verbatim: draft.verbatim.trim(),
    externalReference: optional(draft.externalReference),
    idempotencyKey: draft.idempotencyKey,
  };
}

export function fileTicketInput(draft: TicketDraft) {
  return {
    ...voiceFields(draft),
    summary: draft.summary.trim(),
    category: draft.category as TicketCategory,
    impact: draft.impact as TicketImpact,
    productAreaId: draft.productAreaId,
  };
}

/**
 * A server field error as the form shows it: on its field when the form has it, with a message
 * the person can act on (the server's own words are English and technical).
 */
export function serverFieldProblem(field: string, message: string): { field: DraftField | null; problem: FieldProblem } {
  const formField = (DRAFT_FIELDS as readonly string[]).includes(field) ? (field as DraftField) : null;
  const text = message.toLowerCase();
  let problem: FieldProblem;
  if (text.includes('must not be empty')) problem = { key: formField && CHOICES.includes(formField) ? 'requiredChoice' : 'required' };
  else if (formField === 'productAreaId' && text.includes('product area')) problem = { key: 'unknownArea' };
  else if (formField === 'annualContractValue' && text.includes('negative')) problem = { key: 'acv.negative' };
  else if (formField === 'annualContractValue' && text.includes('at most')) problem = { key: 'acv.tooLarge' };
  else if (formField === 'annualContractValue') problem = { key: 'acv.invalid' };
  else if (formField && /at most (\d+) characters/.test(text)) {
    problem = { key: 'tooLong', values: { max: Number(/at most (\d+) characters/.exec(text)?.[1]) } };
  } else problem = { key: 'invalid' };
  return { field: formField, problem };
}

export { VOICE_REQUIRED, TICKET_REQUIRED };
