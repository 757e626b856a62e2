import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsUUID } from 'class-validator';

@ArgsType()
export class NewsletterAnalyticsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a newsletter id' })
  newsletterId!: string;

  @Field({ description: 'Editions published from then (inclusive).' })
  @IsDate({ message: 'must be a date and time' })
  from!: Date;

  @Field({ description: 'Up to then (exclusive); at most 366 days after from.' })
  @IsDate({ message: 'must be a date and time' })
  to!: Date;
}
