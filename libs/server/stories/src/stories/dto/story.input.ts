import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsText, NoNulCharacters } from '@kakehashi/server-platform';
import {
  STORY_ACCOUNT_NAME_MAX_LENGTH,
  STORY_DEPARTMENTS_MAX,
  STORY_OUTCOME_LABEL_MAX_LENGTH,
  STORY_OUTCOME_PERIOD_MAX_LENGTH,
  STORY_OUTCOME_UNIT_MAX_LENGTH,
  STORY_OUTCOMES_MAX,
  STORY_PEOPLE_MAX,
  STORY_PRODUCT_MAX_LENGTH,
  STORY_PRODUCTS_MAX,
  STORY_QUOTE_ATTRIBUTION_MAX_LENGTH,
  STORY_QUOTE_MAX_LENGTH,
  STORY_TAG_MAX_LENGTH,
  STORY_TAGS_MAX,
  STORY_TITLE_MAX_LENGTH,
  STORY_VERIFY_INTERVAL_DAYS_MAX,
  STORY_VERIFY_INTERVAL_DAYS_MIN,
} from '@kakehashi/shared-contracts';
import { StoryCompanySize, StoryIndustry, StoryRegion } from '../../common/enums';

/** A decimal number as text: numeric values stay exact. */
const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;

const AreWords = (max: number, maxLength: number, what: string): PropertyDecorator =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(max, { message: `must have at most ${max} ${what}` }),
    IsString({ each: true }),
    NoNulCharacters({ each: true }),
    MaxLength(maxLength, { each: true, message: `each must be at most ${maxLength} characters` }),
  );

const AreIds = (max: number, what: string): PropertyDecorator =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(max, { message: `must have at most ${max} ${what}` }),
    IsUUID('all', { each: true, message: `must be ${what} ids` }),
  );

@InputType()
export class StoryCustomerInput {
  @Field({ description: 'Required to submit.' })
  @IsText(STORY_ACCOUNT_NAME_MAX_LENGTH)
  accountName!: string;

  @Field(() => StoryIndustry, { nullable: true })
  @IsOptional()
  @IsEnum(StoryIndustry, { message: 'must be one of the industries' })
  industry?: StoryIndustry | null;

  @Field(() => StoryCompanySize, { nullable: true })
  @IsOptional()
  @IsEnum(StoryCompanySize, { message: 'must be one of the company sizes' })
  companySize?: StoryCompanySize | null;

  @Field(() => StoryRegion, { nullable: true })
  @IsOptional()
  @IsEnum(StoryRegion, { message: 'must be one of the regions' })
  region?: StoryRegion | null;
}

@InputType()
export class StoryOutcomeInput {
  @Field()
  @IsText(STORY_OUTCOME_LABEL_MAX_LENGTH, { required: true })
  label!: string;

  @Field(() => String, { nullable: true, description: 'A decimal number, e.g. 8 or 12.5.' })
  @IsOptional()
  @Matches(DECIMAL, { message: 'must be a decimal number such as 8 or 12.5' })
  before?: string | null;

  @Field(() => String, { nullable: true, description: 'A decimal number, e.g. 3 or 0.5.' })
  @IsOptional()
  @Matches(DECIMAL, { message: 'must be a decimal number such as 3 or 0.5' })
  after?: string | null;

  @Field({ defaultValue: '' })
  @IsText(STORY_OUTCOME_UNIT_MAX_LENGTH)
  unit: string = '';

  @Field(() => String, { nullable: true, description: 'e.g. 導入後6か月.' })
  @IsOptional()
  @IsText(STORY_OUTCOME_PERIOD_MAX_LENGTH)
  period?: string | null;
}

@InputType()
export class StoryQuoteInput {
  @Field()
  @IsText(STORY_QUOTE_MAX_LENGTH, { required: true })
  text!: string;

  @Field({ defaultValue: '' })
  @IsText(STORY_QUOTE_ATTRIBUTION_MAX_LENGTH)
  attribution: string = '';
}

/** The template's fields; every one optional on update (only those given change). */
@InputType({ isAbstract: true })
class StoryContentFields {
  @Field(() => String, { nullable: true, description: 'ja or en.' })
  @IsOptional()
  @IsIn(['ja', 'en'], { message: 'must be ja or en' })
  language?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(STORY_TITLE_MAX_LENGTH)
  titleEn?: string | null;

  @Field(() => StoryCustomerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoryCustomerInput)
  customer?: StoryCustomerInput;

  @Field(() => [ID], { nullable: true, description: 'Departments involved.' })
  @IsOptional()
  @AreIds(STORY_DEPARTMENTS_MAX, 'department')
  departmentIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'People involved (credited on the page).' })
  @IsOptional()
  @AreIds(STORY_PEOPLE_MAX, 'person')
  peopleIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Co-authors edit the draft too.' })
  @IsOptional()
  @AreIds(STORY_PEOPLE_MAX, 'person')
  coAuthorIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @AreWords(STORY_PRODUCTS_MAX, STORY_PRODUCT_MAX_LENGTH, 'products')
  products?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @AreWords(STORY_TAGS_MAX, STORY_TAG_MAX_LENGTH, 'tags')
  tags?: string[];

  @Field(() => String, { nullable: true, description: '課題: HTML from the editor; sanitized by the server.' })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  challengeHtml?: string;

  @Field(() => String, { nullable: true, description: '解決策: HTML from the editor; sanitized by the server.' })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  solutionHtml?: string;

  @Field(() => String, { nullable: true, description: '成果: HTML from the editor; sanitized by the server.' })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  resultHtml?: string;

  @Field(() => [StoryOutcomeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(STORY_OUTCOMES_MAX, { message: `must have at most ${STORY_OUTCOMES_MAX} outcomes` })
  @ValidateNested({ each: true })
  @Type(() => StoryOutcomeInput)
  outcomes?: StoryOutcomeInput[];

  @Field(() => StoryQuoteInput, { nullable: true, description: 'Null removes the quote.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoryQuoteInput)
  quote?: StoryQuoteInput | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days a verification holds (${STORY_VERIFY_INTERVAL_DAYS_MIN}–${STORY_VERIFY_INTERVAL_DAYS_MAX}, default 180).`,
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(STORY_VERIFY_INTERVAL_DAYS_MIN, { message: `must be at least ${STORY_VERIFY_INTERVAL_DAYS_MIN} days` })
  @Max(STORY_VERIFY_INTERVAL_DAYS_MAX, { message: `must be at most ${STORY_VERIFY_INTERVAL_DAYS_MAX} days` })
  verifyIntervalDays?: number;
}

@InputType()
export class CreateStoryInput extends StoryContentFields {
  @Field()
  @IsText(STORY_TITLE_MAX_LENGTH, { required: true })
  title!: string;
}

@InputType()
export class UpdateStoryInput extends StoryContentFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a story id' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited (a stale one is a CONFLICT).' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(STORY_TITLE_MAX_LENGTH, { required: true })
  title?: string;

  @Field(() => ID, { nullable: true, description: 'Hand the published story to another owner (owner, editors, admins).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  ownerId?: string;

  @Field(() => ID, { nullable: true, description: 'Who verifies it from now on.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  verifierId?: string;
}

@InputType()
export class SubmitStoryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a story id' })
  id!: string;

  @Field(() => ID, { description: 'Who approves it or asks for changes (not an author).' })
  @IsUUID('all', { message: 'must be a person id' })
  reviewerId!: string;

  @Field(() => ID, { nullable: true, description: 'Who verifies it once published (default: the reviewer).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  verifierId?: string | null;
}
