import { Locale } from '@kakehashi/shared-contracts';
import type { OutgoingMail } from '../mail/mailer';
import type { LocalizedText } from './notifier';

export interface NotificationMailContent {
  title: LocalizedText;
  body?: LocalizedText | null;
  /** A path of the web app. */
  link: string;
}

const WORDING = {
  [Locale.ja]: { open: '開く', footer: 'Kakehashi からのお知らせです。通知はアプリのベルからも確認できます。' },
  [Locale.en]: { open: 'Open', footer: 'A notification from Kakehashi. You can also find it under the bell in the app.' },
} as const;

/** The web app's path as a link a mail reader can follow. */
export function absoluteLink(publicUrl: string, link: string): string {
  return new URL(link, `${publicUrl.replace(/\/$/, '')}/`).toString();
}

/** One line: a title with a line break would otherwise spill into the mail's headers or body. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The mail of one notification, in the recipient's language (plain text: every client shows it). */
export function renderNotificationMail(to: string, content: NotificationMailContent, locale: Locale, publicUrl: string): OutgoingMail {
  const language = locale === Locale.en ? Locale.en : Locale.ja;
  const wording = WORDING[language];
  const title = oneLine(content.title[language]);
  const body = content.body?.[language]?.trim();
  const lines = [title, ''];
  if (body) lines.push(body, '');
  lines.push(`${wording.open}: ${absoluteLink(publicUrl, content.link)}`, '', '--', wording.footer, '');
  return { to, subject: `[Kakehashi] ${title}`, text: lines.join('\n') };
}
