import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Notifier } from '@kakehashi/server-platform';
import { TICKET_STATUS_LABELS } from '../common/labels';
import { ticketCode, ticketLink } from '../common/paths';
import type { Ticket } from '../tickets/ticket.model';

/** Summaries in a notification's title are cut here. */
const TITLE_SUMMARY_MAX = 40;
/** Replies quoted in a notification's body are cut here. */
const BODY_MAX = 300;

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Closes the loop: the filer and everyone who added a voice hear of every status change and
 * reply, in the bell and by mail, in their language. Recipients are distinct people (whoever
 * is on a ticket and its merged duplicates hears once), never the person who acted.
 */
@Injectable()
export class TicketNotifier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  /** Everyone who filed or added a voice now on these tickets. */
  async subscribers(ticketIds: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ filer_id: string }[]>(
      'SELECT DISTINCT filer_id FROM customer_voices WHERE ticket_id = ANY($1::uuid[])',
      [ticketIds],
    );
    return rows.map((row) => row.filer_id);
  }

  async statusChanged(ticket: Ticket, eventId: string, actorId: string, recipients?: readonly string[]): Promise<void> {
    const label = TICKET_STATUS_LABELS[ticket.status];
    const summary = cut(ticket.summary, TITLE_SUMMARY_MAX);
    await this.notifier.notify({
      recipientIds: [...(recipients ?? (await this.subscribers([ticket.id])))],
      kind: 'voice.statusChanged',
      title: {
        ja: `${ticketCode(ticket.number)}「${summary}」は「${label.ja}」になりました`,
        en: `${ticketCode(ticket.number)} "${summary}" is now ${label.en}`,
      },
      body:
        ticket.declineReason && ticket.status === 'DECLINED'
          ? { ja: cut(ticket.declineReason, BODY_MAX), en: cut(ticket.declineReason, BODY_MAX) }
          : undefined,
      link: ticketLink(ticket.id),
      actorId,
      mail: true,
      dedupeKey: `voice.status:${eventId}`,
    });
  }

  /** The people of a merged duplicate hear where their voices went. */
  async merged(source: Ticket, target: Ticket, recipients: readonly string[], eventId: string, actorId: string): Promise<void> {
    await this.notifier.notify({
      recipientIds: [...recipients],
      kind: 'voice.merged',
      title: {
        ja: `${ticketCode(source.number)}「${cut(source.summary, TITLE_SUMMARY_MAX)}」は ${ticketCode(target.number)} に統合されました`,
        en: `${ticketCode(source.number)} "${cut(source.summary, TITLE_SUMMARY_MAX)}" was merged into ${ticketCode(target.number)}`,
      },
      body: {
        ja: `今後の状況は ${ticketCode(target.number)}「${cut(target.summary, BODY_MAX)}」でお知らせします。`,
        en: `You will hear about ${ticketCode(target.number)} "${cut(target.summary, BODY_MAX)}" from now on.`,
      },
      link: ticketLink(target.id),
      actorId,
      mail: true,
      dedupeKey: `voice.merged:${eventId}`,
    });
  }

  async replied(ticket: Ticket, commentId: string, body: string, actorId: string): Promise<void> {
    const recipients = await this.subscribers([ticket.id]);
    if (ticket.ownerId) recipients.push(ticket.ownerId);
    await this.notifier.notify({
      recipientIds: recipients,
      kind: 'voice.reply',
      title: {
        ja: `${ticketCode(ticket.number)}「${cut(ticket.summary, TITLE_SUMMARY_MAX)}」に返信がありました`,
        en: `New reply on ${ticketCode(ticket.number)} "${cut(ticket.summary, TITLE_SUMMARY_MAX)}"`,
      },
      body: { ja: cut(body, BODY_MAX), en: cut(body, BODY_MAX) },
      link: ticketLink(ticket.id),
      actorId,
      mail: true,
      dedupeKey: `voice.reply:${commentId}`,
    });
  }

  /** An internal note reaches the ticket's owner only (product's own conversation). */
  async noted(ticket: Ticket, commentId: string, body: string, actorId: string): Promise<void> {
    if (!ticket.ownerId) return;
    await this.notifier.notify({
      recipientIds: [ticket.ownerId],
      kind: 'voice.note',
      title: {
        ja: `${ticketCode(ticket.number)} に社内メモが追加されました`,
        en: `Internal note on ${ticketCode(ticket.number)}`,
      },
      body: { ja: cut(body, BODY_MAX), en: cut(body, BODY_MAX) },
      link: ticketLink(ticket.id),
      actorId,
      dedupeKey: `voice.note:${commentId}`,
    });
  }

  /** Assigned as a ticket's owner. */
  async assigned(ticket: Ticket, eventId: string, actorId: string): Promise<void> {
    if (!ticket.ownerId) return;
    await this.notifier.notify({
      recipientIds: [ticket.ownerId],
      kind: 'voice.assigned',
      title: {
        ja: `${ticketCode(ticket.number)}「${cut(ticket.summary, TITLE_SUMMARY_MAX)}」の担当になりました`,
        en: `You now own ${ticketCode(ticket.number)} "${cut(ticket.summary, TITLE_SUMMARY_MAX)}"`,
      },
      link: ticketLink(ticket.id),
      actorId,
      dedupeKey: `voice.assigned:${eventId}`,
    });
  }
}
