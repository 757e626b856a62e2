import { Locale, WEEKLY_DIGEST_EDITIONS_MAX } from '@kakehashi/shared-contracts';
import type { OutgoingMail } from '@kakehashi/server-platform';

export interface DigestEdition {
  id: string;
  title: string;
  summary: string;
  publishedAt: Date;
  newsletterNameJa: string;
  newsletterNameEn: string;
  mustRead: boolean;
}

export interface DigestRecipient {
  email: string;
  displayName: string;
  preferredLocale: Locale;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ').trim();

/**
 * A person's weekly digest: at most 10 unread editions, newest first (must-reads first), in
 * their language; null when there is nothing unread (no mail at all then).
 */
export function buildDigestMail(recipient: DigestRecipient, unread: readonly DigestEdition[], publicUrl: string): OutgoingMail | null {
  if (unread.length === 0) return null;
  const editions = [...unread]
    .sort((a, b) => Number(b.mustRead) - Number(a.mustRead) || b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, WEEKLY_DIGEST_EDITIONS_MAX);
  const ja = recipient.preferredLocale === Locale.ja;
  const base = publicUrl.replace(/\/$/, '');
  const link = (id: string) => `${base}/news/editions/${id}`;
  const settings = `${base}/profile`;
  const subject = ja ? `今週の未読ニュースレター（${editions.length} 件）` : `Your unread newsletters this week (${editions.length})`;
  const greeting = ja ? `${recipient.displayName} さん` : `Hello ${recipient.displayName},`;
  const intro = ja ? 'まだ読んでいない今週のニュースレターです。' : "This week's newsletter editions you have not read yet.";
  const mustRead = ja ? '【必読】' : '[Must-read] ';
  const footer = ja
    ? `このメールは毎週月曜日に届きます。配信の停止はプロフィールの設定から変更できます: ${settings}`
    : `This mail comes every Monday. To stop it, change the setting on your profile: ${settings}`;
  const text = [
    greeting,
    '',
    intro,
    '',
    ...editions.flatMap((edition) => [
      `■ ${edition.mustRead ? mustRead : ''}${oneLine(edition.title)}${ja ? `（${edition.newsletterNameJa}）` : ` (${edition.newsletterNameEn})`}`,
      ...(edition.summary ? [oneLine(edition.summary)] : []),
      link(edition.id),
      '',
    ]),
    '--',
    footer,
    '',
  ].join('\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul>',
    ...editions.map(
      (edition) =>
        `<li><a href="${escapeHtml(link(edition.id))}">${escapeHtml((edition.mustRead ? mustRead : '') + oneLine(edition.title))}</a>` +
        ` — ${escapeHtml(ja ? edition.newsletterNameJa : edition.newsletterNameEn)}` +
        (edition.summary ? `<br>${escapeHtml(oneLine(edition.summary))}` : '') +
        '</li>',
    ),
    '</ul>',
    `<p style="color:#666">${escapeHtml(footer.replace(settings, '')).trim()} <a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a></p>`,
  ].join('\n');
  return { to: recipient.email, subject, text, html };
}
