import { CustomerSegment, TicketCategory, TicketImpact, VoiceChannel } from '@kakehashi/shared-contracts';

/** The filing form as typed (the contract value stays text until sent, so that an IME is never disturbed). */
export interface TicketDraft {
  accountName: string;
  segment: CustomerSegment | '';
  annualContractValue: string;
  contactRole: string;
  channel: VoiceChannel | '';
  verbatim: string;
  summary: string;
  category: TicketCategory | '';
  impact: TicketImpact | '';
  productAreaId: string;
  externalReference: string;
  /** Made once per draft and kept with it: a retried submit (after a reload, too) files once. */
  idempotencyKey: string;
}

export type DraftField = Exclude<keyof TicketDraft, 'idempotencyKey'>;

export const DRAFT_FIELDS: readonly DraftField[] = [
  'accountName',
  'segment',
  'annualContractValue',
  'contactRole',
  'channel',
  'verbatim',
  'summary',
  'category',
  'impact',
  'productAreaId',
  'externalReference',
];

/** The part of Web Storage a draft needs (a fake in unit tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const STORAGE_PREFIX = 'kakehashi.voice.draft.';
const VERSION = 1;

/** Drafts are kept per signed-in person: someone else signing in on the same browser starts afresh. */
export function draftStorageKey(personId: string): string {
  return `${STORAGE_PREFIX}${personId}`;
}

export function emptyDraft(idempotencyKey: string): TicketDraft {
  return {
    accountName: '',
    segment: '',
    annualContractValue: '',
    contactRole: '',
    channel: '',
    verbatim: '',
    summary: '',
    category: '',
    impact: '',
    productAreaId: '',
    externalReference: '',
    idempotencyKey,
  };
}

/** Anything typed at all (an untouched form is not worth keeping). */
export function isDraftEmpty(draft: TicketDraft): boolean {
  return DRAFT_FIELDS.every((field) => draft[field].trim() === '');
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | '' {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : '';
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The person's saved draft, or a new empty one with a fresh key. A stored draft that cannot be
 * read (another version, edited by hand, storage blocked) is treated as none.
 */
export function loadDraft(storage: DraftStorage | null, personId: string, newKey: () => string): TicketDraft {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(draftStorageKey(personId)) ?? null;
  } catch {
    raw = null;
  }
  if (!raw) return emptyDraft(newKey());
  try {
    const stored = JSON.parse(raw) as { version?: unknown; draft?: Record<string, unknown> };
    const draft = stored.draft;
    if (stored.version !== VERSION || typeof draft !== 'object' || draft === null) return emptyDraft(newKey());
    const key = text(draft['idempotencyKey']);
    return {
      accountName: text(draft['accountName']),
      segment: oneOf(Object.values(CustomerSegment), draft['segment']),
      annualContractValue: text(draft['annualContractValue']),
      contactRole: text(draft['contactRole']),
      channel: oneOf(Object.values(VoiceChannel), draft['channel']),
      verbatim: text(draft['verbatim']),
      summary: text(draft['summary']),
      category: oneOf(Object.values(TicketCategory), draft['category']),
      impact: oneOf(Object.values(TicketImpact), draft['impact']),
      productAreaId: text(draft['productAreaId']),
      externalReference: text(draft['externalReference']),
      idempotencyKey: key || newKey(),
    };
  } catch {
    return emptyDraft(newKey());
  }
}

/** Keeps the draft (an empty one is removed instead). Storage that refuses it is not an error: the form still works. */
export function saveDraft(storage: DraftStorage | null, personId: string, draft: TicketDraft): void {
  try {
    if (isDraftEmpty(draft)) storage?.removeItem(draftStorageKey(personId));
    else storage?.setItem(draftStorageKey(personId), JSON.stringify({ version: VERSION, draft }));
  } catch {
    // Full or blocked storage: the draft lives only as long as the page.
  }
}

export function clearDraft(storage: DraftStorage | null, personId: string): void {
  try {
    storage?.removeItem(draftStorageKey(personId));
  } catch {
    // Nothing to clear.
  }
}

/** The browser's local storage, when the browser lets the page use it. */
export function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
