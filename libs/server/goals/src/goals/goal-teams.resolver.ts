import { Inject, Optional } from '@nestjs/common';
import { Field, ID, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import {
  type GraphQLContext,
  groupedByKeys,
  type LinkedTeamSummary,
  loaderKey,
  type NoArgs,
  TEAM_LINKS,
  type TeamLinkPort,
} from '@kakehashi/server-platform';
import { Goal } from './goal.model';

@ObjectType({ description: 'A cross-functional team that owns a goal or contributes to it.' })
export class GoalTeam {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field({ description: 'The team’s status (FORMING, ACTIVE, CLOSED).' })
  status!: string;

  @Field({ description: 'OWNS or CONTRIBUTES.' })
  relation!: string;
}

const TEAMS_OF_GOAL = loaderKey<string, LinkedTeamSummary[]>('goals.teams');

/** The teams behind a goal, as the directory's rosters record them. */
@Resolver(() => Goal)
export class GoalTeamsResolver {
  constructor(@Optional() @Inject(TEAM_LINKS) private readonly teamLinks: TeamLinkPort | null) {}

  @ResolveField(() => [GoalTeam], { description: 'Teams that own it, then teams that contribute to it.' })
  async teams(goal: Goal, _args: NoArgs, context: GraphQLContext): Promise<GoalTeam[]> {
    const linked = await context.loaders
      .get(
        TEAMS_OF_GOAL,
        () =>
          new DataLoader(async (ids: readonly string[]) =>
            groupedByKeys(ids, (await this.teamLinks?.teamsOfGoals(ids)) ?? [], (team) => team.goalId),
          ),
      )
      .load(goal.id);
    return linked.map((team) => ({ id: team.teamId, name: team.name, nameEn: team.nameEn, status: team.status, relation: team.relation }));
  }
}
