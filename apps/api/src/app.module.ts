import { type DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@kakehashi/server-directory';
import { NewslettersModule } from '@kakehashi/server-newsletters';
import { type AppConfig, PlatformModule } from '@kakehashi/server-platform';
import { ENTITIES } from './entities';

/** Wiring only: the platform and each domain. */
@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ config, databaseUrl, entities: ENTITIES }), DirectoryModule, NewslettersModule],
    };
  }
}

/** Domain modules whose resolvers make up the schema (print-schema builds it from these). */
export const DOMAIN_MODULES = [DirectoryModule, NewslettersModule];
