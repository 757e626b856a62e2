import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@kakehashi/server-platform';
import { EditionConnection } from '../editions/edition.model';
import { FeedArgs } from './dto/feed.args';
import { FeedService } from './feed.service';

@Resolver()
export class FeedResolver {
  constructor(private readonly feedService: FeedService) {}

  @Query(() => EditionConnection, {
    description: 'My home feed: editions addressed to me from newsletters I follow, pinned first, newest first.',
  })
  feed(@Args() args: FeedArgs, @CurrentViewer() viewer: Viewer): Promise<EditionConnection> {
    return this.feedService.feed(viewer, args.first, args.after, args.unreadOnly);
  }
}
