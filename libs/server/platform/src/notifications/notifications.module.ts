import { Global, Module } from '@nestjs/common';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationConnectionResolver, NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { Notifier } from './notifier';

/** The Notifier for every domain, and the bell's GraphQL. */
@Global()
@Module({
  providers: [
    NotificationService,
    { provide: Notifier, useExisting: NotificationService },
    NotificationInboxService,
    NotificationResolver,
    NotificationConnectionResolver,
  ],
  exports: [Notifier],
})
export class NotificationsModule {}
