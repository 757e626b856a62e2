import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SEARCH_TEXT_MAX_LENGTH } from '@kakehashi/shared-contracts';
import { PagingArgs } from '@kakehashi/server-platform';

@ArgsType()
export class PeopleArgs extends PagingArgs {
  @Field(() => String, { nullable: true, description: 'Fragments of a name in kanji, kana or Latin letters, or of a mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_TEXT_MAX_LENGTH, { message: `must be at most ${SEARCH_TEXT_MAX_LENGTH} characters` })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a department id' })
  departmentId?: string | null;
}
