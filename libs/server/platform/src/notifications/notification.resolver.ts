import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { assertId } from '../graphql/ids';
import { BadUserInputError } from '../graphql/errors';
import { CurrentViewer } from '../auth/auth.decorators';
import { PERSON_DIRECTORY, type PersonDirectoryPort, type Viewer } from '../auth/viewer';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { NoArgs } from '../graphql/field-resolver';
import { LoaderRegistry } from '../graphql/loader-registry';
import { Person } from '../directory/person.model';
import { PubSub } from '../pubsub/pub-sub';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import { MARK_READ_MAX_IDS, NotificationInboxService } from './notification-inbox.service';
import { type NotificationAddedEvent, notificationAddedTopic } from './notification-event';
import { Notification, NotificationConnection } from './notification.model';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly pubSub: PubSub,
    @Inject(PERSON_DIRECTORY) private readonly people: PersonDirectoryPort,
  ) {}

  @Query(() => NotificationConnection, { description: 'The signed-in person’s notifications, newest first.' })
  myNotifications(@CurrentViewer() viewer: Viewer, @Args() args: MyNotificationsArgs): Promise<NotificationConnection> {
    return this.inbox.list(viewer.personId, args);
  }

  @Query(() => Int, { description: 'How many of the signed-in person’s notifications are unread (the bell’s badge).' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.inbox.unreadCount(viewer.personId);
  }

  @Mutation(() => Int, {
    description:
      'Marks the signed-in person’s own notifications read: these ids, or all of them when ids is omitted (an empty list marks none). How many changed; repeating it changes none.',
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    if (ids && ids.length > MARK_READ_MAX_IDS) throw BadUserInputError.field('ids', `must name at most ${MARK_READ_MAX_IDS} notifications`);
    const checked = ids ? [...new Set(ids.map((id) => assertId(id, 'ids')))] : null;
    return this.inbox.markRead(viewer.personId, checked);
  }

  @Subscription(() => Notification, {
    description: 'The signed-in person’s new notifications, as they arrive.',
    resolve(this: NotificationResolver, event: NotificationAddedEvent, _args: unknown, context: GraphQLContext): Notification {
      // A subscription's context lives as long as the socket: each event reads people afresh.
      context.loaders = new LoaderRegistry();
      return fromEvent(event);
    },
  })
  notificationAdded(@CurrentViewer() viewer: Viewer): AsyncIterableIterator<NotificationAddedEvent> {
    // The topic is the viewer's own: nobody can listen to another person's bell.
    return this.pubSub.subscribe<NotificationAddedEvent>(notificationAddedTopic(viewer.personId));
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who caused it, when a person did.' })
  actor(notification: Notification, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.people.loadPerson(context, notification.actorId);
  }
}

@Resolver(() => NotificationConnection)
export class NotificationConnectionResolver {
  @ResolveField(() => Int, { description: 'Unread notifications of the signed-in person, over all pages.' })
  unreadCount(connection: NotificationConnection): Promise<number> {
    return connection.countUnread();
  }
}

function fromEvent(event: NotificationAddedEvent): Notification {
  return {
    id: event.id,
    kind: event.kind,
    title: { ja: event.titleJa, en: event.titleEn },
    body: event.bodyJa !== null && event.bodyEn !== null ? { ja: event.bodyJa, en: event.bodyEn } : null,
    link: event.link,
    actorId: event.actorId,
    createdAt: new Date(event.createdAt),
    readAt: event.readAt ? new Date(event.readAt) : null,
  };
}
