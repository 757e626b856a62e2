import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LinkedGoalFields, PageInfo, TextSegment } from '@kakehashi/server-platform';
import { CustomerSegment, TicketActivityKind, TicketCategory, TicketImpact, TicketStatus, VoiceChannel } from '../common/enums';

@ObjectType({ description: 'One customer’s statement on a ticket, in their own words.' })
export class CustomerVoice {
  @Field(() => ID)
  id!: string;

  ticketId!: string;
  originalTicketId!: string;
  filerId!: string;

  @Field()
  accountName!: string;

  @Field(() => CustomerSegment)
  segment!: CustomerSegment;

  @Field(() => Float, { nullable: true, description: 'Annual contract value in yen.' })
  annualContractValue!: number | null;

  @Field(() => String, { nullable: true, description: 'The contact’s role, e.g. 情報システム部 課長.' })
  contactRole!: string | null;

  @Field(() => VoiceChannel)
  channel!: VoiceChannel;

  @Field({ description: 'What the customer said, verbatim.' })
  verbatim!: string;

  @Field(() => String, { nullable: true, description: 'A CRM opportunity or helpdesk ticket id.' })
  externalReference!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'Another ticket, as a merge names it.' })
export class TicketRef {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field({ description: 'VOC-1234.' })
  code!: string;

  @Field()
  summary!: string;

  @Field(() => TicketStatus)
  status!: TicketStatus;
}

@ObjectType({ description: 'A goal a ticket is linked to.' })
export class TicketLinkedGoal extends LinkedGoalFields {}

@ObjectType({ description: 'A success story a ticket is linked to.' })
export class TicketLinkedStory {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field()
  accountName!: string;
}

@ObjectType({ description: 'One entry of a ticket’s timeline: something that happened, a reply or an internal note.' })
export class TicketActivity {
  @Field(() => ID)
  id!: string;

  @Field(() => TicketActivityKind)
  kind!: TicketActivityKind;

  actorId!: string | null;

  @Field(() => TicketStatus, { nullable: true })
  fromStatus!: TicketStatus | null;

  @Field(() => TicketStatus, { nullable: true })
  toStatus!: TicketStatus | null;

  otherTicketId!: string | null;

  @Field(() => String, { nullable: true, description: 'A reply’s or note’s text; a decline’s reason.' })
  body!: string | null;

  @Field({ description: 'Seen by product only (internal notes, owner, area and link changes).' })
  internal!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: '顧客の声: a customer-voice ticket that product triages.' })
export class Ticket {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field({ description: 'VOC-1234.' })
  code!: string;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field({ description: 'The filer’s summary: the ticket’s headline.' })
  summary!: string;

  @Field(() => TicketCategory)
  category!: TicketCategory;

  @Field(() => TicketImpact)
  impact!: TicketImpact;

  productAreaId!: string | null;

  @Field(() => String, { nullable: true, description: 'テーマ: how product groups it within the area.' })
  theme!: string | null;

  ownerId!: string | null;
  filerId!: string;
  mergedIntoId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined.' })
  declineReason!: string | null;

  goalIds!: string[];
  storyIds!: string[];

  @Field(() => Int)
  voiceCount!: number;

  @Field(() => Int, { description: 'Distinct customer accounts among its voices (each counted once, across merges).' })
  customerCount!: number;

  @Field(() => Float, { description: 'Yen: each distinct customer’s annual contract value, once.' })
  revenueAtStake!: number;

  @Field(() => [CustomerSegment])
  segments!: CustomerSegment[];

  @Field()
  filedAt!: Date;

  @Field({ description: 'The first triage is due by then (business days in Japan after filing).' })
  triageDueAt!: Date;

  @Field(() => Date, { nullable: true })
  firstTriagedAt!: Date | null;

  @Field({ description: 'Still new after its triage target.' })
  triageOverdue!: boolean;

  @Field()
  statusChangedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Send it back when editing: a stale one is a CONFLICT.' })
  version!: number;
}

@ObjectType()
export class TicketConnection {
  @Field(() => [Ticket])
  nodes!: Ticket[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'An open ticket like the one being filed.' })
export class TicketSuggestion {
  @Field(() => Ticket)
  ticket!: Ticket;

  @Field(() => [TextSegment], { description: 'Its summary, the words in common highlighted.' })
  summaryHighlight!: TextSegment[];
}

@ObjectType({ description: 'How many tickets of a status match the inbox filters (other than status).' })
export class TicketStatusCount {
  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => Int)
  count!: number;
}
