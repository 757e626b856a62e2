import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Department, PageInfo } from '@kakehashi/server-platform';
import { EditionAudienceKind, EditionStatus } from '../common/enums';
import type { Newsletter } from '../newsletters/newsletter.model';

@ObjectType({ description: 'Who an edition is addressed to.' })
export class EditionAudience {
  @Field(() => EditionAudienceKind)
  kind!: EditionAudienceKind;

  @Field(() => [Department], { description: 'The departments chosen (their sub-departments are included).' })
  departments!: Department[];

  @Field(() => Int, { nullable: true, description: 'Active people addressed at publication (null before it).' })
  size!: number | null;
}

/** What the viewer has done with an edition, read with it (feed, page) or by a loader. */
export interface EditionViewerState {
  openedAt: Date | null;
  readAt: Date | null;
  acknowledgedAt: Date | null;
  commentCount: number;
}

@ObjectType({ description: 'One edition (号) of a newsletter. Readers and previewing editors see the same type.' })
export class Edition {
  @Field(() => ID)
  id!: string;

  @Field(() => EditionStatus)
  status!: EditionStatus;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true, description: 'An upload of the hub (/uploads/<key>).' })
  coverImageUrl!: string | null;

  @Field({ description: 'Sanitized HTML (allowlist: headings, lists, links, uploaded images, quotes, tables, code).' })
  bodyHtml!: string;

  @Field(() => [String])
  tags!: string[];

  @Field({ description: 'Recipients must acknowledge it.' })
  mustRead!: boolean;

  @Field(() => Date, { nullable: true })
  pinnedUntil!: Date | null;

  @Field({ description: 'Pinned to the top of the feed now.' })
  pinned!: boolean;

  @Field(() => Date, { nullable: true })
  scheduledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its content last changed after publication (readers see "updated").' })
  updatedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => Int, { description: 'Send it back with an update to detect a concurrent edit.' })
  version!: number;

  newsletterId!: string;
  newsletter?: Newsletter;
  authorId!: string;
  audienceKind!: EditionAudienceKind;
  audienceDepartmentIds!: string[];
  audienceExpandedIds!: string[];
  audienceSize!: number | null;
  lastReminderAt!: Date | null;
  scheduleJobId!: string | null;
  newsletterDepartmentId!: string;
  viewerState?: EditionViewerState;
  /** Reaction counts by kind and my kinds, when read with the edition (else the reactions loader reads them). */
  reactionTally?: { counts: Record<string, number>; mine: string[] };
}

@ObjectType()
export class EditionEdge {
  @Field()
  cursor!: string;

  @Field(() => Edition)
  node!: Edition;
}

@ObjectType()
export class EditionConnection {
  @Field(() => [EditionEdge])
  edges!: EditionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'The content of a published edition before an edit replaced it.' })
export class EditionVersion {
  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true })
  coverImageUrl!: string | null;

  @Field()
  bodyHtml!: string;

  @Field(() => [String])
  tags!: string[];

  @Field()
  replacedAt!: Date;

  replacedBy!: string;
}
