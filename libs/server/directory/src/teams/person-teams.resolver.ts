import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { Department, type GraphQLContext, type NoArgs, Person } from '@kakehashi/server-platform';
import { TeamStatus } from './team-enums';
import { TeamDirectoryService } from './team-directory.service';
import { TeamLoaders } from './team.loaders';
import { PersonTeam, Team } from './team.model';

/** A person's teams and allocation, on their profile. */
@Resolver(() => Person)
export class PersonTeamsResolver {
  constructor(private readonly loaders: TeamLoaders) {}

  @ResolveField(() => [PersonTeam], { description: 'Teams the person is on and has not left; closed teams last.' })
  teams(person: Person, _args: NoArgs, context: GraphQLContext): Promise<PersonTeam[]> {
    return this.loaders.teamsOfPerson(context, person.id);
  }

  @ResolveField(() => Int, {
    description:
      'Sum of allocation (%) over the teams the person is on today (started, not ended, team not closed); over 100 is overbooked.',
  })
  async totalAllocation(person: Person, _args: NoArgs, context: GraphQLContext): Promise<number> {
    const teams = await this.loaders.teamsOfPerson(context, person.id);
    return teams
      .filter((entry) => entry.current && entry.team.status !== TeamStatus.CLOSED)
      .reduce((sum, entry) => sum + entry.allocation, 0);
  }
}

/** The teams a department's people are in, on the department page. */
@Resolver(() => Department)
export class DepartmentTeamsResolver {
  constructor(private readonly directory: TeamDirectoryService) {}

  @ResolveField(() => [Team], { description: 'Teams (not closed) with a member from this department or one below it.' })
  teams(department: Department): Promise<Team[]> {
    return this.directory.teamsOfDepartment(department.id);
  }
}
