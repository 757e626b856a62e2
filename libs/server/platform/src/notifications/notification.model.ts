import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/pagination';
import { LocalizedTextModel } from '../graphql/localized-text.model';

@ObjectType({ description: 'Something that concerns the signed-in person (the bell).' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened, dotted by domain: newsletter.mention, newsletter.mustRead, …' })
  kind!: string;

  @Field(() => LocalizedTextModel)
  title!: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { nullable: true })
  body!: LocalizedTextModel | null;

  @Field({ description: 'Where it leads: a path of the web app.' })
  link!: string;

  /** Resolved to `actor` (a Person) by the resolver. */
  actorId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the person marked it read; null while unread.' })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationEdge {
  @Field()
  cursor!: string;

  @Field(() => Notification)
  node!: Notification;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for (NotificationConnectionResolver). */
  countUnread!: () => Promise<number>;
}
