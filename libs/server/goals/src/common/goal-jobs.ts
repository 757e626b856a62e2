import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@kakehashi/server-platform';
import { PERIOD_END_CRON, PERIOD_END_JOB, PeriodEnd } from '../board/period-end';
import { CHECK_IN_REMINDER_CRON, CHECK_IN_REMINDER_JOB, CheckInReminder } from '../reminders/check-in-reminder';

/** The domain's background jobs, registered one queue at a time (pg-boss's create_queue deadlocks when two run at once). */
@Injectable()
export class GoalJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly reminder: CheckInReminder,
    private readonly periodEnd: PeriodEnd,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(CHECK_IN_REMINDER_JOB, CHECK_IN_REMINDER_CRON);
    this.jobs.work<object>(CHECK_IN_REMINDER_JOB, () => this.reminder.remindDue().then(() => undefined));
    await this.jobs.schedule(PERIOD_END_JOB, PERIOD_END_CRON);
    this.jobs.work<object>(PERIOD_END_JOB, () => this.periodEnd.run().then(() => undefined));
  }
}
