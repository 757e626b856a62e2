import { Inject, type OnModuleInit } from '@nestjs/common';
import { Args, Context, Field, Float, ID, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GoalPeriodKind } from '@kakehashi/shared-contracts';
import {
  ancestorsOrSelf,
  assertId,
  CurrentViewer,
  Department,
  departmentsByIds,
  type GraphQLContext,
  type NoArgs,
  Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  ResponseCache,
  type Viewer,
  viewerOf,
} from '@kakehashi/server-platform';
import { GoalCheckIn } from '../check-ins/check-in.model';
import { checkInAllowed, GoalAccess } from '../common/goal-access';
import { periodContaining } from '../progress/periods';
import { CreateGoalInput, RollGoalForwardInput, SetGoalStatusInput, SetGoalWeightsInput, UpdateGoalInput } from './dto/goal.input';
import { childrenOfOnePeriod, periodModelOf } from './goal-mapper';
import { GoalLoaders } from './goal.loaders';
import { Goal, GoalPeriodModel } from './goal.model';
import { GoalService } from './goal.service';

/** "My goals" holds at most this many of each kind. */
const MY_GOALS_MAX = 100;

@ObjectType({ description: 'Goals settings and today as goals see it.' })
export class GoalSettings {
  @Field(() => Int, { description: 'The month (1–12) fiscal years start in.' })
  fiscalYearStartMonth!: number;

  @Field({ description: 'Today in Asia/Tokyo (YYYY-MM-DD).' })
  today!: string;

  @Field(() => GoalPeriodModel)
  currentQuarter!: GoalPeriodModel;

  @Field(() => GoalPeriodModel)
  currentFiscalYear!: GoalPeriodModel;
}

@ObjectType({ description: 'The active goals a person owns, and those their department contributes to.' })
export class MyGoals {
  @Field(() => [Goal])
  owned!: Goal[];

  @Field(() => [Goal], { description: 'Goals of my department (or one above it) that I do not own.' })
  contributing!: Goal[];

  @Field(() => Int, { description: 'Of these, goals I may check in on with no check-in yet in the current slot.' })
  checkInsDue!: number;
}

@Resolver(() => Goal)
export class GoalResolver implements OnModuleInit {
  constructor(
    private readonly goals: GoalService,
    private readonly loaders: GoalLoaders,
    private readonly access: GoalAccess,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
    private readonly responses: ResponseCache,
  ) {}

  /**
   * A goal's page (its facts, check-ins with their history and comments, KPIs, periods, teams)
   * is the same for everyone unless it asks what the viewer may do, which the web client asks
   * apart: kept until one of the tables it reads is written. The settings are configuration.
   */
  onModuleInit(): void {
    this.responses.register({
      field: 'goal',
      tables: [
        'goals',
        'goal_check_ins',
        'goal_check_in_entries',
        'goal_check_in_comments',
        'people',
        'departments',
        'team_goals',
        'teams',
      ],
    });
    this.responses.register({ field: 'goalSettings', tables: [] });
  }

  @Query(() => Goal, { description: 'A goal: every company goal is readable; a draft only by those who may edit it.' })
  async goal(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext): Promise<Goal> {
    const family = await this.goals.family(() => viewerOf(context), assertId(id));
    this.loaders.prime(context, family);
    return family.goal;
  }

  @Query(() => GoalSettings)
  goalSettings(): GoalSettings {
    const startMonth = this.goals.fiscalYearStartMonth;
    const today = this.goals.today();
    const quarter = periodContaining(GoalPeriodKind.QUARTER, today, startMonth);
    const year = periodContaining(GoalPeriodKind.FISCAL_YEAR, today, startMonth);
    return { fiscalYearStartMonth: startMonth, today, currentQuarter: periodModelOf(quarter), currentFiscalYear: periodModelOf(year) };
  }

  @Query(() => MyGoals, { description: 'My active goals: those I own and those my department contributes to.' })
  async myGoals(@CurrentViewer() viewer: Viewer): Promise<MyGoals> {
    const departments = viewer.departmentId ? ancestorsOrSelf(await this.directory.departments(), viewer.departmentId) : [];
    const goals = await this.goals.select(
      `g.status = 'ACTIVE' AND (g.owner_id = $1 OR g.department_ids && $2::uuid[])`,
      [viewer.personId, departments],
      2 * MY_GOALS_MAX,
      'g.kind, g.code, g.id',
    );
    const owned = goals.filter((goal) => goal.ownerId === viewer.personId).slice(0, MY_GOALS_MAX);
    const contributing = goals.filter((goal) => goal.ownerId !== viewer.personId).slice(0, MY_GOALS_MAX);
    return { owned, contributing, checkInsDue: [...owned, ...contributing].filter((goal) => goal.progress.checkInDue).length };
  }

