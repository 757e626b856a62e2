import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsIdempotencyKey, IsText } from '@kakehashi/server-platform';
import {
  VOICE_ACCOUNT_NAME_MAX_LENGTH,
  VOICE_CONTACT_ROLE_MAX_LENGTH,
  VOICE_CONTRACT_VALUE_MAX,
  VOICE_EXTERNAL_REFERENCE_MAX_LENGTH,
  VOICE_SUMMARY_MAX_LENGTH,
  VOICE_VERBATIM_MAX_LENGTH,
} from '@kakehashi/shared-contracts';
import { CustomerSegment, TicketCategory, TicketImpact, VoiceChannel } from '../../common/enums';

/** The customer and what they said: one voice. */
@InputType({ isAbstract: true })
export abstract class VoiceFieldsInput {
  @Field({ description: 'The customer account (company) name.' })
  @IsText(VOICE_ACCOUNT_NAME_MAX_LENGTH, { required: true })
  accountName!: string;

  @Field(() => CustomerSegment)
  @IsEnum(CustomerSegment, { message: 'must be ENTERPRISE, MID_MARKET or SMB' })
  segment!: CustomerSegment;

  @Field(() => Float, { nullable: true, description: 'Annual contract value in whole yen (optional).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number of yen' })
  @IsInt({ message: 'must be whole yen' })
  @Min(0, { message: 'must not be negative' })
  @Max(VOICE_CONTRACT_VALUE_MAX, { message: `must be at most ${VOICE_CONTRACT_VALUE_MAX} yen` })
  annualContractValue?: number | null;

  @Field(() => String, { nullable: true, description: 'The contact’s role, e.g. 情報システム部 課長.' })
  @IsOptional()
  @IsText(VOICE_CONTACT_ROLE_MAX_LENGTH)
  contactRole?: string | null;

  @Field(() => VoiceChannel)
  @IsEnum(VoiceChannel, { message: 'must be SALES_MEETING, SUPPORT_INQUIRY, SURVEY, EVENT or OTHER' })
  channel!: VoiceChannel;

  @Field({ description: 'The customer’s own words, verbatim.' })
  @IsText(VOICE_VERBATIM_MAX_LENGTH, { required: true })
  verbatim!: string;

  @Field(() => String, { nullable: true, description: 'A CRM opportunity or helpdesk ticket id, as text.' })
  @IsOptional()
  @IsText(VOICE_EXTERNAL_REFERENCE_MAX_LENGTH)
  externalReference?: string | null;

  @Field({ description: 'Made by the client once per intended filing: a retry returns the first result.' })
  @IsIdempotencyKey()
  idempotencyKey!: string;
}

@InputType({ description: 'A new ticket with its first customer voice.' })
export class FileTicketInput extends VoiceFieldsInput {
  @Field({ description: 'The filer’s summary: the ticket’s headline.' })
  @IsText(VOICE_SUMMARY_MAX_LENGTH, { required: true })
  summary!: string;

  @Field(() => TicketCategory)
  @IsEnum(TicketCategory, { message: 'must be BUG, FEATURE_REQUEST, USABILITY, PRICING or OTHER' })
  category!: TicketCategory;

  @Field(() => TicketImpact)
  @IsEnum(TicketImpact, { message: 'must be BLOCKS_DEAL, CHURN_RISK, PAIN or NICE_TO_HAVE' })
  impact!: TicketImpact;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a product area id' })
  productAreaId!: string;
}

@InputType({ description: 'This customer’s voice on an existing open ticket (+1) instead of a new ticket.' })
export class AddVoiceInput extends VoiceFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a ticket id' })
  ticketId!: string;
}

@InputType({ description: 'The filer’s own edit, while the ticket is still new.' })
export class UpdateTicketInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a ticket id' })
  ticketId!: string;

  @Field(() => Int, { description: 'The version read: a stale one is a CONFLICT.' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(VOICE_SUMMARY_MAX_LENGTH, { required: true })
  summary?: string;

  @Field(() => TicketCategory, { nullable: true })
  @IsOptional()
  @IsEnum(TicketCategory, { message: 'must be BUG, FEATURE_REQUEST, USABILITY, PRICING or OTHER' })
  category?: TicketCategory;

  @Field(() => TicketImpact, { nullable: true })
  @IsOptional()
  @IsEnum(TicketImpact, { message: 'must be BLOCKS_DEAL, CHURN_RISK, PAIN or NICE_TO_HAVE' })
  impact?: TicketImpact;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a product area id' })
  productAreaId?: string;

  @Field({ nullable: true, description: 'The first voice’s words, corrected.' })
  @IsOptional()
  @IsText(VOICE_VERBATIM_MAX_LENGTH, { required: true })
  verbatim?: string;
}
