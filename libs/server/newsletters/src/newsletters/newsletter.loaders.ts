import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, type GraphQLContext, loaderKey } from '@kakehashi/server-platform';
import type { Newsletter } from './newsletter.model';
import { NewsletterService } from './newsletter.service';

const BY_ID = loaderKey<string, Newsletter | null>('newsletters.byId');

@Injectable()
export class NewsletterLoaders {
  constructor(private readonly newsletters: NewsletterService) {}

  byId(context: GraphQLContext, id: string): Promise<Newsletter | null> {
    return this.loader(context).load(id);
  }

  /** Newsletters a list already read (joined into an edition query) cost nothing more. */
  prime(context: GraphQLContext, newsletters: Newsletter[]): void {
    const loader = this.loader(context);
    for (const newsletter of newsletters) loader.prime(newsletter.id, newsletter);
  }

  private loader(context: GraphQLContext): DataLoader<string, Newsletter | null> {
    const personId = context.viewer?.personId ?? '00000000-0000-0000-0000-000000000000';
    return context.loaders.get(
      BY_ID,
      () => new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.newsletters.byIds(ids, personId), (row) => row.id)),
    );
  }
}
