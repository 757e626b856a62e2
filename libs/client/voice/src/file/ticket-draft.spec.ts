import { CustomerSegment } from '@kakehashi/shared-contracts';
import { clearDraft, draftStorageKey, emptyDraft, isDraftEmpty, loadDraft, saveDraft, type DraftStorage } from './ticket-draft';

/** Web Storage in memory, optionally refusing writes as a full or blocked storage does. */
function memoryStorage(options: { refuseWrites?: boolean } = {}): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (options.refuseWrites) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

let keys = 0;
const newKey = () => `key-${++keys}`;

describe('the filing draft', () => {
  beforeEach(() => {
    keys = 0;
  });

  it('starts empty with a fresh idempotency key when nothing is stored', () => {
    const draft = loadDraft(memoryStorage(), 'person-1', newKey);
    expect(draft).toEqual(emptyDraft('key-1'));
    expect(isDraftEmpty(draft)).toBe(true);
  });

  it('survives a reload with its idempotency key, so a retried submit files once', () => {
    const storage = memoryStorage();
    const typed = {
      ...emptyDraft('key-original'),
      accountName: '株式会社みなと物流',
      segment: CustomerSegment.ENTERPRISE,
      verbatim: 'CSV が文字化けします 🙏',
    };
    saveDraft(storage, 'person-1', typed);
    const reloaded = loadDraft(storage, 'person-1', newKey);
    expect(reloaded).toEqual(typed);
    expect(reloaded.idempotencyKey).toBe('key-original');
    expect(keys).toBe(0);
  });

  it('is kept per signed-in person', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'person-1', { ...emptyDraft('key-a'), summary: '請求書の明細' });
    expect(loadDraft(storage, 'person-2', newKey).summary).toBe('');
    expect(storage.items.has(draftStorageKey('person-1'))).toBe(true);
  });

  it('removes an empty draft instead of keeping it, and is cleared after success', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'person-1', { ...emptyDraft('key-a'), summary: 'x' });
    saveDraft(storage, 'person-1', { ...emptyDraft('key-a'), summary: '   ' });
    expect(storage.items.size).toBe(0);
    saveDraft(storage, 'person-1', { ...emptyDraft('key-a'), summary: 'x' });
    clearDraft(storage, 'person-1');
    expect(loadDraft(storage, 'person-1', newKey).idempotencyKey).toBe('key-1');
  });

  it('treats an unreadable or foreign stored value as no draft, and drops unknown choices', () => {
    const storage = memoryStorage();
    storage.items.set(draftStorageKey('p'), '{not json');
    expect(loadDraft(storage, 'p', newKey)).toEqual(emptyDraft('key-1'));
    storage.items.set(draftStorageKey('p'), JSON.stringify({ version: 99, draft: { summary: 'old' } }));
    expect(loadDraft(storage, 'p', newKey).summary).toBe('');
    storage.items.set(draftStorageKey('p'), JSON.stringify({ version: 1, draft: { summary: 's', segment: 'GIANT', channel: 42 } }));
    const draft = loadDraft(storage, 'p', newKey);
    expect(draft).toMatchObject({ summary: 's', segment: '', channel: '', idempotencyKey: 'key-3' });
  });

  it('keeps working when storage refuses to save or is missing', () => {
    expect(() => saveDraft(memoryStorage({ refuseWrites: true }), 'p', { ...emptyDraft('k'), summary: 'x' })).not.toThrow();
    expect(loadDraft(null, 'p', newKey)).toEqual(emptyDraft('key-1'));
  });
});
