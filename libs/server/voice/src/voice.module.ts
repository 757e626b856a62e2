import { Module } from '@nestjs/common';
import { VoiceJobs } from './common/voice-jobs';
import { InsightsResolver } from './insights/insights.resolver';
import { InsightsService } from './insights/insights.service';
import { ProductAreaResolver } from './product-areas/product-area.resolver';
import { ProductAreaService } from './product-areas/product-area.service';
import { TicketSearchService } from './search/ticket-search.service';
import { VoiceLexicon } from './search/voice-lexicon';
import { VoiceCountsCache } from './search/voice-search-cache';
import { VoiceSeeder } from './seed/voice.seeder';
import { TimelineService } from './timeline/timeline.service';
import { TicketPageService } from './tickets/ticket-page.service';
import { TicketLoaders } from './tickets/ticket.loaders';
import { CustomerVoiceResolver, TicketActivityResolver, TicketResolver } from './tickets/ticket.resolver';
import { TicketService } from './tickets/ticket.service';
import { TicketNotifier } from './triage/ticket-notifier';
import { TriageReminder } from './triage/triage-reminder';
import { TriageResolver } from './triage/triage.resolver';
import { TriageService } from './triage/triage.service';

/**
 * Customer voice (顧客の声): filing tickets with the customer's own words (+1 voices instead
 * of duplicates), product's triage (inbox, statuses, merges, owners, themes, links to goals
 * and stories, replies and internal notes), closing the loop with every filer, reminders
 * past the triage target, and the insight page. Needs the directory behind PERSON_DIRECTORY,
 * the platform's jobs and notifications, and (optionally) goals and stories for links.
 */
@Module({
  providers: [
    ProductAreaService,
    ProductAreaResolver,
    VoiceLexicon,
    VoiceCountsCache,
    TicketService,
    TicketSearchService,
    TimelineService,
    TicketNotifier,
    TriageService,
    TicketLoaders,
    TicketPageService,
    TicketResolver,
    CustomerVoiceResolver,
    TicketActivityResolver,
    TriageResolver,
    InsightsService,
    InsightsResolver,
    TriageReminder,
    VoiceJobs,
    VoiceSeeder,
  ],
})
export class VoiceModule {}
