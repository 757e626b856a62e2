import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional } from 'class-validator';
import { IsText } from '@kakehashi/server-platform';
import { Locale, PROFILE_BIO_MAX_LENGTH, PROFILE_LOCATION_MAX_LENGTH } from '@kakehashi/shared-contracts';

/** The fields a person may change themselves; the rest comes from Entra ID or admins. */
@InputType()
export class UpdateMyProfileInput {
  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale, { message: 'must be ja or en' })
  preferredLocale?: Locale | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(PROFILE_BIO_MAX_LENGTH)
  bio?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(PROFILE_LOCATION_MAX_LENGTH)
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server means a CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
