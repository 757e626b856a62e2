import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchLexicon } from '@kakehashi/server-platform';

/** English words of tickets' summaries and voices (voice_search_terms): typo-tolerant search and suggestions. */
@Injectable()
export class VoiceLexicon extends SearchLexicon {
  constructor(dataSource: DataSource) {
    super(dataSource, 'voice_search_terms');
  }
}
