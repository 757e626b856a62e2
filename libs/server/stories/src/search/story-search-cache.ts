import { Injectable } from '@nestjs/common';
import { CachedResults } from '@kakehashi/server-platform';

/** How long a search's page, total and facets are reused in this process before a background reload. */
const SEARCH_CACHE_TTL_MS = 15_000;
const SEARCH_CACHE_ENTRIES = 500;

/**
 * The costly part of story searches (the page's ids, the total and the facets over every
 * match), per search text, filters, sort and page. People repeat searches: at 50,000 stories a
 * common two-character word matches thousands, counting their facets costs 50 ms, and the
 * unfiltered first page (facets over every story) 280 ms. Repeats are answered from here and
 * reloaded in the background once 15 s old. Dropped at once on this replica by every
 * publication, edit, archive and restore; other replicas catch up within 15 s. Votes and views
 * do not drop it (their counts show live on each hit).
 */
@Injectable()
export class StorySearchCache extends CachedResults<unknown> {
  constructor() {
    super(SEARCH_CACHE_TTL_MS, SEARCH_CACHE_ENTRIES);
  }
}
