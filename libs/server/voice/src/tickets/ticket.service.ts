import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TicketStatus } from '@kakehashi/shared-contracts';
import {
  APP_CONFIG,
  type AppConfig,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  firstRow,
  modifiedRows,
  NotFoundError,
  type Viewer,
} from '@kakehashi/server-platform';
import { ProductAreaService } from '../product-areas/product-area.service';
import { VoiceLexicon } from '../search/voice-lexicon';
import { VoiceCountsCache } from '../search/voice-search-cache';
import { triageDueAt } from '../triage/business-days';
import { TicketActivityKind } from '../common/enums';
import { accountKey, refreshTicketCounters } from '../voices/ticket-counters';
import type { AddVoiceInput, FileTicketInput, UpdateTicketInput, VoiceFieldsInput } from './dto/file-ticket.input';
import { TICKET_COLUMNS, type TicketRow, toTicket, toVoice, VOICE_COLUMNS, type VoiceRow } from './ticket-mapper';
import type { CustomerVoice, Ticket } from './ticket.model';

/** A concurrent retry with the same idempotency key won: this attempt is undone and answers with that one's result. */
class RetryAsReplay extends Error {}

/**
 * Filing (a ticket with its first voice), +1 voices on an existing ticket, the filer's own
 * edits while the ticket is new, and reading tickets. Every filing write carries the filer's
 * idempotency key: a retry (even two at once) writes once and answers with the first result.
 */
