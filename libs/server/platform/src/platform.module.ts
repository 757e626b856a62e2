import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule, type EntityList } from './database/database.module';
import { KakehashiGraphQLModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PubSubModule } from './pubsub/pub-sub.module';
import { SeedModule } from './seed/seed.module';
import { StorageModule } from './storage/storage.module';

export interface PlatformOptions {
  config: AppConfig;
  /** The database actually used (DATABASE_URL or the embedded one). */
  databaseUrl: string;
  entities: EntityList;
}

/** Everything every domain stands on: config, logs, database, auth, GraphQL, health, metrics, seed. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggingModule.forRoot(options.config),
        DatabaseModule.forRoot({ url: options.databaseUrl, entities: options.entities }),
        MetricsModule,
        AuthModule,
        JobsModule.forRoot({ databaseUrl: options.databaseUrl }),
        MailModule,
        StorageModule,
        KakehashiGraphQLModule.forRoot(),
        PubSubModule,
        NotificationsModule,
        HealthModule,
        SeedModule,
      ],
      exports: [SeedModule],
    };
  }
}
