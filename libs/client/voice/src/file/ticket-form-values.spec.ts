import { CustomerSegment, TicketCategory, TicketImpact, VoiceChannel } from '@kakehashi/shared-contracts';
import { emptyDraft } from './ticket-draft';
import { fileTicketInput, serverFieldProblem, validateDraft, voiceFields } from './ticket-form-values';

const complete = {
  ...emptyDraft('key-1234'),
  accountName: ' 株式会社みなと物流 ',
  segment: CustomerSegment.ENTERPRISE,
  annualContractValue: '１２,０００,０００',
  channel: VoiceChannel.SUPPORT_INQUIRY,
  verbatim: '  請求書の明細が\n文字化けします。  ',
  summary: 'CSV出力で請求書の明細が文字化けする',
  category: TicketCategory.BUG,
  impact: TicketImpact.CHURN_RISK,
  productAreaId: 'area-1',
};

describe('the filing form', () => {
  it('names every missing field, choices as choices', () => {
    expect(validateDraft(emptyDraft('k'), 'ticket')).toEqual({
      accountName: { key: 'required' },
      segment: { key: 'requiredChoice' },
      channel: { key: 'requiredChoice' },
      verbatim: { key: 'required' },
      summary: { key: 'required' },
      category: { key: 'requiredChoice' },
      impact: { key: 'requiredChoice' },
      productAreaId: { key: 'requiredChoice' },
    });
  });

  it('needs only the customer and their words to add a voice', () => {
    const voiceOnly = { ...complete, summary: '', category: '' as const, impact: '' as const, productAreaId: '' };
    expect(validateDraft(voiceOnly, 'voice')).toEqual({});
    expect(validateDraft(voiceOnly, 'ticket')).toHaveProperty('summary');
  });

  it('checks lengths as people count characters, and the contract value', () => {
    expect(validateDraft({ ...complete, summary: '字'.repeat(201) }, 'ticket')).toEqual({
      summary: { key: 'tooLong', values: { max: 200 } },
    });
    expect(validateDraft({ ...complete, annualContractValue: '-1' }, 'ticket')).toEqual({ annualContractValue: { key: 'acv.negative' } });
  });

  it('sends trimmed text, whole yen, no empty optional fields, and the draft’s key', () => {
    expect(fileTicketInput(complete)).toEqual({
      accountName: '株式会社みなと物流',
      segment: 'ENTERPRISE',
      annualContractValue: 12_000_000,
      contactRole: null,
      channel: 'SUPPORT_INQUIRY',
      verbatim: '請求書の明細が\n文字化けします。',
      externalReference: null,
      idempotencyKey: 'key-1234',
      summary: 'CSV出力で請求書の明細が文字化けする',
      category: 'BUG',
      impact: 'CHURN_RISK',
      productAreaId: 'area-1',
    });
    expect(voiceFields({ ...complete, annualContractValue: '' }).annualContractValue).toBeNull();
  });

  it('puts the server’s field errors on their fields in the person’s words', () => {
    expect(serverFieldProblem('verbatim', 'must not be empty')).toEqual({ field: 'verbatim', problem: { key: 'required' } });
    expect(serverFieldProblem('productAreaId', 'is not a product area')).toEqual({
      field: 'productAreaId',
      problem: { key: 'unknownArea' },
    });
    expect(serverFieldProblem('annualContractValue', 'must not be negative').problem.key).toBe('acv.negative');
    expect(serverFieldProblem('summary', 'must be at most 200 characters').problem).toEqual({ key: 'tooLong', values: { max: 200 } });
    expect(serverFieldProblem('ticketId', 'was merged elsewhere')).toEqual({ field: null, problem: { key: 'invalid' } });
  });
});
