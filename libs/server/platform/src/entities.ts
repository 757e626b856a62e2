import { PendingSignInEntity } from './auth/sessions/pending-sign-in.entity';
import { SessionEntity } from './auth/sessions/session.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { SeedRunEntity } from './seed/seed-run.entity';
import { ChangeStampEntity } from './cache/change-stamp.entity';

export const PLATFORM_ENTITIES = [SessionEntity, PendingSignInEntity, SeedRunEntity, NotificationEntity, ChangeStampEntity];
