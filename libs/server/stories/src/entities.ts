import { StoryMarkEntity } from './engagement/story-mark.entity';
import { StoryReviewEntity } from './reviews/story-review.entity';
import { StorySearchTermEntity } from './search/story-search-term.entity';
import { StoryVersionEntity } from './stories/story-version.entity';
import { StoryEntity } from './stories/story.entity';

export const STORIES_ENTITIES = [StoryEntity, StoryVersionEntity, StoryReviewEntity, StoryMarkEntity, StorySearchTermEntity];
