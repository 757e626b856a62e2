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
  MinLength,
  ValidateNested,
} from 'class-validator';
import { NoNulCharacters } from '@kakehashi/server-platform';
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

const TITLE_RULES = [
  IsString(),
  NoNulCharacters(),
  MinLength(1, { message: 'must not be empty' }),
  MaxLength(EDITION_TITLE_MAX_LENGTH, { message: `must be at most ${EDITION_TITLE_MAX_LENGTH} characters` }),
];
const SUMMARY_RULES = [
  IsString(),
  NoNulCharacters(),
  MaxLength(EDITION_SUMMARY_MAX_LENGTH, { message: `must be at most ${EDITION_SUMMARY_MAX_LENGTH} characters` }),
];
const TAGS_RULES = [
  IsArray(),
  ArrayMaxSize(EDITION_TAGS_MAX, { message: `must have at most ${EDITION_TAGS_MAX} tags` }),
  IsString({ each: true }),
  MaxLength(EDITION_TAG_MAX_LENGTH, { each: true, message: `each must be at most ${EDITION_TAG_MAX_LENGTH} characters` }),
];
const apply =
  (rules: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const rule of rules) rule(target, key);
  };

@InputType()
export class CreateEditionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a newsletter id' })
  newsletterId!: string;

  @Field()
  @apply(TITLE_RULES)
  title!: string;

  @Field({ defaultValue: '' })
  @apply(SUMMARY_RULES)
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
  @apply(TAGS_RULES)
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
  @apply(TITLE_RULES)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @apply(SUMMARY_RULES)
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
  @apply(TAGS_RULES)
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
