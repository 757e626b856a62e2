import { Global, Module } from '@nestjs/common';
import { STORY_LINKS } from '@kakehashi/server-platform';
import { StoryLinksAdapter } from './stories/story-links.adapter';
import { StoryAccess } from './common/story-access';
import { StoryJobs } from './common/story-jobs';
import { StoryMarkService } from './engagement/story-mark.service';
import { StoryLexicon } from './search/story-lexicon';
import { StorySearchCache } from './search/story-search-cache';
import { StorySearchResolver } from './search/story-search.resolver';
import { StorySearchService } from './search/story-search.service';
import { StoriesSeeder } from './seed/stories.seeder';
import { StorySimilarity } from './similar/story-similarity';
import { StoryResolver, StoryReviewResolver, StoryVerificationResolver, StoryVersionResolver } from './stories/story.resolver';
import { StoryLoaders } from './stories/story.loaders';
import { StoryService } from './stories/story.service';
import { StoryVerificationReminder } from './verification/story-verification-reminder';

/**
 * Success stories: the challenge → solution → result template, review and publication,
 * verification (owner, verifier, due date, reminders), search in Japanese and English with
 * facets, helpful votes, bookmarks and unique views. Needs the directory behind
 * PERSON_DIRECTORY and the platform's jobs and notifications.
 */
@Global()
@Module({
  providers: [
    { provide: STORY_LINKS, useClass: StoryLinksAdapter },
    StoryAccess,
    StoryLexicon,
    StorySearchCache,
    StoryService,
    StoryLoaders,
    StoryMarkService,
    StorySearchService,
    StoryResolver,
    StoryVerificationResolver,
    StoryReviewResolver,
    StoryVersionResolver,
    StorySearchResolver,
    StoryVerificationReminder,
    StorySimilarity,
    StoryJobs,
    StoriesSeeder,
  ],
  exports: [STORY_LINKS],
})
export class StoriesModule {}
