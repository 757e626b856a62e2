import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@kakehashi/server-platform';
import { StoriesArgs } from './dto/stories.args';
import { StorySearchResult } from './story-search.model';
import { StorySearchService } from './story-search.service';

@Resolver()
export class StorySearchResolver {
  constructor(private readonly search: StorySearchService) {}

  @Query(() => StorySearchResult, {
    description:
      'Published stories: by search text (Japanese words of any length, English words by prefix with small typos forgiven, ranked by relevance, matches highlighted), filters and facets.',
  })
  stories(@Args() args: StoriesArgs, @CurrentViewer() viewer: Viewer): Promise<StorySearchResult> {
    return this.search.search(viewer, args);
  }
}
