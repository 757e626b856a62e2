import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PAGE_SIZE_DEFAULT, Role } from '@kakehashi/shared-contracts';
import {
  assertId,
  CurrentViewer,
  type GraphQLContext,
  type NoArgs,
  NotFoundError,
  PagingArgs,
  Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  ResponseCache,
  selectsField,
  type Viewer,
} from '@kakehashi/server-platform';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { DepartmentService } from '../departments/department.service';
import { AddTeamMemberInput, CreateTeamInput, LinkTeamGoalInput, UpdateTeamInput, UpdateTeamMemberInput } from './dto/team.input';
import { TeamsArgs } from './dto/teams.args';
import { TeamGoalRelation, TeamRole } from './team-enums';
import { TeamDirectoryService } from './team-directory.service';
import { TeamLoaders } from './team.loaders';
import { Team, TeamConnection, TeamDepartmentShare, TeamEvent, TeamEventConnection, TeamGoalLink, TeamMember } from './team.model';
import { TeamService } from './team.service';

/** Teams: everyone reads; leads and admins change a team; admins and editors create one. */
@Resolver(() => Team)
export class TeamResolver implements OnModuleInit {
  constructor(
    private readonly teamService: TeamService,
    private readonly directory: TeamDirectoryService,
    private readonly loaders: TeamLoaders,
    private readonly departments: DepartmentService,
    private readonly responses: ResponseCache,
  ) {}

  /**
   * The directory's pages are the same for everyone and change only when a team or a roster
   * does: kept until one of the tables they read is written (a card's leads and department
   * mix read people and departments; the goal filter reads the links).
   */
  onModuleInit(): void {
    this.responses.register({ field: 'teams', tables: ['teams', 'team_members', 'people', 'departments', 'team_goals'] });
  }

  @Query(() => TeamConnection, { description: 'The team directory: by name, with filters and search.' })
  async teams(@Args() args: TeamsArgs, @Context() context: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<TeamConnection> {
    const connection = await this.directory.list(args, { withTotal: selectsField(info, 'totalCount') });
    this.loaders.prime(
      context,
      connection.edges.map((edge) => edge.node),
    );
    return connection;
  }

  @Query(() => Team, { nullable: true })
  team(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext): Promise<Team | null> {
    return this.loaders.byId(context, assertId(id));
  }

  @Mutation(() => Team, { description: 'Creates a team with its roster and goals (admins and editors). Idempotent by key.' })
  async createTeam(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTeamInput): Promise<Team> {
    return this.reload(await this.teamService.create(viewer, input));
  }

  @Mutation(() => Team, { description: "Changes a team's own fields (its leads and admins)." })
  async updateTeam(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateTeamInput): Promise<Team> {
    await this.teamService.update(viewer, input);
    return this.reload(input.id);
  }

  @Mutation(() => Team, { description: 'Puts a person on a team; a person already on it is refused.' })
  async addTeamMember(@CurrentViewer() viewer: Viewer, @Args('input') input: AddTeamMemberInput): Promise<Team> {
    await this.teamService.addMember(viewer, input);
    return this.reload(input.teamId);
  }

  @Mutation(() => Team, { description: "Changes a member's role, allocation or dates." })
  async updateTeamMember(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateTeamMemberInput): Promise<Team> {
    return this.reload(await this.teamService.updateMember(viewer, input));
  }

  @Mutation(() => Team, { description: 'Takes a person off a team (its history keeps that they were on it).' })
  async removeTeamMember(@CurrentViewer() viewer: Viewer, @Args('memberId', { type: () => ID }) memberId: string): Promise<Team> {
    return this.reload(await this.teamService.removeMember(viewer, assertId(memberId, 'memberId')));
  }

  @Mutation(() => Team, { description: 'Ties a team to a goal it owns or contributes to, or changes how.' })
  async linkTeamGoal(@CurrentViewer() viewer: Viewer, @Args('input') input: LinkTeamGoalInput): Promise<Team> {
    await this.teamService.linkGoal(viewer, input);
    return this.reload(input.teamId);
  }

  @Mutation(() => Team)
  async unlinkTeamGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('goalId', { type: () => ID }) goalId: string,
  ): Promise<Team> {
    await this.teamService.unlinkGoal(viewer, assertId(teamId, 'teamId'), assertId(goalId, 'goalId'));
    return this.reload(teamId);
  }

