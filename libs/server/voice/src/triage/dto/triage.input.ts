import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';
import { IsIdempotencyKey, IsText } from '@kakehashi/server-platform';
import {
  TicketStatus as ContractTicketStatus,
  VOICE_BULK_MAX,
  VOICE_COMMENT_MAX_LENGTH,
  VOICE_DECLINE_REASON_MAX_LENGTH,
  VOICE_THEME_MAX_LENGTH,
} from '@kakehashi/shared-contracts';
import { TicketCommentKind, TicketStatus } from '../../common/enums';

const LINKS_MAX = 20;

/** What a triager changes; fields left out stay as they are. */
@InputType({ isAbstract: true })
export abstract class TriageChangesInput {
  @Field(() => TicketStatus, {
    nullable: true,
    description: 'TRIAGED, PLANNED, IN_PROGRESS, SHIPPED or DECLINED (merge with mergeTicket).',
  })
  @IsOptional()
  @IsEnum(ContractTicketStatus, { message: 'must be a ticket status' })
  status?: TicketStatus;

  @Field(() => String, { nullable: true, description: 'Required when declining: the filers read it.' })
  @IsOptional()
  @IsText(VOICE_DECLINE_REASON_MAX_LENGTH)
  declineReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The product person who owns it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  ownerId?: string | null;

  @Field({ nullable: true, description: 'true: no owner.' })
  @IsOptional()
  @IsBoolean()
  clearOwner?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a product area id' })
  productAreaId?: string | null;

  @Field(() => String, { nullable: true, description: 'テーマ; an empty string clears it.' })
  @IsOptional()
  @IsText(VOICE_THEME_MAX_LENGTH)
  theme?: string | null;
}

@InputType()
export class TriageTicketInput extends TriageChangesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a ticket id' })
  ticketId!: string;

  @Field(() => Int, { nullable: true, description: 'The version read: a stale one is a CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => [ID], { nullable: true, description: 'The goals it serves (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(LINKS_MAX, { message: `must have at most ${LINKS_MAX} goals` })
  @IsUUID('all', { each: true, message: 'must be goal ids' })
  goalIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Success stories about it (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(LINKS_MAX, { message: `must have at most ${LINKS_MAX} stories` })
  @IsUUID('all', { each: true, message: 'must be story ids' })
  storyIds?: string[];
}

@InputType({ description: 'The same change to many tickets at once: all of them change, or none.' })
export class BulkTriageInput extends TriageChangesInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one ticket' })
  @ArrayMaxSize(VOICE_BULK_MAX, { message: `must name at most ${VOICE_BULK_MAX} tickets` })
  @IsUUID('all', { each: true, message: 'must be ticket ids' })
  ticketIds!: string[];
}

@InputType({ description: 'Merges a duplicate into another ticket: its voices, customers and revenue move over.' })
export class MergeTicketInput {
  @Field(() => ID, { description: 'The duplicate.' })
  @IsUUID('all', { message: 'must be a ticket id' })
  ticketId!: string;

  @Field(() => ID, { description: 'The ticket that stays.' })
  @IsUUID('all', { message: 'must be a ticket id' })
  intoTicketId!: string;
}

@InputType()
export class CommentOnTicketInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a ticket id' })
  ticketId!: string;

  @Field(() => TicketCommentKind)
  @IsEnum(TicketCommentKind, { message: 'must be REPLY or INTERNAL_NOTE' })
  kind!: TicketCommentKind;

  @Field()
  @IsText(VOICE_COMMENT_MAX_LENGTH, { required: true })
  body!: string;

  @Field()
  @IsIdempotencyKey()
  idempotencyKey!: string;
}
