import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@kakehashi/server-platform';
import { DigestService } from './digest.service';
import { NewsletterPreferences } from './preferences.model';

@Resolver()
export class PreferencesResolver {
  constructor(private readonly digest: DigestService) {}

  @Query(() => NewsletterPreferences, { description: 'My newsletter mail settings.' })
  newsletterPreferences(@CurrentViewer() viewer: Viewer): Promise<NewsletterPreferences> {
    return this.digest.preferences(viewer);
  }

  @Mutation(() => NewsletterPreferences, { description: 'Turns my weekly digest on or off.' })
  updateNewsletterPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('weeklyDigest') weeklyDigest: boolean,
  ): Promise<NewsletterPreferences> {
    return this.digest.updatePreferences(viewer, weeklyDigest);
  }
}
