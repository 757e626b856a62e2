import { NotificationsModule } from '../notifications/notifications.module';

/** Platform modules with resolvers of their own: the printed schema (print-schema.ts) includes them. */
export const PLATFORM_SCHEMA_MODULES = [NotificationsModule];
