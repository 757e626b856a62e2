import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JobQueue } from '../jobs/job-queue';
import { type MailTransport, type QueuedMail } from './mail-transport';
import { Mailer, type OutgoingMail } from './mailer';

export const MAIL_SEND_JOB = 'mail.send';
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** Attempts of one mail: an SMTP server down for a while (backing off from JOB_RETRY_DELAY_SECONDS) is ridden out. */
const MAIL_RETRY_LIMIT = 6;
const ADDRESS = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/;
const SUBJECT_MAX_LENGTH = 250;
const BODY_MAX_LENGTH = 1_000_000;

/** Mailer through the job queue: enqueue stores the mail, the `mail.send` job sends it (and retries). */
@Injectable()
export class JobMailer extends Mailer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly domain: string;

  constructor(
    private readonly jobs: JobQueue,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.domain = /@([^>\s]+)>?$/.exec(config.mail.from)?.[1] ?? 'kakehashi.example';
  }

  onModuleInit(): void {
    this.jobs.work<QueuedMail>(MAIL_SEND_JOB, (mail) => this.deliver(mail));
    this.logger.log(`mail goes to ${this.transport.description}`);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  async enqueue(mail: OutgoingMail): Promise<void> {
    assertMail(mail);
    const queued: QueuedMail = {
      to: mail.to.trim(),
      subject: mail.subject,
      text: mail.text,
      ...(mail.html !== undefined ? { html: mail.html } : {}),
      messageId: `<${randomUUID()}@${this.domain}>`,
      queuedAt: new Date().toISOString(),
    };
    await this.jobs.send(MAIL_SEND_JOB, queued, { retryLimit: MAIL_RETRY_LIMIT });
  }

  private async deliver(mail: QueuedMail): Promise<void> {
    try {
      await this.transport.deliver(mail);
    } catch (error) {
      const responseCode = (error as { responseCode?: unknown }).responseCode;
      // 5xx: the server refuses this mail for good (unknown mailbox, policy); trying again changes nothing.
      if (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600) {
        this.logger.error(`mail ${mail.messageId} to ${mail.to} refused for good (${responseCode}): ${(error as Error).message}`);
        return;
      }
      throw error;
    }
  }
}

/** Bad mails are the calling code's bug: refused at enqueue, naming the field, not at a job's retries. */
function assertMail(mail: OutgoingMail): void {
  const problems: string[] = [];
  if (typeof mail.to !== 'string' || !ADDRESS.test(mail.to.trim()))
    problems.push(`to must be one e-mail address (got "${String(mail.to)}")`);
  if (typeof mail.subject !== 'string' || mail.subject.trim() === '') problems.push('subject must not be empty');
  else if (/[\r\n]/.test(mail.subject)) problems.push('subject must be one line');
  else if (mail.subject.length > SUBJECT_MAX_LENGTH) problems.push(`subject must be at most ${SUBJECT_MAX_LENGTH} characters`);
  if (typeof mail.text !== 'string' || mail.text.trim() === '') problems.push('text must not be empty');
  else if (mail.text.length > BODY_MAX_LENGTH) problems.push(`text must be at most ${BODY_MAX_LENGTH} characters`);
  if (mail.html !== undefined && (typeof mail.html !== 'string' || mail.html.length > BODY_MAX_LENGTH))
    problems.push(`html must be a string of at most ${BODY_MAX_LENGTH} characters`);
  if (problems.length > 0) throw new Error(`Mailer.enqueue: ${problems.join('; ')}.`);
}
