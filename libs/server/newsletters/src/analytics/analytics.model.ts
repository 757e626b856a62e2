import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Department } from '@kakehashi/server-platform';

/** Engagement over a known audience: counts of unique people, and rates over the audience (never raw views alone). */
@ObjectType()
export class Engagement {
  @Field(() => Int, { description: 'Active people addressed at publication.' })
  audienceSize!: number;

  @Field(() => Int, { description: 'Unique people who opened it.' })
  openers!: number;

  @Field(() => Int, { description: 'Unique people who read it to the end or for 30 s or more.' })
  readers!: number;

  @Field(() => Int, { description: 'Unique people who reacted.' })
  reactors!: number;

  @Field(() => Int)
  comments!: number;

  @Field(() => Int)
  acknowledgements!: number;

  @Field(() => Float, { description: 'Openers / audience (0–1).' })
  reach!: number;

  @Field(() => Float, { description: 'Readers / audience (0–1).' })
  readRate!: number;

  @Field(() => Float, { description: 'Reactors / audience (0–1).' })
  reactionRate!: number;

  @Field(() => Float, { nullable: true, description: 'Acknowledgements / audience (0–1), for must-reads.' })
  acknowledgementRate!: number | null;
}

@ObjectType()
export class DepartmentEngagement extends Engagement {
  @Field(() => Department, { nullable: true })
  department!: Department | null;

  departmentId!: string;
}

@ObjectType({ description: "An edition's engagement over its audience, overall and by department." })
export class EditionAnalytics extends Engagement {
  @Field(() => ID)
  editionId!: string;

  @Field()
  mustRead!: boolean;

  @Field(() => [DepartmentEngagement], { description: 'Per addressed department, largest audience first.' })
  byDepartment!: DepartmentEngagement[];
}

@ObjectType({ description: 'One published edition as a point of a chart.' })
export class EditionEngagementPoint extends Engagement {
  @Field(() => ID)
  editionId!: string;

  @Field()
  title!: string;

  @Field()
  publishedAt!: Date;

  @Field()
  mustRead!: boolean;
}

@ObjectType({ description: 'The editions published in one week (Monday, Asia/Tokyo), their audiences summed.' })
export class WeeklyEngagement extends Engagement {
  @Field({ description: 'The Monday (YYYY-MM-DD, Asia/Tokyo).' })
  weekStart!: string;

  @Field(() => Int)
  editions!: number;
}

@ObjectType()
export class NewsletterAnalytics {
  @Field(() => ID)
  newsletterId!: string;

  @Field(() => [EditionEngagementPoint], { description: 'Editions published in the range, oldest first (at most 200).' })
  editions!: EditionEngagementPoint[];

  @Field(() => [WeeklyEngagement])
  weeks!: WeeklyEngagement[];

  @Field(() => [DepartmentEngagement], {
    description: "The range's editions by addressed department: audiences summed, largest first (acknowledgements over must-reads).",
  })
  byDepartment!: DepartmentEngagement[];
}
