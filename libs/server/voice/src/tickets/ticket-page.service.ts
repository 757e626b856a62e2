import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError, type Viewer } from '@kakehashi/server-platform';
import { canTriage } from '../common/voice-access';
import { type ActivityRow, timelineSql, toActivity } from '../timeline/timeline.service';
import { TICKET_COLUMNS, type TicketRow, toTicket, toVoice, VOICE_COLUMNS, type VoiceRow } from './ticket-mapper';
import type { CustomerVoice, Ticket, TicketActivity } from './ticket.model';

export interface TicketPage {
  ticket: Ticket;
  voices: CustomerVoice[];
  timeline: TicketActivity[];
}

/** The most voices and timeline entries a ticket page shows (the newest ones of the timeline). */
const PAGE_VOICES_MAX = 500;
const PAGE_TIMELINE_MAX = 200;

/**
 * A ticket page's own data in one statement: the ticket, its voices and its timeline (the
 * viewer's view of it). People, linked tickets, goals and stories follow in one batch each.
 */
@Injectable()
export class TicketPageService {
  constructor(private readonly dataSource: DataSource) {}

  async read(viewer: Viewer, id: string): Promise<TicketPage> {
    const [row] = await this.dataSource.query<(TicketRow & { voices: VoiceRow[]; timeline: ActivityRow[] })[]>(
      `SELECT ${TICKET_COLUMNS},
         (SELECT coalesce(json_agg(v ORDER BY v.created_at, v.id), '[]') FROM (
            SELECT ${VOICE_COLUMNS} FROM customer_voices v WHERE v.ticket_id = t.id ORDER BY v.created_at, v.id LIMIT ${PAGE_VOICES_MAX}) v) AS voices,
         (SELECT coalesce(json_agg(e ORDER BY e.created_at, e.id), '[]') FROM (
            SELECT * FROM (${timelineSql('ARRAY[t.id]', '$2')}) x ORDER BY created_at DESC, id DESC LIMIT ${PAGE_TIMELINE_MAX}) e) AS timeline
       FROM voice_tickets t WHERE t.id = $1`,
      [id, canTriage(viewer)],
    );
    if (!row) throw new NotFoundError('Ticket', id);
    return {
      ticket: toTicket(row),
      voices: row.voices.map((voice) => toVoice({ ...voice, created_at: new Date(voice.created_at) })),
      timeline: row.timeline.map(toActivity),
    };
  }
}
