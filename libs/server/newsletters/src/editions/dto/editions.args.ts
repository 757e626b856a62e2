import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { EditionStatus } from '../../common/enums';
import { PagingArgs } from '@kakehashi/server-platform';

@ArgsType()
export class NewsletterEditionsArgs extends PagingArgs {
  @Field(() => EditionStatus, { defaultValue: EditionStatus.PUBLISHED, description: 'Drafts and scheduled ones: editors only.' })
  @IsEnum(EditionStatus, { message: 'must be an edition status' })
  status: EditionStatus = EditionStatus.PUBLISHED;
}
