import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@kakehashi/server-platform';
import { TRIAGE_REMINDER_CRON, TRIAGE_REMINDER_JOB, TriageReminder } from '../triage/triage-reminder';

/** The domain's background jobs. */
@Injectable()
export class VoiceJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly reminder: TriageReminder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(TRIAGE_REMINDER_JOB, TRIAGE_REMINDER_CRON);
    this.jobs.work<object>(TRIAGE_REMINDER_JOB, () => this.reminder.remindOverdue().then(() => undefined));
  }
}
