import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'My newsletter mail settings.' })
export class NewsletterPreferences {
  @Field({ description: 'The weekly digest of unread editions (Monday 08:00, Japan time).' })
  weeklyDigest!: boolean;
}
