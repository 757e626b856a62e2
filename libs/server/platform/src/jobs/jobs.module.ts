import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';
import { JOBS_DATABASE_URL, PgBossJobQueue } from './pg-boss-job-queue';

/** Background jobs (pg-boss) for every module: inject JobQueue. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: { databaseUrl: string }): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        { provide: JOBS_DATABASE_URL, useValue: options.databaseUrl },
        PgBossJobQueue,
        { provide: JobQueue, useExisting: PgBossJobQueue },
      ],
      exports: [JobQueue],
    };
  }
}
