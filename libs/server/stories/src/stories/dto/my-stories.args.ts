import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { PagingArgs } from '@kakehashi/server-platform';
import { MyStoriesScope } from '../../common/enums';

@ArgsType()
export class MyStoriesArgs extends PagingArgs {
  @Field(() => MyStoriesScope)
  @IsEnum(MyStoriesScope, { message: 'must be WRITING, REVIEWING, OWNED or BOOKMARKED' })
  scope!: MyStoriesScope;
}
