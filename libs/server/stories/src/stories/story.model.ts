import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Department, PageInfo } from '@kakehashi/server-platform';
import { StoryCompanySize, StoryIndustry, StoryRegion, StoryReviewDecision, StoryStatus, StoryVerificationState } from '../common/enums';

@ObjectType({ description: 'The customer a story is about.' })
export class StoryCustomer {
  @Field({ description: 'The account name, e.g. 株式会社北陸精密.' })
  accountName!: string;

  @Field(() => StoryIndustry, { nullable: true })
  industry!: StoryIndustry | null;

  @Field(() => StoryCompanySize, { nullable: true })
  companySize!: StoryCompanySize | null;

  @Field(() => StoryRegion, { nullable: true })
  region!: StoryRegion | null;
}

@ObjectType({ description: 'A quantified outcome, e.g. 解約率 8 % → 3 % (導入後 6 か月).' })
export class StoryOutcome {
  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: 'A decimal number as text (numeric: exact).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'A decimal number as text (numeric: exact).' })
  after!: string | null;

  @Field()
  unit!: string;

  @Field(() => String, { nullable: true })
  period!: string | null;
}

@ObjectType({ description: "The customer's own words." })
export class StoryQuote {
  @Field()
  text!: string;

  @Field()
  attribution!: string;
}

@ObjectType({ description: 'Whether a published story is still known to be true.' })
export class StoryVerification {
  @Field(() => StoryVerificationState)
  state!: StoryVerificationState;

  @Field(() => Int, { description: 'Days a verification holds.' })
  intervalDays!: number;

  @Field(() => Date, { nullable: true, description: 'Last verified (null: never since publication).' })
  verifiedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Verify by this time; after it the story is stale.' })
  dueAt!: Date | null;

  verifiedById!: string | null;
}

@ObjectType({ description: "A reviewer's decision on a submitted story." })
export class StoryReview {
  @Field(() => ID)
  id!: string;

  @Field(() => StoryReviewDecision)
  decision!: StoryReviewDecision;

  @Field({ description: 'What to change (required when asking for changes).' })
  comment!: string;

  @Field()
  createdAt!: Date;

  reviewerId!: string;
}

@ObjectType({ description: "A published story's content before an edit." })
export class StoryVersion {
  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field()
  challengeHtml!: string;

  @Field()
  solutionHtml!: string;

  @Field()
  resultHtml!: string;

  @Field(() => [StoryOutcome])
  outcomes!: StoryOutcome[];

  @Field()
  replacedAt!: Date;

  replacedById!: string;
}

/** What the viewer has done with a story, read with it. */
export interface StoryViewerState {
  helpful: boolean;
  bookmarked: boolean;
}

@ObjectType({ description: 'A success story (成功事例): challenge → solution → result, kept verified.' })
export class Story {
  @Field(() => ID)
  id!: string;

  @Field(() => StoryStatus)
  status!: StoryStatus;

  @Field({ description: 'The language it is written in: ja or en.' })
  language!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'An English title for a Japanese story.' })
  titleEn!: string | null;

  @Field(() => StoryCustomer)
  customer!: StoryCustomer;

  @Field(() => [Department], { description: 'Departments involved.' })
  departments!: Department[];

  @Field(() => [String])
  products!: string[];

  @Field(() => [String])
  tags!: string[];

  /** The sections (課題, 解決策, 成果) as sanitized HTML: undefined when read for a list (StoryResolver loads them). */
  challengeHtml?: string;
  solutionHtml?: string;
  resultHtml?: string;

  @Field(() => [StoryOutcome])
  outcomes!: StoryOutcome[];

  @Field(() => StoryQuote, { nullable: true })
  quote!: StoryQuote | null;

  @Field(() => Int, { description: 'Days a verification holds once published.' })
  verifyIntervalDays!: number;

  @Field(() => StoryVerification, { nullable: true, description: 'Null until published.' })
  verification!: StoryVerification | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a published story last changed.' })
  contentUpdatedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Changes with every edit; send it back to detect a concurrent edit.' })
  version!: number;

  @Field(() => Int, { description: 'People who found it helpful.' })
  helpfulCount!: number;

  @Field(() => Int)
  bookmarkCount!: number;

  @Field(() => Int, { description: 'Unique viewers.' })
  viewCount!: number;

  @Field({ description: 'I found it helpful.' })
  helpfulByMe!: boolean;

  @Field({ description: 'I bookmarked it.' })
  bookmarkedByMe!: boolean;

  departmentIds!: string[];
  peopleIds!: string[];
  coAuthorIds!: string[];
  authorId!: string;
  ownerId!: string;
  verifierId!: string | null;
  reviewerId!: string | null;
}

@ObjectType()
export class StoryEdge {
  @Field()
  cursor!: string;

  @Field(() => Story)
  node!: Story;
}

@ObjectType({ description: 'A page of stories.' })
export class StoryConnection {
  @Field(() => [StoryEdge])
  edges!: StoryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
