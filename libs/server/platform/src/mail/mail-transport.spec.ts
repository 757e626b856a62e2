import { outboxFileName, type QueuedMail } from './mail-transport';

const MAIL: QueuedMail = {
  to: 'aiko.sato@example.test',
  subject: 'Weekly: Sales & Support',
  text: 'Hello',
  messageId: '<5f0c2a1e-0000-4000-8000-000000000001@kakehashi.example>',
  queuedAt: '2026-01-05T09:30:00.123Z',
};

describe('outboxFileName', () => {
  it('names the file by time, recipient and a slug of the subject', () => {
    expect(outboxFileName(MAIL)).toBe('20260105T093000123Z_aiko.sato@example.test_Weekly-Sales-Support_5f0c2a1e.eml');
  });

  it('keeps Japanese words, folds full-width forms and drops punctuation', () => {
    expect(outboxFileName({ ...MAIL, subject: '【営業部】週報　ＡＢＣ／１月' })).toContain('_営業部-週報-ABC-1月_');
  });

  it('never lets the recipient or subject leave the folder or break the name', () => {
    const name = outboxFileName({ ...MAIL, to: '../../etc/passwd@x.test', subject: '../../secret' });
    expect(name).not.toContain('/');
    expect(name).toBe('20260105T093000123Z_.._.._etc_passwd@x.test_secret_5f0c2a1e.eml');
  });

  it('cuts a long subject at 60 characters without splitting one, and names a subject of punctuation', () => {
    const long = outboxFileName({ ...MAIL, subject: '𩸽'.repeat(80) });
    expect(long).toContain(`_${'𩸽'.repeat(60)}_`);
    expect(outboxFileName({ ...MAIL, subject: '!!!' })).toContain('_no-subject_');
  });

  it('gives two mails of one millisecond, recipient and subject two names', () => {
    const other = outboxFileName({ ...MAIL, messageId: '<9a9a9a9a-0000-4000-8000-000000000002@kakehashi.example>' });
    expect(other).not.toBe(outboxFileName(MAIL));
  });
});
