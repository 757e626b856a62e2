/** Addresses of the customer-voice pages (the router mounts them under /voice). */
export const VOICE_PATH = '/voice';
export const NEW_TICKET_PATH = '/voice/new';
export const MY_TICKETS_PATH = '/voice/mine';
export const INBOX_PATH = '/voice/inbox';
export const INSIGHTS_PATH = '/voice/insights';
export const ticketPath = (id: string): string => `/voice/tickets/${id}`;
/** Other domains' pages a ticket links to. */
export const goalPath = (id: string): string => `/goals/${id}`;
export const storyPath = (id: string): string => `/stories/${id}`;
export const personPath = (id: string): string => `/people/${id}`;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** What a pasted ticket reference names: an id (a bare id or a ticket's address), a number (VOC-123), or nothing. */
export type TicketReference = { kind: 'id'; id: string } | { kind: 'number'; number: number } | null;

export function parseTicketReference(text: string): TicketReference {
  const trimmed = text.normalize('NFKC').trim();
  const id = UUID.exec(trimmed)?.[0];
  if (id) return { kind: 'id', id: id.toLowerCase() };
  const code = /^(?:VOC[-\s]?|#)?(\d{1,9})$/i.exec(trimmed);
  if (code?.[1]) return { kind: 'number', number: Number(code[1]) };
  return null;
}
