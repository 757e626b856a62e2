import { TicketStatus } from '@kakehashi/shared-contracts';
import { mergeCandidates } from './merge-candidates';
import { triageChanges, type TriageValues } from './triage-values';

const initial: TriageValues = {
  status: TicketStatus.NEW,
  declineReason: '',
  owner: { id: 'owner-1', displayName: '伊藤 直樹', displayNameEn: 'Naoki Ito' },
  productAreaId: 'area-1',
  theme: '',
};

describe('triage changes', () => {
  it('sends nothing that did not change', () => {
    expect(triageChanges(initial, { ...initial, theme: '  ' })).toEqual({});
  });

  it('sends the new status, and a decline with its reason', () => {
    expect(triageChanges(initial, { ...initial, status: TicketStatus.PLANNED })).toEqual({ status: 'PLANNED' });
    expect(triageChanges(initial, { ...initial, status: TicketStatus.DECLINED, declineReason: ' 対応予定がありません ' })).toEqual({
      status: 'DECLINED',
      declineReason: '対応予定がありません',
    });
  });

  it('corrects a declined ticket’s reason', () => {
    const declined = { ...initial, status: TicketStatus.DECLINED, declineReason: '古い理由' };
    expect(triageChanges(declined, { ...declined, declineReason: '新しい理由' })).toEqual({
      status: 'DECLINED',
      declineReason: '新しい理由',
    });
  });

  it('assigns, clears the owner, moves the area and sets the theme', () => {
    expect(triageChanges(initial, { ...initial, owner: { id: 'me', displayName: '', displayNameEn: '' } })).toEqual({ ownerId: 'me' });
    expect(triageChanges(initial, { ...initial, owner: null })).toEqual({ clearOwner: true });
    expect(triageChanges(initial, { ...initial, productAreaId: 'area-2', theme: 'CSV 出力' })).toEqual({
      productAreaId: 'area-2',
      theme: 'CSV 出力',
    });
    expect(triageChanges({ ...initial, theme: 'old' }, { ...initial, theme: '' })).toEqual({ theme: '' });
  });
});

describe('merge candidates', () => {
  const ticket = (id: string, number: number, status = 'NEW') => ({
    id,
    code: `VOC-${number}`,
    number,
    summary: id,
    status,
    customerCount: 1,
  });

  it('never offers the duplicate itself, a merged ticket, or one twice', () => {
    const result = mergeCandidates({
      self: 'b',
      reference: null,
      similar: [ticket('a', 1), ticket('b', 2), ticket('c', 3, 'MERGED')],
      found: [],
      searched: [ticket('a', 1), ticket('d', 4)],
    });
    expect(result.map((candidate) => candidate.id)).toEqual(['a', 'd']);
  });

  it('keeps only the pasted ticket', () => {
    expect(
      mergeCandidates({
        self: 'b',
        reference: { kind: 'id', id: 'z' },
        similar: [ticket('a', 1)],
        found: [ticket('z', 9)],
        searched: [],
      }).map((candidate) => candidate.id),
    ).toEqual(['z']);
    expect(
      mergeCandidates({
        self: 'b',
        reference: { kind: 'number', number: 3 },
        similar: [ticket('a', 1), ticket('c', 3)],
        found: [],
        searched: [],
      }).map((candidate) => candidate.id),
    ).toEqual(['c']);
  });
});
