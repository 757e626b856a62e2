import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PagingArgs } from '@kakehashi/server-platform';
import {
  STORY_DEPARTMENTS_MAX,
  STORY_PRODUCT_MAX_LENGTH,
  STORY_PRODUCTS_MAX,
  STORY_SEARCH_TEXT_MAX_LENGTH,
  STORY_TAG_MAX_LENGTH,
  STORY_TAGS_MAX,
} from '@kakehashi/shared-contracts';
import { StoryIndustry, StorySort, StoryVerificationState } from '../../common/enums';

@InputType({ description: 'Filters: values of one facet widen (any of them), facets narrow (all of them).' })
export class StoryFilterInput {
  @Field(() => [StoryIndustry], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(StoryIndustry, { each: true, message: 'must be industries' })
  industries?: StoryIndustry[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(STORY_DEPARTMENTS_MAX, { message: `must have at most ${STORY_DEPARTMENTS_MAX} departments` })
  @IsUUID('all', { each: true, message: 'must be department ids' })
  departmentIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(STORY_PRODUCTS_MAX, { message: `must have at most ${STORY_PRODUCTS_MAX} products` })
  @IsString({ each: true })
  @MaxLength(STORY_PRODUCT_MAX_LENGTH, { each: true, message: `each must be at most ${STORY_PRODUCT_MAX_LENGTH} characters` })
  products?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(STORY_TAGS_MAX, { message: `must have at most ${STORY_TAGS_MAX} tags` })
  @IsString({ each: true })
  @MaxLength(STORY_TAG_MAX_LENGTH, { each: true, message: `each must be at most ${STORY_TAG_MAX_LENGTH} characters` })
  tags?: string[];

  @Field(() => Boolean, { nullable: true, description: 'true: only stories with a quantified outcome.' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  withOutcomes?: boolean | null;

  @Field(() => [StoryVerificationState], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(StoryVerificationState, { each: true, message: 'must be verification states' })
  verification?: StoryVerificationState[];
}

@ArgsType()
export class StoriesArgs extends PagingArgs {
  @Field(() => String, {
    nullable: true,
    description: `Words in Japanese or English (any length of Japanese word; English by prefix, small typos forgiven); at most ${STORY_SEARCH_TEXT_MAX_LENGTH} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(STORY_SEARCH_TEXT_MAX_LENGTH, { message: `must be at most ${STORY_SEARCH_TEXT_MAX_LENGTH} characters` })
  search?: string | null;

  @Field(() => StoryFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoryFilterInput)
  filter?: StoryFilterInput | null;

  @Field(() => StorySort, { nullable: true, description: 'Default: RELEVANCE with search text, NEWEST without.' })
  @IsOptional()
  @IsEnum(StorySort, { message: 'must be RELEVANCE, NEWEST or MOST_HELPFUL' })
  sort?: StorySort | null;
}
