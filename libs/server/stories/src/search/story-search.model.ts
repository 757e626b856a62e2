import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Department, PageInfo, TextSegment } from '@kakehashi/server-platform';
import { StoryIndustry, StoryVerificationState } from '../common/enums';
import { Story } from '../stories/story.model';

@ObjectType({ description: 'One story found, with the matched text highlighted.' })
export class StorySearchHit {
  @Field()
  cursor!: string;

  @Field(() => Story)
  story!: Story;

  @Field(() => [TextSegment], { description: 'The title, split into matched and unmatched pieces.' })
  titleHighlight!: TextSegment[];

  @Field(() => [TextSegment], { description: 'A short passage where the search text matched (the challenge opening without search text).' })
  snippet!: TextSegment[];

  @Field(() => Float, { nullable: true, description: 'Relevance (higher first): null without search text.' })
  relevance!: number | null;
}

@ObjectType()
export class IndustryFacetCount {
  @Field(() => StoryIndustry)
  value!: StoryIndustry;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class DepartmentFacetCount {
  @Field(() => Department)
  department!: Department;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class TextFacetCount {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class VerificationFacetCount {
  @Field(() => StoryVerificationState)
  value!: StoryVerificationState;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'Counts per filter value over the stories found. Each facet counts with the other facets’ filters applied but not its own, so that choosing a second value of the same facet widens the result.',
})
export class StoryFacets {
  @Field(() => [IndustryFacetCount])
  industries!: IndustryFacetCount[];

  @Field(() => [DepartmentFacetCount])
  departments!: DepartmentFacetCount[];

  @Field(() => [TextFacetCount])
  products!: TextFacetCount[];

  @Field(() => [TextFacetCount])
  tags!: TextFacetCount[];

  @Field(() => Int, { description: 'Stories with at least one quantified outcome.' })
  withOutcomes!: number;

  @Field(() => [VerificationFacetCount])
  verification!: VerificationFacetCount[];
}

@ObjectType({ description: 'A word of the search text no story has, and the similar words searched instead.' })
export class StorySearchCorrection {
  @Field()
  word!: string;

  @Field(() => [String])
  similar!: string[];
}

@ObjectType({ description: 'A page of published stories found, with facets over all of them.' })
export class StorySearchResult {
  @Field(() => [StorySearchHit])
  hits!: StorySearchHit[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Stories found in all (every page).' })
  totalCount!: number;

  @Field(() => StoryFacets)
  facets!: StoryFacets;

  @Field(() => [StorySearchCorrection], {
    description: 'English words of the search text that no story has, searched as similar words instead (onbording → onboarding).',
  })
  corrections!: StorySearchCorrection[];
}
