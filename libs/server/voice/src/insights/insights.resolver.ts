import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { VOICE_INSIGHT_MONTHS_MAX } from '@kakehashi/shared-contracts';
import { assertId, BadUserInputError } from '@kakehashi/server-platform';
import { VoiceInsights } from './insights.model';
import { InsightsService } from './insights.service';

@Resolver(() => VoiceInsights)
export class InsightsResolver {
  constructor(private readonly insights: InsightsService) {}

  @Query(() => VoiceInsights, {
    description: 'The product insight page (everyone reads it: the customer’s voice is the whole company’s business).',
  })
  voiceInsights(
    @Args('months', { type: () => Int, defaultValue: 12 }) months: number,
    @Args('productAreaId', { type: () => ID, nullable: true }) productAreaId: string | null,
  ): Promise<VoiceInsights> {
    if (!Number.isInteger(months) || months < 1 || months > VOICE_INSIGHT_MONTHS_MAX) {
      throw BadUserInputError.field('months', `must be a whole number from 1 to ${VOICE_INSIGHT_MONTHS_MAX}`);
    }
    return this.insights.insights(months, productAreaId ? assertId(productAreaId, 'productAreaId') : null);
  }
}
