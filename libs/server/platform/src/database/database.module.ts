import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { createDataSourceOptions } from './data-source-options';
import { StatementCounterLogger } from './statement-counter.logger';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export interface DatabaseModuleOptions {
  url: string;
  entities: EntityList;
}

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            const logger = new Logger('Database');
            const dataSource = new DataSource(
              createDataSourceOptions({
                url: options.url,
                entities: options.entities,
                poolSize: config.database.poolSize,
                connectTimeoutMs: config.database.connectTimeoutMs,
                statementTimeoutMs: config.database.statementTimeoutMs,
                logger: new StatementCounterLogger({
                  warn: (message) => logger.warn(message),
                  error: (message) => logger.error(message),
                  debug: (message) => logger.debug(message),
                }),
              }),
            );
            return dataSource.initialize();
          },
        },
      ],
      exports: [DataSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
