import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { NoNulCharacters } from '@kakehashi/server-platform';
import { NEWSLETTER_DESCRIPTION_MAX_LENGTH, NEWSLETTER_NAME_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { NewsletterCadence } from '../../common/enums';

/** A newsletter's name in one language: text, not empty, bounded. */
const IsNewsletterName = () =>
  applyDecorators(
    IsString(),
    NoNulCharacters(),
    MinLength(1, { message: 'must not be empty' }),
    MaxLength(NEWSLETTER_NAME_MAX_LENGTH, { message: `must be at most ${NEWSLETTER_NAME_MAX_LENGTH} characters` }),
  );

/** A newsletter's description in one language: text, may be empty, bounded. */
const IsNewsletterDescription = () =>
  applyDecorators(
    IsString(),
    NoNulCharacters(),
    MaxLength(NEWSLETTER_DESCRIPTION_MAX_LENGTH, { message: `must be at most ${NEWSLETTER_DESCRIPTION_MAX_LENGTH} characters` }),
  );

@InputType()
export class CreateNewsletterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a department id' })
  departmentId!: string;

  @Field()
  @IsNewsletterName()
  nameJa!: string;

  @Field()
  @IsNewsletterName()
  nameEn!: string;

  @Field({ defaultValue: '' })
  @IsNewsletterDescription()
  descriptionJa: string = '';

  @Field({ defaultValue: '' })
  @IsNewsletterDescription()
  descriptionEn: string = '';

  @Field(() => NewsletterCadence)
  @IsEnum(NewsletterCadence, { message: 'must be a cadence' })
  cadence!: NewsletterCadence;

  @Field({ defaultValue: false, description: 'Only admins may make a newsletter company-wide.' })
  @IsBoolean()
  companyWide: boolean = false;
}

@InputType()
export class UpdateNewsletterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a newsletter id' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means a CONFLICT.' })
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNewsletterName()
  nameJa?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNewsletterName()
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNewsletterDescription()
  descriptionJa?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNewsletterDescription()
  descriptionEn?: string | null;

  @Field(() => NewsletterCadence, { nullable: true })
  @IsOptional()
  @IsEnum(NewsletterCadence, { message: 'must be a cadence' })
  cadence?: NewsletterCadence | null;

  @Field(() => Boolean, { nullable: true, description: 'Only admins may change it.' })
  @IsOptional()
  @IsBoolean()
  companyWide?: boolean | null;
}
