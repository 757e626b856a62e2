import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';

@ArgsType()
export class PeopleArgs {
  @Field(() => String, { nullable: true, description: 'Fragments of a name in kanji, kana or Latin letters, or of a mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_TEXT_MAX_LENGTH, { message: `must be at most ${SEARCH_TEXT_MAX_LENGTH} characters` })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a department id' })
  departmentId?: string | null;

  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(PAGE_SIZE_MAX, { message: `must be at most ${PAGE_SIZE_MAX}` })
  first: number = PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
