import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@kakehashi/shared-contracts';

/** `first` and `after` of every list (a Relay connection), with the hard maximum page size; lists with filters extend it. */
@ArgsType()
export class PagingArgs {
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
