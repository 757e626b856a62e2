import { registerEnumType } from '@nestjs/graphql';
import {
  CustomerSegment,
  TicketCategory,
  TicketCommentKind,
  TicketImpact,
  TicketSort,
  TicketStatus,
  VoiceChannel,
} from '@kakehashi/shared-contracts';

// Registered once, imported by the models that use them.
registerEnumType(CustomerSegment, { name: 'CustomerSegment', description: 'エンタープライズ, 中堅 (mid-market), 中小 (SMB).' });
registerEnumType(VoiceChannel, {
  name: 'VoiceChannel',
  description: 'Where the customer said it: 商談, サポート問い合わせ, アンケート, イベント, その他.',
});
registerEnumType(TicketCategory, { name: 'TicketCategory' });
registerEnumType(TicketImpact, { name: 'TicketImpact', description: 'Worst first: blocks a deal, churn risk, pain, nice to have.' });
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'new → triaged → planned → in progress → shipped; or declined (with a reason), or merged into another ticket.',
});
registerEnumType(TicketSort, { name: 'TicketSort' });
registerEnumType(TicketCommentKind, {
  name: 'TicketCommentKind',
  description: 'A reply reaches the filers; an internal note only product.',
});

/** What a ticket's timeline shows. */
export enum TicketActivityKind {
  FILED = 'FILED',
  VOICE_ADDED = 'VOICE_ADDED',
  EDITED = 'EDITED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  MERGED_INTO = 'MERGED_INTO',
  MERGED_FROM = 'MERGED_FROM',
  ASSIGNED = 'ASSIGNED',
  PRODUCT_AREA_CHANGED = 'PRODUCT_AREA_CHANGED',
  THEME_CHANGED = 'THEME_CHANGED',
  LINKS_CHANGED = 'LINKS_CHANGED',
  REPLY = 'REPLY',
  INTERNAL_NOTE = 'INTERNAL_NOTE',
}
registerEnumType(TicketActivityKind, { name: 'TicketActivityKind' });

export { CustomerSegment, TicketCategory, TicketCommentKind, TicketImpact, TicketSort, TicketStatus, VoiceChannel };
