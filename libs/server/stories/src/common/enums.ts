import { registerEnumType } from '@nestjs/graphql';
import {
  StoryCompanySize,
  StoryIndustry,
  StoryRegion,
  StoryReviewDecision,
  StorySort,
  StoryStatus,
  StoryVerificationState,
} from '@kakehashi/shared-contracts';

/** Which of my stories a list shows. */
export enum MyStoriesScope {
  /** Drafts and stories in review that I write (as author or co-author). */
  WRITING = 'WRITING',
  /** Stories waiting for my review. */
  REVIEWING = 'REVIEWING',
  /** Published stories I own or verify. */
  OWNED = 'OWNED',
  /** Stories I bookmarked, newest bookmark first. */
  BOOKMARKED = 'BOOKMARKED',
}

// Registered once, imported by the models that use them.
registerEnumType(StoryStatus, { name: 'StoryStatus', description: 'draft → in review → published → archived.' });
registerEnumType(StoryIndustry, { name: 'StoryIndustry', description: "The customer's industry." });
registerEnumType(StoryCompanySize, {
  name: 'StoryCompanySize',
  description: "The customer's employees: SMALL 1–99, MEDIUM 100–999, LARGE 1,000–4,999, ENTERPRISE 5,000+.",
});
registerEnumType(StoryRegion, { name: 'StoryRegion', description: "The customer's region." });
registerEnumType(MyStoriesScope, {
  name: 'MyStoriesScope',
  description:
    'WRITING (my drafts and stories in review), REVIEWING (waiting for my review), OWNED (published, I own or verify), BOOKMARKED.',
});
registerEnumType(StoryReviewDecision, { name: 'StoryReviewDecision' });
registerEnumType(StorySort, { name: 'StorySort', description: 'RELEVANCE (with search text; newest otherwise), NEWEST, MOST_HELPFUL.' });
registerEnumType(StoryVerificationState, {
  name: 'StoryVerificationState',
  description: 'VERIFIED, DUE_SOON (within 14 days), or STALE (past its verify-by date: needs verification).',
});

export { StoryCompanySize, StoryIndustry, StoryRegion, StoryReviewDecision, StorySort, StoryStatus, StoryVerificationState };
