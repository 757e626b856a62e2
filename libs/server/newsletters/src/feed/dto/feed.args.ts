import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PagingArgs } from '@kakehashi/server-platform';

@ArgsType()
export class FeedArgs extends PagingArgs {
  @Field({ defaultValue: false, description: 'Only editions I have not opened yet (pinned ones too, while unread).' })
  @IsBoolean({ message: 'must be true or false' })
  unreadOnly: boolean = false;
}
