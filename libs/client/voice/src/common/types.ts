import type { TicketDetailFragment, TicketRowFragment, VoiceProductAreaFragment } from '@kakehashi/client-platform';

/** A ticket as lists show it. */
export type TicketSummary = TicketRowFragment;
/** A ticket as its page shows it. */
export type TicketDetails = TicketDetailFragment;
export type TicketVoice = TicketDetails['voices'][number];
export type TicketActivityEntry = TicketDetails['timeline'][number];
export type ProductAreaOption = VoiceProductAreaFragment;
