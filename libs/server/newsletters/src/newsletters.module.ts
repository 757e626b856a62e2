import { Module } from '@nestjs/common';

/** Department newsletters: newsletters, editions, audiences, reads, reactions, comments, acknowledgements. */
@Module({ providers: [] })
export class NewslettersModule {}
