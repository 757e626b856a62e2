import { Injectable } from '@nestjs/common';
import { CachedResults } from '@kakehashi/server-platform';

const COUNTS_TTL_MS = 15_000;
const COUNTS_ENTRIES = 200;

/**
 * Counts over many tickets (the inbox's status tabs, the insight page) per filter, kept
 * briefly on this replica: at 200,000 tickets they cost tens of milliseconds each and change
 * slowly. Any ticket write on this replica drops them; other replicas catch up within 15 s.
 */
@Injectable()
export class VoiceCountsCache extends CachedResults<unknown> {
  constructor() {
    super(COUNTS_TTL_MS, COUNTS_ENTRIES);
  }
}
