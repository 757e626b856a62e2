import type { CustomerSegment, TicketCategory, TicketImpact, TicketStatus, VoiceChannel } from '@kakehashi/shared-contracts';
import { ticketCode } from '../common/paths';
import type { CustomerVoice, Ticket, TicketRef } from './ticket.model';

/** A ticket's columns as every read selects them (never the voices' text or the search vectors). */
export const TICKET_COLUMNS = `t.id, t.number, t.status, t.summary, t.category, t.impact, t.product_area_id, t.theme, t.owner_id, t.filer_id,
  t.merged_into_id, t.decline_reason, t.goal_ids, t.story_ids, t.voice_count, t.customer_count, t.revenue_at_stake::float8 AS revenue_at_stake,
  t.segments, t.filed_at, t.triage_due_at, t.first_triaged_at, t.status_changed_at, t.updated_at, t.version`;

export interface TicketRow {
  id: string;
  number: number;
  status: string;
  summary: string;
  category: string;
  impact: string;
  product_area_id: string | null;
  theme: string | null;
  owner_id: string | null;
  filer_id: string;
  merged_into_id: string | null;
  decline_reason: string | null;
  goal_ids: string[];
  story_ids: string[];
  voice_count: number;
  customer_count: number;
  revenue_at_stake: number;
  segments: string[];
  filed_at: Date;
  triage_due_at: Date;
  first_triaged_at: Date | null;
  status_changed_at: Date;
  updated_at: Date;
  version: number;
}

export function toTicket(row: TicketRow, now = new Date()): Ticket {
  return {
    id: row.id,
    number: row.number,
    code: ticketCode(row.number),
    status: row.status as TicketStatus,
    summary: row.summary,
    category: row.category as TicketCategory,
    impact: row.impact as TicketImpact,
    productAreaId: row.product_area_id,
    theme: row.theme,
    ownerId: row.owner_id,
    filerId: row.filer_id,
    mergedIntoId: row.merged_into_id,
    declineReason: row.decline_reason,
    goalIds: row.goal_ids,
    storyIds: row.story_ids,
    voiceCount: row.voice_count,
    customerCount: row.customer_count,
    revenueAtStake: Number(row.revenue_at_stake),
    segments: row.segments as CustomerSegment[],
    filedAt: row.filed_at,
    triageDueAt: row.triage_due_at,
    firstTriagedAt: row.first_triaged_at,
    triageOverdue: row.status === 'NEW' && row.triage_due_at.getTime() < now.getTime(),
    statusChangedAt: row.status_changed_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export const toTicketRef = (ticket: Ticket): TicketRef => ({
  id: ticket.id,
  number: ticket.number,
  code: ticket.code,
  summary: ticket.summary,
  status: ticket.status,
});

export const VOICE_COLUMNS = `v.id, v.ticket_id, v.original_ticket_id, v.filer_id, v.account_name, v.segment,
  v.annual_contract_value::float8 AS annual_contract_value, v.contact_role, v.channel, v.verbatim, v.external_reference, v.created_at`;

export interface VoiceRow {
  id: string;
  ticket_id: string;
  original_ticket_id: string;
  filer_id: string;
  account_name: string;
  segment: string;
  annual_contract_value: number | null;
  contact_role: string | null;
  channel: string;
  verbatim: string;
  external_reference: string | null;
  created_at: Date;
}

export const toVoice = (row: VoiceRow): CustomerVoice => ({
  id: row.id,
  ticketId: row.ticket_id,
  originalTicketId: row.original_ticket_id,
  filerId: row.filer_id,
  accountName: row.account_name,
  segment: row.segment as CustomerSegment,
  annualContractValue: row.annual_contract_value === null ? null : Number(row.annual_contract_value),
  contactRole: row.contact_role,
  channel: row.channel as VoiceChannel,
  verbatim: row.verbatim,
  externalReference: row.external_reference,
  createdAt: row.created_at,
});
