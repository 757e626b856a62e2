import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { assertId, CurrentViewer, type Viewer } from '@kakehashi/server-platform';
import { EditionAnalytics, NewsletterAnalytics } from './analytics.model';
import { AnalyticsService } from './analytics.service';
import { NewsletterAnalyticsArgs } from './dto/newsletter-analytics.args';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => EditionAnalytics, {
    description: "An edition's reach, read, reaction and acknowledgement rates over its audience (editors).",
  })
  editionAnalytics(@CurrentViewer() viewer: Viewer, @Args('editionId', { type: () => ID }) editionId: string): Promise<EditionAnalytics> {
    return this.analytics.edition(viewer, assertId(editionId, 'editionId'));
  }

  @Query(() => NewsletterAnalytics, {
    description: "A newsletter's editions over time, per edition and per week, for charts (editors; the counters may lag 15 s).",
  })
  newsletterAnalytics(@CurrentViewer() viewer: Viewer, @Args() args: NewsletterAnalyticsArgs): Promise<NewsletterAnalytics> {
    return this.analytics.newsletter(viewer, args.newsletterId, args.from, args.to);
  }
}
