import {
  EMPTY_STORY,
  emptyOutcomeRow,
  formFieldOf,
  normalizeDecimal,
  storyInput,
  validateStoryForm,
  type StoryFormValues,
} from './story-form-values';

const filled = (changes: Partial<StoryFormValues>): StoryFormValues => ({ ...EMPTY_STORY, title: '定着支援で解約率を半減', ...changes });

describe('story form values', () => {
  it('reads numbers the way people type them', () => {
    expect(normalizeDecimal('')).toBe('');
    expect(normalizeDecimal(' 1,200 ')).toBe('1200');
    expect(normalizeDecimal('８．５')).toBe('8.5');
    expect(normalizeDecimal('−3')).toBe('-3');
    expect(normalizeDecimal('007')).toBe('7');
    expect(normalizeDecimal('0.5')).toBe('0.5');
    expect(normalizeDecimal('8%')).toBeNull();
    expect(normalizeDecimal('1.1234567')).toBeNull();
  });

  it('names what is missing or wrong before saving', () => {
    expect(validateStoryForm(filled({}))).toEqual({});
    expect(validateStoryForm({ ...EMPTY_STORY, verifyIntervalDays: '5' })).toEqual({
      title: 'required',
      verifyIntervalDays: 'intervalRange',
    });
    const outcome = { ...emptyOutcomeRow(), before: 'abc' };
    expect(validateStoryForm(filled({ outcomes: [outcome] }))).toEqual({
      'outcomes.0.label': 'required',
      'outcomes.0.before': 'decimal',
    });
    expect(validateStoryForm(filled({ outcomes: [{ ...emptyOutcomeRow(), label: '解約率' }] }))).toEqual({
      'outcomes.0.after': 'beforeOrAfter',
    });
    expect(validateStoryForm(filled({ quoteAttribution: '情報システム部 部長' }))).toEqual({ quoteText: 'quoteWithoutText' });
  });

  it('sends trimmed content, empty optional fields as null', () => {
    const input = storyInput(
      filled({
        title: '  定着支援で解約率を半減 ',
        accountName: ' 株式会社みなと物流 ',
        industry: 'LOGISTICS',
        outcomes: [{ ...emptyOutcomeRow(), label: ' 解約率 ', before: '８', after: '3', unit: '%', period: '' }],
        coAuthors: [{ id: 'p1', displayName: '伊藤 直樹', displayNameEn: 'Naoki Ito' }],
        verifyIntervalDays: '90',
      }),
    );
    expect(input).toMatchObject({
      title: '定着支援で解約率を半減',
      titleEn: null,
      customer: { accountName: '株式会社みなと物流', industry: 'LOGISTICS', companySize: null, region: null },
      coAuthorIds: ['p1'],
      outcomes: [{ label: '解約率', before: '8', after: '3', unit: '%', period: null }],
      quote: null,
      verifyIntervalDays: 90,
    });
  });

  it('places the server’s field errors on the form’s fields', () => {
    expect(formFieldOf('label')).toBe('outcomes');
    expect(formFieldOf('accountName')).toBe('accountName');
    expect(formFieldOf('text')).toBe('quoteText');
    expect(formFieldOf('challengeHtml')).toBe('challengeHtml');
  });
});
