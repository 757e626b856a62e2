import { ProductAreaEntity } from './product-areas/product-area.entity';
import { VoiceSearchTermEntity } from './search/voice-search-term.entity';
import { TicketEntity } from './tickets/ticket.entity';
import { TicketCommentEntity } from './timeline/ticket-comment.entity';
import { TicketEventEntity } from './timeline/ticket-event.entity';
import { VoiceEntity } from './voices/voice.entity';

export const VOICE_ENTITIES = [ProductAreaEntity, TicketEntity, VoiceEntity, TicketEventEntity, TicketCommentEntity, VoiceSearchTermEntity];
