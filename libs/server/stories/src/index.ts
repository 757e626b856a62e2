export { StoriesModule } from './stories.module';
export { STORIES_ENTITIES } from './entities';
export { seedStories, type StorySeedCounts, type StorySeedDirectory } from './seed/seed-stories';
/** The verification reminder job's handler (tests run it directly). */
export { StoryVerificationReminder } from './verification/story-verification-reminder';
/** Computes stories' similar lists (a job's handler; tests run it directly). */
export { StorySimilarity } from './similar/story-similarity';
