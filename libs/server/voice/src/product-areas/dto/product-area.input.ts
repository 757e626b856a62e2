import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsText } from '@kakehashi/server-platform';
import { PRODUCT_AREA_KEY_PATTERN, PRODUCT_AREA_NAME_MAX_LENGTH } from '@kakehashi/shared-contracts';

@InputType({ description: 'A new product area (no id) or changes to one (admins).' })
export class SaveProductAreaInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a product area id' })
  id?: string;

  @Field({ description: "Lower-case letters, digits and '-', 2–40 long, e.g. 'billing'." })
  @Matches(PRODUCT_AREA_KEY_PATTERN, { message: "must be 2–40 lower-case letters, digits or '-'" })
  key!: string;

  @Field()
  @IsText(PRODUCT_AREA_NAME_MAX_LENGTH, { required: true })
  nameJa!: string;

  @Field()
  @IsText(PRODUCT_AREA_NAME_MAX_LENGTH, { required: true })
  nameEn!: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(10000)
  sortOrder: number = 0;
}
