import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@kakehashi/server-platform';
import { SIMILAR_JOB, SIMILAR_REFRESH_CRON, SIMILAR_REFRESH_JOB, type SimilarJob, StorySimilarity } from '../similar/story-similarity';
import {
  StoryVerificationReminder,
  VERIFICATION_REMINDER_CRON,
  VERIFICATION_REMINDER_JOB,
} from '../verification/story-verification-reminder';

/**
 * The domain's background jobs, registered one queue at a time at bootstrap (pg-boss's
 * create_queue deadlocks when two run at once; see the newsletters' jobs).
 */
@Injectable()
export class StoryJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly reminder: StoryVerificationReminder,
    private readonly similarity: StorySimilarity,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(VERIFICATION_REMINDER_JOB, VERIFICATION_REMINDER_CRON);
    this.jobs.work<object>(VERIFICATION_REMINDER_JOB, () => this.reminder.remindDue().then(() => undefined));
    await this.jobs.schedule(SIMILAR_REFRESH_JOB, SIMILAR_REFRESH_CRON);
    this.jobs.work<object>(SIMILAR_REFRESH_JOB, () => this.similarity.refreshOldest().then(() => undefined));
    this.jobs.work<SimilarJob>(SIMILAR_JOB, (job) => this.similarity.refresh([job.storyId]).then(() => undefined));
  }
}
