import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsText, PagingArgs } from '@kakehashi/server-platform';
import {
  CustomerSegment as ContractSegment,
  PAGE_SIZE_MAX,
  TicketCategory as ContractCategory,
  TicketImpact as ContractImpact,
  TicketSort as ContractSort,
  TicketStatus as ContractStatus,
  VOICE_SEARCH_TEXT_MAX_LENGTH,
  VOICE_SUGGESTION_TEXT_MAX_LENGTH,
  VOICE_SUGGESTIONS_MAX,
} from '@kakehashi/shared-contracts';
import { CustomerSegment, TicketCategory, TicketImpact, TicketSort, TicketStatus } from '../../common/enums';

const FILTER_VALUES_MAX = 20;

@InputType({ description: 'Inbox filters: an empty or missing list does not filter.' })
export class TicketFilterInput {
  @Field(() => [TicketStatus], { nullable: true, description: 'Default: every status but MERGED.' })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsEnum(ContractStatus, { each: true, message: 'must be ticket statuses' })
  statuses?: TicketStatus[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsUUID('all', { each: true, message: 'must be product area ids' })
  productAreaIds?: string[];

  @Field(() => [TicketCategory], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsEnum(ContractCategory, { each: true, message: 'must be ticket categories' })
  categories?: TicketCategory[];

  @Field(() => [TicketImpact], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsEnum(ContractImpact, { each: true, message: 'must be ticket impacts' })
  impacts?: TicketImpact[];

  @Field(() => [CustomerSegment], { nullable: true, description: 'Tickets with a voice from any of these segments.' })
  @IsOptional()
  @ArrayMaxSize(FILTER_VALUES_MAX)
  @IsEnum(ContractSegment, { each: true, message: 'must be customer segments' })
  segments?: CustomerSegment[];

  @Field(() => Int, { nullable: true, description: 'Age: filed at least this many days ago.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(3650, { message: 'must be at most 3650' })
  olderThanDays?: number;

  @Field(() => Int, { nullable: true, description: 'Age: filed at most this many days ago.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(3650, { message: 'must be at most 3650' })
  newerThanDays?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  ownerId?: string;

  @Field({ nullable: true, description: 'Only tickets with no owner.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field({ nullable: true, description: 'Only new tickets past their triage target.' })
  @IsOptional()
  @IsBoolean()
  triageOverdue?: boolean;

  @Field(() => ID, { nullable: true, description: 'Tickets linked to this goal.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a goal id' })
  goalId?: string;

  @Field({
    nullable: true,
    description: 'Words in the summary, theme, accounts or verbatims (Japanese or English), or a ticket code (VOC-123).',
  })
  @IsOptional()
  @IsText(VOICE_SEARCH_TEXT_MAX_LENGTH)
  search?: string;
}

/** The inbox shows 50 tickets a page unless asked otherwise (at most the platform's 100). */
const INBOX_PAGE_SIZE = 50;

@ArgsType()
export class TicketsArgs extends PagingArgs {
  @Field(() => Int, { defaultValue: INBOX_PAGE_SIZE })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(PAGE_SIZE_MAX, { message: `must be at most ${PAGE_SIZE_MAX}` })
  override first: number = INBOX_PAGE_SIZE;

  @Field(() => TicketFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TicketFilterInput)
  filter?: TicketFilterInput | null;

  @Field(() => TicketSort, { defaultValue: ContractSort.NEWEST })
  @IsEnum(ContractSort, { message: 'must be NEWEST, MOST_CUSTOMERS, MOST_REVENUE or OLDEST_UNTRIAGED' })
  sort: TicketSort = ContractSort.NEWEST;
}

@ArgsType()
export class SimilarTicketsArgs {
  @Field({ description: 'What is being filed so far: the summary and the start of the verbatim.' })
  @IsText(VOICE_SUGGESTION_TEXT_MAX_LENGTH * 4)
  text!: string;

  @Field(() => Int, { defaultValue: VOICE_SUGGESTIONS_MAX })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(VOICE_SUGGESTIONS_MAX, { message: `must be at most ${VOICE_SUGGESTIONS_MAX}` })
  first: number = VOICE_SUGGESTIONS_MAX;
}
