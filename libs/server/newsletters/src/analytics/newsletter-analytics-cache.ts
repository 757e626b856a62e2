import { Injectable } from '@nestjs/common';
import { CachedResults } from '@kakehashi/server-platform';

/** How long a newsletter's analytics over a range are reused on this replica before a background reload. */
export const NEWSLETTER_ANALYTICS_TTL_MS = 15_000;
const NEWSLETTER_ANALYTICS_ENTRIES = 200;

/**
 * A newsletter's analytics over a range (per edition, per week, per department), per
 * newsletter and range, kept briefly on this replica. A quarter sums a few thousand counter
 * rows on every open, and the counters move with every read in the company: charts over
 * months that lag a few seconds behind the counters tell the editor the same thing, as the
 * analytics of SharePoint News and Viva Amplify (hours behind) do. An edition's own analytics
 * stay live. A publication or a retitled edition on this replica drops everything at once;
 * other replicas catch up within 15 s. Access is checked on every request, before this.
 */
@Injectable()
export class NewsletterAnalyticsCache extends CachedResults<unknown> {
  constructor() {
    super(NEWSLETTER_ANALYTICS_TTL_MS, NEWSLETTER_ANALYTICS_ENTRIES);
  }
}
