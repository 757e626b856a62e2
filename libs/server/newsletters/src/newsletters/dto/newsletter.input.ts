import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';
import { IsText } from '@kakehashi/server-platform';
import { NEWSLETTER_DESCRIPTION_MAX_LENGTH, NEWSLETTER_NAME_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { NewsletterCadence } from '../../common/enums';

@InputType()
export class CreateNewsletterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a department id' })
  departmentId!: string;

  @Field()
  @IsText(NEWSLETTER_NAME_MAX_LENGTH, { required: true })
  nameJa!: string;

  @Field()
  @IsText(NEWSLETTER_NAME_MAX_LENGTH, { required: true })
  nameEn!: string;

  @Field({ defaultValue: '' })
  @IsText(NEWSLETTER_DESCRIPTION_MAX_LENGTH)
  descriptionJa: string = '';

  @Field({ defaultValue: '' })
  @IsText(NEWSLETTER_DESCRIPTION_MAX_LENGTH)
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
  @IsText(NEWSLETTER_NAME_MAX_LENGTH, { required: true })
  nameJa?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(NEWSLETTER_NAME_MAX_LENGTH, { required: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(NEWSLETTER_DESCRIPTION_MAX_LENGTH)
  descriptionJa?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(NEWSLETTER_DESCRIPTION_MAX_LENGTH)
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
