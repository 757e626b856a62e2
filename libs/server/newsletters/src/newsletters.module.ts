import { Module } from '@nestjs/common';
import { AcknowledgementResolver } from './acknowledgements/acknowledgement.resolver';
import { AcknowledgementService } from './acknowledgements/acknowledgement.service';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { AnalyticsService } from './analytics/analytics.service';
import { NewsletterAnalyticsCache } from './analytics/newsletter-analytics-cache';
import { CommentResolver, EditionCommentsResolver } from './comments/comment.resolver';
import { CommentService } from './comments/comment.service';
import { NewsletterAccess } from './common/newsletter-access';
import { NewsletterJobs } from './common/newsletter-jobs';
import { DigestService } from './digest/digest.service';
import { PreferencesResolver } from './digest/preferences.resolver';
import { EditionPublisher } from './editions/edition-publisher.service';
import { EditionResolver, NewsletterEditionsResolver, EditionVersionResolver } from './editions/edition.resolver';
import { EditionService } from './editions/edition.service';
import { FeedResolver } from './feed/feed.resolver';
import { FeedService } from './feed/feed.service';
import { NewsletterLoaders } from './newsletters/newsletter.loaders';
import { NewsletterResolver } from './newsletters/newsletter.resolver';
import { NewsletterService } from './newsletters/newsletter.service';
import { ReactionLoaders } from './reactions/reaction.loaders';
import { ReactionResolver } from './reactions/reaction.resolver';
import { ReactionService } from './reactions/reaction.service';
import { ReadResolver } from './reads/read.resolver';
import { ReadService } from './reads/read.service';
import { NewslettersSeeder } from './seed/newsletters.seeder';

/**
 * Department newsletters: newsletters, editions (workflow, audiences), the feed, reactions,
 * reads, comments, acknowledgements, analytics and the weekly digest. Needs the directory
 * behind PERSON_DIRECTORY and the platform's jobs, pub/sub, notifications and mail.
 */
@Module({
  providers: [
    NewsletterAccess,
    NewsletterJobs,
    NewsletterService,
    NewsletterLoaders,
    NewsletterResolver,
    EditionService,
    EditionPublisher,
    EditionResolver,
    NewsletterEditionsResolver,
    EditionVersionResolver,
    FeedService,
    FeedResolver,
    ReactionService,
    ReactionLoaders,
    ReactionResolver,
    ReadService,
    ReadResolver,
    CommentService,
    CommentResolver,
    EditionCommentsResolver,
    AcknowledgementService,
    AcknowledgementResolver,
    AnalyticsService,
    AnalyticsResolver,
    NewsletterAnalyticsCache,
    DigestService,
    PreferencesResolver,
    NewslettersSeeder,
  ],
})
export class NewslettersModule {}
