import { Locale } from '@kakehashi/shared-contracts';
import { absoluteLink, renderNotificationMail } from './notification-mail';

const content = {
  title: { ja: '必読の号が公開されました', en: 'A must-read edition was published' },
  body: { ja: '営業本部ニュース 11月号', en: 'Sales News, November' },
  link: '/newsletters/editions/abc?from=mail',
};

describe('renderNotificationMail', () => {
  it('writes the mail in Japanese for a Japanese reader, with the link made absolute', () => {
    const mail = renderNotificationMail('taro@example.test', content, Locale.ja, 'https://hub.example.co.jp');
    expect(mail).toEqual({
      to: 'taro@example.test',
      subject: '[Kakehashi] 必読の号が公開されました',
      text: [
        '必読の号が公開されました',
        '',
        '営業本部ニュース 11月号',
        '',
        '開く: https://hub.example.co.jp/newsletters/editions/abc?from=mail',
        '',
        '--',
        'Kakehashi からのお知らせです。通知はアプリのベルからも確認できます。',
        '',
      ].join('\n'),
    });
  });

  it('writes the mail in English for an English reader', () => {
    const mail = renderNotificationMail('ann@example.test', content, Locale.en, 'https://hub.example.com');
    expect(mail.subject).toBe('[Kakehashi] A must-read edition was published');
    expect(mail.text).toContain('Sales News, November');
    expect(mail.text).toContain('Open: https://hub.example.com/newsletters/editions/abc?from=mail');
    expect(mail.text).not.toMatch(/[ぁ-んァ-ン一-龥]/);
  });

  it('leaves out the body when there is none', () => {
    const mail = renderNotificationMail('ann@example.test', { ...content, body: null }, Locale.en, 'http://localhost:3000');
    expect(mail.text.split('\n').slice(0, 3)).toEqual([
      'A must-read edition was published',
      '',
      'Open: http://localhost:3000/newsletters/editions/abc?from=mail',
    ]);
  });

  it('keeps the subject on one line whatever the title holds', () => {
    const mail = renderNotificationMail(
      'ann@example.test',
      { ...content, title: { ja: 'a\r\nb', en: 'line one\nBcc: x@evil.test' } },
      Locale.en,
      'http://localhost:3000',
    );
    expect(mail.subject).toBe('[Kakehashi] line one Bcc: x@evil.test');
  });
});

describe('absoluteLink', () => {
  it('joins the public URL and the path, whatever trailing slash the URL has', () => {
    expect(absoluteLink('https://hub.example.com/', '/a/b')).toBe('https://hub.example.com/a/b');
    expect(absoluteLink('https://hub.example.com', '/a/b#c')).toBe('https://hub.example.com/a/b#c');
  });
});
