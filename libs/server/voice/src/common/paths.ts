/** Web app paths the domain links to (notifications, mails). */
export const ticketLink = (id: string): string => `/voice/tickets/${id}`;
export const TRIAGE_INBOX_LINK = '/voice/inbox';
export const MY_TICKETS_LINK = '/voice/mine';

/** How people name a ticket: VOC-1234. */
export const ticketCode = (number: number): string => `VOC-${number}`;
