import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ProductArea } from '../product-areas/product-area.model';
import { Ticket } from '../tickets/ticket.model';

@ObjectType({ description: 'Tickets filed in one month for one product area (merged duplicates not counted).' })
export class VoiceVolumePoint {
  @Field({ description: 'YYYY-MM (Asia/Tokyo).' })
  month!: string;

  productAreaId!: string | null;

  @Field(() => ProductArea, { nullable: true })
  productArea?: ProductArea | null;

  @Field(() => Int)
  tickets!: number;

  @Field(() => Int, { description: 'Customer voices on those tickets (merged duplicates’ included).' })
  voices!: number;
}

@ObjectType({ description: 'A theme within a product area, over the period.' })
export class VoiceThemeRow {
  productAreaId!: string | null;

  @Field(() => ProductArea, { nullable: true })
  productArea?: ProductArea | null;

  @Field()
  theme!: string;

  @Field(() => Int)
  tickets!: number;

  @Field(() => Int)
  voices!: number;

  @Field(() => Int, { description: 'Distinct customer accounts across the theme’s tickets.' })
  customers!: number;

  @Field(() => Float, { description: 'Yen: each distinct customer’s annual contract value, once.' })
  revenueAtStake!: number;
}

@ObjectType({ description: 'What is at stake in one product area now: its open tickets.' })
export class VoiceAreaRow {
  productAreaId!: string | null;

  @Field(() => ProductArea, { nullable: true })
  productArea?: ProductArea | null;

  @Field(() => Int)
  openTickets!: number;

  @Field(() => Int, { description: 'Distinct customer accounts waiting on the area.' })
  customers!: number;

  @Field(() => Float, { description: 'Yen: each distinct customer’s annual contract value, once.' })
  revenueAtStake!: number;
}

@ObjectType({ description: 'Tickets whose first triage took this many business days.' })
export class TriageTimeBucket {
  @Field(() => Int)
  fromDays!: number;

  @Field(() => Int, { nullable: true, description: 'Inclusive; null for "and more".' })
  toDays!: number | null;

  @Field(() => Int)
  tickets!: number;
}

@ObjectType({ description: 'Time to first triage, in business days (weekends, Japanese holidays and 12/29–1/3 not counted).' })
export class TriageTimes {
  @Field(() => Int)
  targetDays!: number;

  @Field(() => [TriageTimeBucket])
  buckets!: TriageTimeBucket[];

  @Field(() => Int, { description: 'Tickets of the period triaged so far.' })
  triaged!: number;

  @Field(() => Int, { description: 'Of those, triaged within the target.' })
  withinTarget!: number;

  @Field(() => Float, { nullable: true, description: 'Median business days to first triage.' })
  medianDays!: number | null;

  @Field(() => Int, { description: 'New tickets waiting now.' })
  waiting!: number;

  @Field(() => Int, { description: 'Of those, past the target.' })
  overdue!: number;
}

@ObjectType({ description: 'The product insight page: volume, themes, what is at stake, time to triage, top requested.' })
export class VoiceInsights {
  @Field(() => [String], { description: 'The months covered, oldest first (YYYY-MM).' })
  months!: string[];

  @Field(() => [VoiceVolumePoint])
  volume!: VoiceVolumePoint[];

  @Field(() => [VoiceThemeRow], { description: 'Themes with the most customers, at most 20.' })
  themes!: VoiceThemeRow[];

  @Field(() => [VoiceAreaRow])
  areas!: VoiceAreaRow[];

  @Field(() => TriageTimes)
  triageTimes!: TriageTimes;

  @Field(() => [Ticket], { description: 'Open tickets with the most customers, at most 10.' })
  topRequested!: Ticket[];
}
