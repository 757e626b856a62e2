import { Locale } from '@kakehashi/shared-contracts';
import { buildDigestMail, type DigestEdition } from './digest-mail';

const edition = (n: number, fields: Partial<DigestEdition> = {}): DigestEdition => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `号 ${n}`,
  summary: `概要 ${n}`,
  publishedAt: new Date(Date.UTC(2026, 10, 1, n)),
  newsletterNameJa: '営業ニュース',
  newsletterNameEn: 'Sales News',
  mustRead: false,
  ...fields,
});

const ja = { email: 'taro@example.test', displayName: '山田 太郎', preferredLocale: Locale.ja };

describe('buildDigestMail', () => {
  it('sends nothing when nothing is unread', () => {
    expect(buildDigestMail(ja, [], 'https://hub.example')).toBeNull();
  });

  it('lists at most 10 unread editions, must-reads first, then newest', () => {
    const editions = Array.from({ length: 12 }, (_, i) => edition(i + 1));
    editions.push(edition(0, { title: '全社方針', mustRead: true }));
    const mail = buildDigestMail(ja, editions, 'https://hub.example/')!;
    expect(mail.to).toBe('taro@example.test');
    expect(mail.subject).toBe('今週の未読ニュースレター（10 件）');
    const titles = [...mail.text.matchAll(/^■ (.*)$/gm)].map((match) => match[1]);
    expect(titles).toHaveLength(10);
    expect(titles[0]).toBe('【必読】全社方針（営業ニュース）');
    expect(titles[1]).toBe('号 12（営業ニュース）');
    expect(mail.text).toContain('https://hub.example/news/editions/00000000-0000-4000-8000-000000000012');
    expect(mail.text).not.toContain('号 3（');
    expect(mail.text).toContain('https://hub.example/profile');
  });

  it('writes in English for English readers and escapes HTML', () => {
    const mail = buildDigestMail(
      { ...ja, preferredLocale: Locale.en, displayName: 'Taro' },
      [edition(1, { title: '<b>Q3</b> wins' })],
      'https://hub.example',
    )!;
    expect(mail.subject).toBe('Your unread newsletters this week (1)');
    expect(mail.text).toContain('■ <b>Q3</b> wins (Sales News)');
    expect(mail.html).toContain('&lt;b&gt;Q3&lt;/b&gt; wins');
    expect(mail.html).not.toContain('<b>Q3');
  });
});
