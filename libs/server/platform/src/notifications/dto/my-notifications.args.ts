import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PagingArgs } from '../../graphql/paging.args';

@ArgsType()
export class MyNotificationsArgs extends PagingArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only the ones not yet read.' })
  @IsBoolean()
  unreadOnly: boolean = false;
}
