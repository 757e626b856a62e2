import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { AppConfig } from '../config/config';
import { redact } from '../config/config';

/** A mail as the job carries it: composed at enqueue, so a retry sends the very same message. */
export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** `<uuid@domain>`: the same on every attempt, so a receiver can drop a duplicate. */
  messageId: string;
  /** ISO instant of enqueue: the Date header and the outbox file's name. */
  queuedAt: string;
}

/** Where mail goes: an SMTP server, or files in the outbox folder. */
export interface MailTransport {
  readonly description: string;
  deliver(mail: QueuedMail): Promise<void>;
  close(): void;
}

function message(from: string, mail: QueuedMail): Mail.Options {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
    messageId: mail.messageId,
    date: new Date(mail.queuedAt),
    // RFC 3834: automatic mail; out-of-office replies should not answer it.
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

export class SmtpMailTransport implements MailTransport {
  readonly description: string;
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.description = `SMTP ${redact(url)}`;
    // Pooled: a digest sends many mails, each job would otherwise open a connection.
    this.transporter = nodemailer.createTransport({ url, pool: true, maxConnections: 2 });
  }

  async deliver(mail: QueuedMail): Promise<void> {
    await this.transporter.sendMail(message(this.from, mail));
  }

  close(): void {
    this.transporter.close();
  }
}

/** Development: each mail becomes a readable .eml file (open it in any mail program). */
export class OutboxMailTransport implements MailTransport {
  readonly description: string;
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(
    private readonly directory: string,
    private readonly from: string,
  ) {
    this.description = `files in ${directory}`;
  }

  async deliver(mail: QueuedMail): Promise<void> {
    const { message: raw } = (await this.composer.sendMail(message(this.from, mail))) as { message: Buffer };
    await mkdir(this.directory, { recursive: true });
    const file = path.join(this.directory, outboxFileName(mail));
    // Written aside and renamed: a reader never sees half a mail; a retry overwrites the same file.
    const partial = `${file}.partial`;
    await writeFile(partial, raw);
    await rename(partial, file);
  }

  close(): void {
    this.composer.close();
  }
}

/** `20260105T093000123Z_sato@example.com_週報-1月第1週_1a2b3c.eml`: when, to whom, about what. */
export function outboxFileName(mail: QueuedMail): string {
  const stamp = mail.queuedAt.replace(/[-:.]/g, '');
  const recipient = mail.to.replace(/[^A-Za-z0-9@._+-]/g, '_').slice(0, 80);
  const words = mail.subject
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // By code point, not UTF-16 unit: a cut never splits a character.
  const slug = Array.from(words).slice(0, 60).join('').replace(/-+$/, '') || 'no-subject';
  // Two mails to one person with one subject in one millisecond still get two files.
  const unique = mail.messageId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  return `${stamp}_${recipient}_${slug}_${unique}.eml`;
}

export function createMailTransport(config: AppConfig): MailTransport {
  return config.smtpUrl
    ? new SmtpMailTransport(config.smtpUrl, config.mail.from)
    : new OutboxMailTransport(config.mail.outboxDir, config.mail.from);
}
