import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JobMailer, MAIL_TRANSPORT } from './job-mailer';
import { createMailTransport } from './mail-transport';
import { Mailer } from './mailer';

/** Mail for every module: inject Mailer. Needs JobsModule. */
@Global()
@Module({
  providers: [
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createMailTransport(config) },
    JobMailer,
    { provide: Mailer, useExisting: JobMailer },
  ],
  exports: [Mailer],
})
export class MailModule {}
