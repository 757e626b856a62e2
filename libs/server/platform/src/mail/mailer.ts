export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Mail through the job queue: SMTP when SMTP_URL is set, files under .data/outbox otherwise. */
export abstract class Mailer {
  /** Queues the mail (sent and retried by a job); returns once it is safely queued. */
  abstract enqueue(mail: OutgoingMail): Promise<void>;
}