  @Mutation(() => Goal, { description: 'A new goal (editors for departments they edit, and admins); a draft unless status ACTIVE.' })
  createGoal(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateGoalInput): Promise<Goal> {
    return this.goals.create(viewer, input);
  }

  @Mutation(() => Goal, { description: 'Edits a goal (its owner, editors of a contributing department, admins).' })
  updateGoal(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateGoalInput): Promise<Goal> {
    return this.goals.update(viewer, input);
  }

  @Mutation(() => Goal, { description: 'Activates, closes (achieved, missed), reopens or cancels a goal.' })
  setGoalStatus(@CurrentViewer() viewer: Viewer, @Args('input') input: SetGoalStatusInput): Promise<Goal> {
    return this.goals.setStatus(viewer, input);
  }

  @Mutation(() => Goal, { description: 'Sets the weights of every goal under one; they add up to 100. Returns the parent.' })
  setGoalWeights(@CurrentViewer() viewer: Viewer, @Args('input') input: SetGoalWeightsInput): Promise<Goal> {
    return this.goals.setWeights(viewer, input);
  }

  @Mutation(() => Goal, { description: 'The same goal in the next period, its history kept; returns the new goal.' })
  rollGoalForward(@CurrentViewer() viewer: Viewer, @Args('input') input: RollGoalForwardInput): Promise<Goal> {
    return this.goals.rollForward(viewer, input);
  }

  @ResolveField(() => Person, { nullable: true })
  owner(goal: Goal, _args: NoArgs, context: GraphQLContext): Person | null | Promise<Person | null> {
    const owners = this.loaders.rowFacts(context)?.owners;
    return owners?.has(goal.ownerId) ? owners.get(goal.ownerId)! : this.directory.loadPerson(context, goal.ownerId);
  }

  @ResolveField(() => [Department], { description: 'Contributing departments (empty: the whole company).' })
  departments(goal: Goal, _args: NoArgs, context: GraphQLContext): Department[] | Promise<Department[]> {
    if (goal.departmentIds.length === 0) return [];
    const known = this.loaders.rowFacts(context)?.departments;
    if (known) return departmentsByIds(known, goal.departmentIds);
    return this.directory.departments().then((departments) => departmentsByIds(departments, goal.departmentIds));
  }

  @ResolveField(() => Goal, { nullable: true, description: 'The goal it rolls up into.' })
  parent(goal: Goal, _args: NoArgs, context: GraphQLContext): Promise<Goal | null> {
    return this.loaders.goal(context, goal.parentId);
  }

  @ResolveField(() => [Goal], { description: 'Goals that roll up into it (not drafts or cancelled ones).' })
  children(goal: Goal, _args: NoArgs, context: GraphQLContext): Promise<Goal[]> {
    return this.loaders.children(context, goal.id);
  }

  @ResolveField(() => Float, { description: "Its children's weights added up, those of one period (100 when complete)." })
  async childWeightTotal(goal: Goal, _args: NoArgs, context: GraphQLContext): Promise<number> {
    const children = childrenOfOnePeriod(goal, await this.loaders.children(context, goal.id));
    return Math.round(children.reduce((sum, child) => sum + child.weight, 0) * 100) / 100;
  }

  @ResolveField(() => [Goal], { description: 'The same goal in every period, oldest first (recurring goals).' })
  series(goal: Goal, _args: NoArgs, context: GraphQLContext): Promise<Goal[]> {
    return this.loaders.series(context, goal.seriesId);
  }

  @ResolveField(() => [GoalCheckIn], { description: 'Check-ins, the newest slot first (at most 60).' })
  checkIns(goal: Goal, _args: NoArgs, context: GraphQLContext): Promise<GoalCheckIn[]> {
    return this.loaders.checkInsOf(context, goal.id);
  }

  @ResolveField(() => Boolean, { description: 'I may edit it (and change its status, weights, roll it forward).' })
  canEdit(goal: Goal, _args: NoArgs, context: GraphQLContext): Promise<boolean> {
    return this.access.canEdit(viewerOf(context), goal);
  }

  @ResolveField(() => Boolean, { description: 'I may check in on it now.' })
  canCheckIn(goal: Goal, _args: NoArgs, context: GraphQLContext): boolean | Promise<boolean> {
    const facts = this.loaders.rowFacts(context);
    if (facts) return checkInAllowed(viewerOf(context), goal, facts.viewerDepartments());
    return this.access.canCheckIn(viewerOf(context), goal);
  }
}

/** A person's profile shows the active goals they own. */
@Resolver(() => Person)
export class PersonGoalsResolver {
  constructor(private readonly loaders: GoalLoaders) {}

  @ResolveField(() => [Goal], { description: 'Active goals this person owns.' })
  ownedGoals(person: Person, _args: NoArgs, context: GraphQLContext): Promise<Goal[]> {
    return this.loaders.ownedBy(context, person.id);
  }
}
