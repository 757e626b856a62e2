import { Inject, Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  byKeys,
  GOAL_LINKS,
  type GoalLinkPort,
  type GraphQLContext,
  groupedByKeys,
  type LinkedGoalStatus,
  loaderKey,
} from '@kakehashi/server-platform';
import { TeamDirectoryService } from './team-directory.service';
import type { PersonTeam, Team, TeamMember } from './team.model';

const BY_ID = loaderKey<string, Team | null>('teams.byId');
const MEMBERS = loaderKey<string, TeamMember[]>('teams.members');
const GOAL_LINKS_OF = loaderKey<string, { goalId: string; relation: string }[]>('teams.goalLinks');
const GOAL_STATUS = loaderKey<string, LinkedGoalStatus | null>('teams.goalStatus');
const TEAMS_OF_PERSON = loaderKey<string, PersonTeam[]>('teams.ofPerson');

/** Per-request batches: a page of teams, their rosters and goals, and people's teams cost one statement each. */
@Injectable()
export class TeamLoaders {
  constructor(
    private readonly teams: TeamDirectoryService,
    @Optional() @Inject(GOAL_LINKS) private readonly goalLinks: GoalLinkPort | null,
  ) {}

  byId(context: GraphQLContext, id: string): Promise<Team | null> {
    return this.byIdLoader(context).load(id);
  }

  prime(context: GraphQLContext, teams: readonly Team[]): void {
    const loader = this.byIdLoader(context);
    for (const team of teams) loader.prime(team.id, team);
  }

  /** Members who have not left, leads first. */
  members(context: GraphQLContext, teamId: string): Promise<TeamMember[]> {
    return context.loaders
      .get(
        MEMBERS,
        () => new DataLoader(async (ids: readonly string[]) => groupedByKeys(ids, await this.teams.members(ids), (m) => m.teamId)),
      )
      .load(teamId);
  }

  goalLinksOf(context: GraphQLContext, teamId: string): Promise<{ goalId: string; relation: string }[]> {
    return context.loaders
      .get(
        GOAL_LINKS_OF,
        () =>
          new DataLoader(async (ids: readonly string[]) =>
            groupedByKeys(
              ids,
              (await this.teams.goalLinks(ids)).map((row) => ({ teamId: row.team_id, goalId: row.goal_id, relation: row.relation })),
              (row) => row.teamId,
            ),
          ),
      )
      .load(teamId);
  }

  goalStatus(context: GraphQLContext, goalId: string): Promise<LinkedGoalStatus | null> {
    return context.loaders
      .get(
        GOAL_STATUS,
        () =>
          new DataLoader(async (ids: readonly string[]) => byKeys(ids, (await this.goalLinks?.goalStatuses(ids)) ?? [], (goal) => goal.id)),
      )
      .load(goalId);
  }

  teamsOfPerson(context: GraphQLContext, personId: string): Promise<PersonTeam[]> {
    return context.loaders
      .get(
        TEAMS_OF_PERSON,
        () =>
          new DataLoader(async (ids: readonly string[]) => groupedByKeys(ids, await this.teams.teamsOfPeople(ids), (row) => row.personId)),
      )
      .load(personId);
  }

  private byIdLoader(context: GraphQLContext): DataLoader<string, Team | null> {
    return context.loaders.get(
      BY_ID,
      () => new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.teams.byIds(ids), (t) => t.id)),
    );
  }
}