  @ResolveField(() => [TeamMember], { description: 'Members who have not left (current and starting later), leads first.' })
  async members(
    @Parent() team: Team,
    @Args('includePast', { defaultValue: false, description: 'Also members whose end date has passed.' }) includePast: boolean,
    @Context() context: GraphQLContext,
  ): Promise<TeamMember[]> {
    if (includePast) return this.directory.members([team.id], true);
    return this.loaders.members(context, team.id);
  }

  @ResolveField(() => [Person], { description: 'Its current leads (from the same roster read: no extra query).' })
  async leads(team: Team, _args: NoArgs, context: GraphQLContext): Promise<Person[]> {
    return (await this.loaders.members(context, team.id)).filter((member) => member.role === TeamRole.LEAD).map((member) => member.person);
  }

  @ResolveField(() => Int, { description: 'Members who have not left.' })
  async memberCount(team: Team, _args: NoArgs, context: GraphQLContext): Promise<number> {
    return (await this.loaders.members(context, team.id)).length;
  }

  @ResolveField(() => [TeamDepartmentShare], { description: 'Departments of the members who have not left, largest first.' })
  async departmentMix(team: Team, _args: NoArgs, context: GraphQLContext): Promise<TeamDepartmentShare[]> {
    const counts = new Map<string | null, number>();
    for (const member of await this.loaders.members(context, team.id)) {
      const id = member.person.departmentId;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const all = await this.departments.all();
    const order = new Map(all.map((department, index) => [department.id, index]));
    return [...counts.entries()]
      .map(([id, memberCount]) => ({ department: all.find((department) => department.id === id) ?? null, memberCount }))
      .sort(
        (a, b) =>
          b.memberCount - a.memberCount ||
          (order.get(a.department?.id ?? '') ?? Infinity) - (order.get(b.department?.id ?? '') ?? Infinity),
      );
  }

  @ResolveField(() => [TeamGoalLink], { description: 'Goals the team owns, then those it contributes to, with their status today.' })
  async goals(team: Team, _args: NoArgs, context: GraphQLContext): Promise<TeamGoalLink[]> {
    const links = await this.loaders.goalLinksOf(context, team.id);
    const goals = await Promise.all(links.map((link) => this.loaders.goalStatus(context, link.goalId)));
    return links.flatMap((link, index) => {
      const goal = goals[index];
      return goal ? [{ relation: link.relation as TeamGoalRelation, goal }] : [];
    });
  }

  @ResolveField(() => TeamEventConnection, { description: 'Who changed what on the team and its roster, newest first.' })
  history(@Parent() team: Team, @Args() paging: PagingArgs): Promise<TeamEventConnection> {
    return this.directory.history(team.id, paging.first ?? PAGE_SIZE_DEFAULT, paging.after);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person may change this team (an admin or one of its leads).' })
  async viewerCanEdit(team: Team, _args: NoArgs, context: GraphQLContext): Promise<boolean> {
    const viewer = context.viewer;
    if (!viewer) return false;
    if (viewer.roles.includes(Role.HUB_ADMIN)) return true;
    return (await this.loaders.members(context, team.id)).some(
      (member) => member.person.id === viewer.personId && member.role === TeamRole.LEAD,
    );
  }

  private async reload(id: string): Promise<Team> {
    const [team] = await this.directory.byIds([id]);
    if (!team) throw new NotFoundError('Team', id);
    return team;
  }
}

@Resolver(() => TeamEvent)
export class TeamEventResolver {
  constructor(@Inject(PERSON_DIRECTORY) private readonly people: PersonDirectoryPort) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who made the change (null for directory sync and the seed).' })
  actor(event: TeamEvent, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.people.loadPerson(context, event.actorId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The member the change concerns.' })
  person(event: TeamEvent, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.people.loadPerson(context, event.personId);
  }
}

@Resolver(() => TeamConnection)
export class TeamConnectionResolver {
  @ResolveField(() => Int, { description: 'How many teams match, over all pages.' })
  totalCount(connection: TeamConnection): Promise<number> {
    return connection.countTotal();
  }
}