@Injectable()
export class TicketService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly productAreas: ProductAreaService,
    private readonly lexicon: VoiceLexicon,
    private readonly counts: VoiceCountsCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async file(viewer: Viewer, input: FileTicketInput): Promise<Ticket> {
    const replay = await this.replayed(viewer, input.idempotencyKey);
    if (replay) return replay;
    const summary = requiredText(input.summary, 'summary');
    const voice = cleanVoice(input);
    await this.productAreas.assertFileable(input.productAreaId);
    const now = new Date();
    const ticketId = await this.writeOnce(viewer, input.idempotencyKey, async (manager) => {
      const ticket = firstRow<{ id: string }>(
        await manager.query(
          `INSERT INTO voice_tickets (summary, category, impact, product_area_id, filer_id, filed_at, triage_due_at, status_changed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $6) RETURNING id`,
          [
            summary,
            input.category,
            input.impact,
            input.productAreaId.toLowerCase(),
            viewer.personId,
            now,
            triageDueAt(now, this.config.voiceTriageTargetDays),
          ],
        ),
      )!;
      if (!(await this.insertVoice(manager, viewer, ticket.id, voice, input.idempotencyKey))) return null;
      await this.addEvent(manager, ticket.id, TicketActivityKind.FILED, viewer.personId);
      await refreshTicketCounters(manager, [ticket.id]);
      await this.lexicon.add(manager, [summary, voice.accountName, voice.verbatim]);
      return ticket.id;
    });
    return this.byId(ticketId);
  }

  /** This customer's voice on an existing ticket (+1). A merged ticket's voice goes to the ticket it was merged into. */
  async addVoice(viewer: Viewer, input: AddVoiceInput): Promise<Ticket> {
    const replay = await this.replayed(viewer, input.idempotencyKey);
    if (replay) return replay;
    const voice = cleanVoice(input);
    const target = await this.surviving(await this.byId(input.ticketId));
    const ticketId = await this.writeOnce(viewer, input.idempotencyKey, async (manager) => {
      await manager.query('SELECT 1 FROM voice_tickets WHERE id = $1 FOR UPDATE', [target.id]);
      const voiceId = await this.insertVoice(manager, viewer, target.id, voice, input.idempotencyKey);
      if (!voiceId) return null;
      await this.addEvent(manager, target.id, TicketActivityKind.VOICE_ADDED, viewer.personId, { voiceId });
      await refreshTicketCounters(manager, [target.id]);
      await manager.query('UPDATE voice_tickets SET updated_at = now() WHERE id = $1', [target.id]);
      await this.lexicon.add(manager, [voice.accountName, voice.verbatim]);
      return target.id;
    });
    return this.byId(ticketId);
  }

  /** The filer's own edit while the ticket is new (product has not looked yet). */
  async update(viewer: Viewer, input: UpdateTicketInput): Promise<Ticket> {
    const ticket = await this.byId(input.ticketId);
    if (!canEditAsFiler(viewer, ticket)) {
      throw new ForbiddenError('Only the filer edits a ticket, and only until product has triaged it.');
    }
    const summary = input.summary === undefined ? ticket.summary : requiredText(input.summary, 'summary');
    const verbatim = input.verbatim === undefined ? null : requiredText(input.verbatim, 'verbatim');
    if (input.productAreaId !== undefined && input.productAreaId.toLowerCase() !== ticket.productAreaId) {
      await this.productAreas.assertFileable(input.productAreaId);
    }
    await this.dataSource.transaction(async (manager) => {
      const updated = modifiedRows(
        await manager.query(
          `UPDATE voice_tickets SET summary = $3, category = $4, impact = $5, product_area_id = $6, version = version + 1, updated_at = now()
           WHERE id = $1 AND version = $2 AND status = 'NEW' RETURNING id`,
          [
            ticket.id,
            input.version,
            summary,
            input.category ?? ticket.category,
            input.impact ?? ticket.impact,
            input.productAreaId?.toLowerCase() ?? ticket.productAreaId,
          ],
        ),
      );
      if (updated.length === 0) throw staleTicket(input.version);
      if (verbatim !== null) {
        await manager.query(
          `UPDATE customer_voices SET verbatim = $2
           WHERE id = (SELECT id FROM customer_voices WHERE original_ticket_id = $1 ORDER BY created_at, id LIMIT 1) AND filer_id = $3`,
          [ticket.id, verbatim, viewer.personId],
        );
        await refreshTicketCounters(manager, [ticket.id]);
      }
      await this.addEvent(manager, ticket.id, TicketActivityKind.EDITED, viewer.personId);
    });
    this.counts.invalidate();
    return this.byId(ticket.id);
  }

  async byId(id: string): Promise<Ticket> {
    const [ticket] = await this.byIds([id]);
    if (!ticket) throw new NotFoundError('Ticket', id);
    return ticket;
  }

  /** Tickets by id, in no particular order; unknown ids are left out. */
  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Ticket[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<TicketRow[]>(`SELECT ${TICKET_COLUMNS} FROM voice_tickets t WHERE t.id = ANY($1::uuid[])`, [
      ids.map((id) => id.toLowerCase()),
    ]);
    const now = new Date();
    return rows.map((row) => toTicket(row, now));
  }

  /** Tickets matching a condition on `t`, in the given order. */
  async select(where: string, params: unknown[], orderBy: string, limit: number): Promise<Ticket[]> {
    const rows = await this.dataSource.query<TicketRow[]>(
      `SELECT ${TICKET_COLUMNS} FROM voice_tickets t WHERE ${where} ORDER BY ${orderBy} LIMIT ${Number(limit)}`,
      params,
    );
    const now = new Date();
    return rows.map((row) => toTicket(row, now));
  }

  /** The voices on these tickets, oldest first, grouped by the caller. */
  async voicesOf(ticketIds: readonly string[]): Promise<CustomerVoice[]> {
    const rows = await this.dataSource.query<VoiceRow[]>(
      `SELECT ${VOICE_COLUMNS} FROM customer_voices v WHERE v.ticket_id = ANY($1::uuid[]) ORDER BY v.created_at, v.id`,
      [ticketIds],
    );
    return rows.map(toVoice);
  }

  /** The ticket a merged one was merged into (following a chain), or the ticket itself. */
  async surviving(ticket: Ticket): Promise<Ticket> {
    let current = ticket;
    for (let hops = 0; current.status === TicketStatus.MERGED && current.mergedIntoId && hops < 10; hops++) {
      current = await this.byId(current.mergedIntoId);
    }
    return current;
  }

  /** Adds a line to the ticket's history. */
  async addEvent(
    manager: EntityManager,
    ticketId: string,
    kind: TicketActivityKind,
    actorId: string | null,
    data: Record<string, unknown> = {},
    extra: { fromStatus?: string | null; toStatus?: string | null; otherTicketId?: string | null; internal?: boolean } = {},
  ): Promise<string> {
    const row = firstRow<{ id: string }>(
      await manager.query(
        `INSERT INTO ticket_events (ticket_id, kind, actor_id, from_status, to_status, other_ticket_id, internal, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          ticketId,
          kind,
          actorId,
          extra.fromStatus ?? null,
          extra.toStatus ?? null,
          extra.otherTicketId ?? null,
          extra.internal ?? false,
          JSON.stringify(data),
        ],
      ),
    );
    return row!.id;
  }

  private async replayed(viewer: Viewer, idempotencyKey: string): Promise<Ticket | null> {
    const rows = await this.dataSource.query<{ ticket_id: string }[]>(
      'SELECT ticket_id FROM customer_voices WHERE filer_id = $1 AND idempotency_key = $2',
      [viewer.personId, idempotencyKey],
    );
    return rows[0] ? this.byId(rows[0].ticket_id) : null;
  }

  /**
   * Runs a filing write in a transaction. When a concurrent request with the same key got
   * there first (the write returns null or the key's unique index refuses it), this one is
   * rolled back and answers with that one's ticket.
   */
  private async writeOnce(
    viewer: Viewer,
    idempotencyKey: string,
    write: (manager: EntityManager) => Promise<string | null>,
  ): Promise<string> {
    const written = await this.dataSource
      .transaction(async (manager) => {
        const id = await write(manager);
        if (id === null) throw new RetryAsReplay();
        return id;
      })
      .catch((error: unknown) => {
        if (error instanceof RetryAsReplay) return null;
        throw error;
      });
    this.counts.invalidate();
    if (written) return written;
    const first = await this.replayed(viewer, idempotencyKey);
    if (!first) throw new ConflictError('This filing was retried while the first attempt failed. Try again.');
    return first.id;
  }

  /** The voice's row, or null when the filer's idempotency key is already used (a concurrent retry). */
  private async insertVoice(
    manager: EntityManager,
    viewer: Viewer,
    ticketId: string,
    voice: CleanVoice,
    idempotencyKey: string,
  ): Promise<string | null> {
    const row = firstRow<{ id: string }>(
      await manager.query(
        `INSERT INTO customer_voices (ticket_id, original_ticket_id, filer_id, account_name, account_key, segment, annual_contract_value,
           contact_role, channel, verbatim, external_reference, idempotency_key)
         VALUES ($1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (filer_id, idempotency_key) DO NOTHING RETURNING id`,
        [
          ticketId,
          viewer.personId,
          voice.accountName,
          accountKey(voice.accountName),
          voice.segment,
          voice.annualContractValue,
          voice.contactRole,
          voice.channel,
          voice.verbatim,
          voice.externalReference,
          idempotencyKey,
        ],
      ),
    );
    return row?.id ?? null;
  }
}

/** The filer edits their own ticket while it is new. */
export function canEditAsFiler(viewer: Viewer, ticket: Ticket): boolean {
  return ticket.filerId === viewer.personId && ticket.status === TicketStatus.NEW;
}

export function staleTicket(version: number | undefined): ConflictError {
  return new ConflictError(`This ticket was changed elsewhere (you edited version ${version}). Reload and try again.`);
}

function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw BadUserInputError.field(field, 'must not be empty');
  return text;
}

interface CleanVoice {
  accountName: string;
  segment: string;
  annualContractValue: number | null;
  contactRole: string | null;
  channel: string;
  verbatim: string;
  externalReference: string | null;
}

/** A voice's fields trimmed; every empty required one named at once. */
function cleanVoice(input: VoiceFieldsInput): CleanVoice {
  const problems: { field: string; message: string }[] = [];
  const accountName = input.accountName.trim().replace(/\s+/g, ' ');
  if (!accountName) problems.push({ field: 'accountName', message: 'must not be empty' });
  // The customer's words are kept as said: only surrounding blank lines go.
  const verbatim = input.verbatim.replace(/^\s*\n|\n\s*$/g, '').trimEnd();
  if (!verbatim.trim()) problems.push({ field: 'verbatim', message: 'must not be empty' });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return {
    accountName,
    segment: input.segment,
    annualContractValue: input.annualContractValue ?? null,
    contactRole: input.contactRole?.trim() || null,
    channel: input.channel,
    verbatim,
    externalReference: input.externalReference?.trim() || null,
  };
}
