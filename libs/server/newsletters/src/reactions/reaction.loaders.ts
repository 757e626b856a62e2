import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type GraphQLContext, loaderKey } from '@kakehashi/server-platform';
import type { EditionReaction } from './reaction.model';
import { ReactionService } from './reaction.service';

const SUMMARY = loaderKey<string, EditionReaction[]>('newsletters.reactionSummary');

@Injectable()
export class ReactionLoaders {
  constructor(private readonly reactions: ReactionService) {}

  /** Counts and mine for every edition of the request, in one statement. */
  summary(context: GraphQLContext, editionId: string): Promise<EditionReaction[]> {
    const personId = context.viewer?.personId ?? '00000000-0000-0000-0000-000000000000';
    return context.loaders
      .get(
        SUMMARY,
        () =>
          new DataLoader(async (ids: readonly string[]) => {
            const summaries = await this.reactions.summaries(ids, personId);
            return ids.map((id) => summaries.get(id) ?? []);
          }),
      )
      .load(editionId);
  }
}
