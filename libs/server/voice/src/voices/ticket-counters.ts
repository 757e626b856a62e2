import type { EntityManager } from 'typeorm';

/** Company-form words that do not tell customers apart (株式会社 ABC = ABC Co., Ltd. = ＡＢＣ). */
const COMPANY_FORMS =
  /株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|医療法人|社会福祉法人|学校法人|\(株\)|\(有\)|㈱|㈲|\b(?:co|corp|corporation|inc|ltd|llc|plc|gmbh|kk|k\.k)\b\.?/g;

/**
 * One customer however the account name is typed: NFKC (full/half width), lower case,
 * company forms, spaces and punctuation dropped. Falls back to the plain normalized name
 * when nothing else is left.
 */
export function accountKey(accountName: string): string {
  const normalized = accountName.normalize('NFKC').toLowerCase().trim();
  const key = normalized
    .replace(COMPANY_FORMS, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .trim();
  return key || normalized.replace(/\s+/g, '');
}

/** Characters of voices' text a ticket's search keeps (verbatims beyond it are still shown, not searched). */
export const VOICE_TEXT_SEARCH_MAX = 100_000;

/**
 * Recomputes what a ticket keeps over its voices: voice count, distinct customers, revenue
 * at stake (each account's largest annual contract value, once), segments, and the text
 * search reads. One statement for any number of tickets (all of them when `ticketIds` is null).
 */
export async function refreshTicketCounters(manager: EntityManager, ticketIds: readonly string[] | null): Promise<void> {
  await manager.query(
    `WITH accounts AS (
       SELECT v.ticket_id, v.account_key, max(v.annual_contract_value) AS value
       FROM customer_voices v WHERE ($1::uuid[] IS NULL OR v.ticket_id = ANY($1::uuid[]))
       GROUP BY v.ticket_id, v.account_key),
     totals AS (
       SELECT v.ticket_id, count(*)::int AS voices, array_agg(DISTINCT v.segment ORDER BY v.segment) AS segments,
         left(string_agg(v.account_name || ' ' || v.verbatim, ' ' ORDER BY v.created_at, v.id), ${VOICE_TEXT_SEARCH_MAX}) AS text
       FROM customer_voices v WHERE ($1::uuid[] IS NULL OR v.ticket_id = ANY($1::uuid[]))
       GROUP BY v.ticket_id),
     revenue AS (SELECT ticket_id, count(*)::int AS customers, coalesce(sum(value), 0) AS revenue FROM accounts GROUP BY ticket_id)
     UPDATE voice_tickets t
     SET voice_count = coalesce(totals.voices, 0), customer_count = coalesce(revenue.customers, 0),
         revenue_at_stake = coalesce(revenue.revenue, 0), segments = coalesce(totals.segments, '{}'),
         voice_text = coalesce(totals.text, '')
     FROM voice_tickets t2
     LEFT JOIN totals ON totals.ticket_id = t2.id
     LEFT JOIN revenue ON revenue.ticket_id = t2.id
     WHERE t.id = t2.id AND ($1::uuid[] IS NULL OR t2.id = ANY($1::uuid[]))`,
    [ticketIds],
  );
}
