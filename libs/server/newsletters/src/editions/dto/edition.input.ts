import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsText, NoNulCharacters } from '@kakehashi/server-platform';
import {
  EDITION_AUDIENCE_DEPARTMENTS_MAX,
  EDITION_SUMMARY_MAX_LENGTH,
  EDITION_TAG_MAX_LENGTH,
  EDITION_TAGS_MAX,
  EDITION_TITLE_MAX_LENGTH,
} from '@kakehashi/shared-contracts';
import { EditionAudienceKind } from '../../common/enums';

@InputType()
export class EditionAudienceInput {
  @Field(() => EditionAudienceKind)
  @IsEnum(EditionAudienceKind, { message: 'must be COMPANY or DEPARTMENTS' })
  kind!: EditionAudienceKind;

  @Field(() => [ID], { defaultValue: [], description: 'For DEPARTMENTS: the departments (their sub-departments are included).' })
  @IsArray()
  @ArrayMaxSize(EDITION_AUDIENCE_DEPARTMENTS_MAX, { message: `must have at most ${EDITION_AUDIENCE_DEPARTMENTS_MAX} departments` })
  @IsUUID('all', { each: true, message: 'must be department ids' })
  departmentIds: string[] = [];
}

/** Tags: at most EDITION_TAGS_MAX, each bounded. */
const AreTags = (): PropertyDecorator =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(EDITION_TAGS_MAX, { message: `must have at most ${EDITION_TAGS_MAX} tags` }),
    IsString({ each: true }),
    MaxLength(EDITION_TAG_MAX_LENGTH, { each: true, message: `each must be at most ${EDITION_TAG_MAX_LENGTH} characters` }),
  );

@InputType()
export class CreateEditionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a newsletter id' })
  newsletterId!: string;

  @Field()
  @IsText(EDITION_TITLE_MAX_LENGTH, { required: true })
  title!: string;

  @Field({ defaultValue: '' })
  @IsText(EDITION_SUMMARY_MAX_LENGTH)
  summary: string = '';

  @Field(() => String, { nullable: true, description: 'An upload of the hub (/uploads/<key>).' })
  @IsOptional()
  @IsString()
  coverImageUrl?: string | null;

  @Field({ defaultValue: '', description: 'HTML from the editor; sanitized by the server (an allowlist).' })
  @IsString()
  @NoNulCharacters()
  bodyHtml: string = '';

  @Field(() => [String], { defaultValue: [] })
  @AreTags()
  tags: string[] = [];

  @Field(() => EditionAudienceInput)
  @ValidateNested()
  @Type(() => EditionAudienceInput)
  audience!: EditionAudienceInput;

  @Field({ defaultValue: false })
  @IsBoolean()
  mustRead: boolean = false;

  @Field(() => Date, { nullable: true, description: 'Pinned to the top of the feed until then.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  pinnedUntil?: Date | null;
}

/** Only the fields given change; null clears coverImageUrl and pinnedUntil. */
@InputType()
export class UpdateEditionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means a CONFLICT.' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(EDITION_TITLE_MAX_LENGTH, { required: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(EDITION_SUMMARY_MAX_LENGTH)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  coverImageUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  bodyHtml?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @AreTags()
  tags?: string[] | null;

  @Field(() => EditionAudienceInput, { nullable: true, description: 'Fixed once published.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EditionAudienceInput)
  audience?: EditionAudienceInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Fixed once published.' })
  @IsOptional()
  @IsBoolean()
  mustRead?: boolean | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  pinnedUntil?: Date | null;
}

@InputType()
export class ScheduleEditionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  id!: string;

  @Field({ description: 'When to publish: in the future.' })
  @IsDate({ message: 'must be a date and time' })
  publishAt!: Date;
}

export { EditionAudienceKind };
