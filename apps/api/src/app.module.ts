import { type DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@kakehashi/server-directory';
import { GoalsModule } from '@kakehashi/server-goals';
import { NewslettersModule } from '@kakehashi/server-newsletters';
import { type AppConfig, PlatformModule } from '@kakehashi/server-platform';
import { StoriesModule } from '@kakehashi/server-stories';
import { VoiceModule } from '@kakehashi/server-voice';
import { ENTITIES } from './entities';

/** Wiring only: the platform and each domain. */
@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, databaseUrl, entities: ENTITIES }),
        DirectoryModule,
        NewslettersModule,
        StoriesModule,
        GoalsModule,
        VoiceModule,
      ],
    };
  }
}

/** Domain modules whose resolvers make up the schema (print-schema builds it from these). */
export const DOMAIN_MODULES = [DirectoryModule, NewslettersModule, StoriesModule, GoalsModule, VoiceModule];
