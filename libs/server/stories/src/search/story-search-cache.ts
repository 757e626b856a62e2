import { Injectable } from '@nestjs/common';
import { CachedResults } from '@kakehashi/server-platform';

/** Seconds a search's page, total and facets are reused in this process (other replicas: at most this stale). */
const SEARCH_CACHE_TTL_MS = 30_000;
const SEARCH_CACHE_ENTRIES = 500;

/**
 * The costly part of story searches (the page's ids, the total and the facets over every
 * match), per search text, filters, sort and page. People repeat searches: at 50,000 stories a
 * common two-character word matches thousands, and counting their facets costs tens of
 * milliseconds. Dropped at once on this replica by every publication, edit, archive and
 * restore; votes and views do not drop it (their counts show live on each hit).
 */
@Injectable()
export class StorySearchCache extends CachedResults<unknown> {
  constructor() {
    super(SEARCH_CACHE_TTL_MS, SEARCH_CACHE_ENTRIES);
  }
}
