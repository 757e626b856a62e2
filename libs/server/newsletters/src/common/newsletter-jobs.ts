import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@kakehashi/server-platform';
import { DigestService, WEEKLY_DIGEST_CRON, WEEKLY_DIGEST_JOB } from '../digest/digest.service';
import { EditionPublisher, PUBLISH_DUE_CRON, PUBLISH_DUE_JOB, PUBLISH_JOB, type PublishJob } from '../editions/edition-publisher.service';

/**
 * The domain's background jobs. Registered at bootstrap one queue at a time: pg-boss 10's
 * create_queue deadlocks when two run at once, and the platform's JobQueue starts the
 * workers registered before bootstrap in parallel. schedule() awaits its queue; the worker
 * registered after it finds the queue there; the publish worker comes last, alone.
 */
@Injectable()
export class NewsletterJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly publisher: EditionPublisher,
    private readonly digest: DigestService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(PUBLISH_DUE_JOB, PUBLISH_DUE_CRON);
    this.jobs.work<object>(PUBLISH_DUE_JOB, () => this.publisher.publishAllDue());
    await this.jobs.schedule(WEEKLY_DIGEST_JOB, WEEKLY_DIGEST_CRON);
    this.jobs.work<object>(WEEKLY_DIGEST_JOB, () => this.digest.sendWeekly().then(() => undefined));
    this.jobs.work<PublishJob>(PUBLISH_JOB, (job) => this.publisher.publishIfDue(job.editionId).then(() => undefined));
  }
}
