/** Text a user reads, in both UI languages; the reader's language picks one. */
export interface LocalizedText {
  ja: string;
  en: string;
}

export interface NotificationInput {
  recipientIds: readonly string[];
  /** What happened, dotted by domain: `newsletter.mention`, `newsletter.mustRead`, … */
  kind: string;
  title: LocalizedText;
  body?: LocalizedText | null;
  /** Where it leads, a path of the web app (e.g. `/news/editions/…`). */
  link: string;
  /** Who caused it (never notified of their own act). */
  actorId?: string | null;
  /** Also mail it (queued), in each recipient's preferred language. */
  mail?: boolean;
  /** One notification per recipient per key: a retried or repeated trigger adds nothing. */
  dedupeKey?: string;
}

/** In-app notifications (the bell, live) and their mails: built once, used by every domain. */
export abstract class Notifier {
  /** Notifies the recipients; the number of notifications actually created. */
  abstract notify(input: NotificationInput): Promise<number>;
}
