import { Args, ID, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { assertId, type GraphQLContext, loaderKey, type NoArgs, Person } from '@kakehashi/server-platform';
import { OrgChartService } from './org-chart.service';

const REPORT_COUNTS = loaderKey<string, number>('orgChart.directReportCount');

@Resolver(() => Person)
export class OrgChartResolver {
  constructor(private readonly orgChart: OrgChartService) {}

  @Query(() => [Person], { description: 'The top of the org chart: active people with no active manager.' })
  orgChartRoots(): Promise<Person[]> {
    return this.orgChart.roots();
  }

  @Query(() => [Person], { description: 'The manager chain from the top down to this person (them last), to open the chart at them.' })
  orgChartPath(@Args('personId', { type: () => ID }) personId: string): Promise<Person[]> {
    return this.orgChart.pathTo(assertId(personId, 'personId'));
  }

  @ResolveField(() => Int, { description: 'Active people who report to this person directly.' })
  directReportCount(person: Person, _args: NoArgs, context: GraphQLContext): Promise<number> {
    return context.loaders
      .get(
        REPORT_COUNTS,
        () =>
          new DataLoader(async (ids: readonly string[]) => {
            const counts = await this.orgChart.directReportCounts(ids);
            return ids.map((id) => counts.get(id) ?? 0);
          }),
      )
      .load(person.id);
  }
}
