import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { GOAL_CHECK_INS_MAX } from '@kakehashi/shared-contracts';
import {
  ancestorsOrSelf,
  byKeys,
  type Department,
  type GraphQLContext,
  groupedByKeys,
  loaderKey,
  type Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  viewerOf,
} from '@kakehashi/server-platform';
import type { GoalCheckIn, GoalCheckInComment, GoalCheckInEntry } from '../check-ins/check-in.model';
import { CheckInService } from '../check-ins/check-in.service';
import type { GoalFamily } from './goal.service';
import { GoalService } from './goal.service';
import type { Goal } from './goal.model';

const GOALS = loaderKey<string, Goal | null>('goals.byId');
const CHILDREN = loaderKey<string, Goal[]>('goals.children');
const SERIES = loaderKey<string, Goal[]>('goals.series');
const OWNED = loaderKey<string, Goal[]>('goals.ownedBy');
const CHECK_INS = loaderKey<string, GoalCheckIn[]>('goals.checkIns');
const COMMENTS = loaderKey<string, GoalCheckInComment[]>('goals.checkInComments');
const ENTRIES = loaderKey<string, GoalCheckInEntry[]>('goals.checkInEntries');

/** What the fields of many goal rows need, read once for a whole response (the board). */
export interface GoalRowFacts {
  departments: readonly Department[];
  /** The viewer's department and those above it, worked out when a field first asks (reading the viewer). */
  viewerDepartments(): readonly string[];
  owners: ReadonlyMap<string, Person | null>;
}

const ROW_FACTS = new WeakMap<GraphQLContext, GoalRowFacts>();

/**
 * Per request: goals around a goal (parent, children, other periods) and check-ins with
 * their comments and entries, each kind in one statement for every goal of the response.
 * A goal page's `goal(id)` primes the goal loaders from the one statement that read it.
 */
@Injectable()
export class GoalLoaders {
  constructor(
    private readonly goals: GoalService,
    private readonly checkIns: CheckInService,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  /** Primes the goal loaders with a goal page's goals, and asks for all their owners in one batch. */
  prime(context: GraphQLContext, family: GoalFamily): void {
    const goals = this.goalLoader(context);
    const all = [family.goal, ...(family.parent ? [family.parent] : []), ...family.children, ...family.series];
    for (const goal of all) goals.prime(goal.id, goal);
    this.people(
      context,
      all.map((goal) => goal.ownerId),
    );
    this.childrenLoader(context).prime(family.goal.id, family.children);
    this.seriesLoader(context).prime(family.goal.seriesId, family.series);
  }

  /**
   * Reads, once, what the rows of a long list of goals ask (owners, departments, the viewer's
   * department chain), so that each row's fields answer without a promise of their own: on a
   * board of 300 goals that took a third off the response's time.
   */
  async prepareRows(context: GraphQLContext, goals: readonly Goal[]): Promise<void> {
    const ownerIds = [...new Set(goals.map((goal) => goal.ownerId))];
    const [departments, owners] = await Promise.all([
      this.directory.departments(),
      Promise.all(ownerIds.map((id) => this.directory.loadPerson(context, id))),
    ]);
    let viewerDepartments: readonly string[] | undefined;
    ROW_FACTS.set(context, {
      departments,
      // Only a field that depends on the viewer reads the viewer: the board's answer is then everyone's.
      viewerDepartments: () => (viewerDepartments ??= ancestorsOrSelf(departments, viewerOf(context).departmentId)),
      owners: new Map(ownerIds.map((id, index) => [id, owners[index] ?? null])),
    });
  }

  /** The facts `prepareRows` read for this request, if it ran. */
  rowFacts(context: GraphQLContext): GoalRowFacts | undefined {
    return ROW_FACTS.get(context);
  }

  goal(context: GraphQLContext, id: string | null): Promise<Goal | null> {
    return id ? this.goalLoader(context).load(id) : Promise.resolve(null);
  }

  children(context: GraphQLContext, id: string): Promise<Goal[]> {
    return this.childrenLoader(context).load(id);
  }

  series(context: GraphQLContext, seriesId: string): Promise<Goal[]> {
    return this.seriesLoader(context).load(seriesId);
  }

  /** Active goals each person owns (at most 100 each). */
  ownedBy(context: GraphQLContext, personId: string): Promise<Goal[]> {
    return context.loaders
      .get(
        OWNED,
        () =>
          new DataLoader(async (ids: readonly string[]) =>
            groupedByKeys(
              ids,
              await this.goals.select(
                `g.status = 'ACTIVE' AND g.owner_id = ANY($1::uuid[])`,
                [ids],
                100 * ids.length,
                'g.kind, g.code, g.id',
              ),
              (goal) => goal.ownerId,
            ),
          ),
      )
      .load(personId);
  }

  checkInsOf(context: GraphQLContext, goalId: string): Promise<GoalCheckIn[]> {
    return context.loaders
      .get(
        CHECK_INS,
        () =>
          new DataLoader(async (ids: readonly string[]) => {
            const checkIns = await this.checkIns.forGoals(ids, GOAL_CHECK_INS_MAX);
            // Authors of the check-ins, their comments and their history in one batch, before their fields ask.
            this.people(context, [
              ...checkIns.map((checkIn) => checkIn.authorId),
              ...checkIns.flatMap((checkIn) => (checkIn.preloadedComments ?? []).map((comment) => comment.authorId)),
              ...checkIns.flatMap((checkIn) => (checkIn.preloadedEntries ?? []).map((entry) => entry.authorId)),
            ]);
            return groupedByKeys(ids, checkIns, (row) => row.goalId);
          }),
      )
      .load(goalId);
  }

  comments(context: GraphQLContext, checkInId: string): Promise<GoalCheckInComment[]> {
    return context.loaders
      .get(
        COMMENTS,
        () =>
          new DataLoader(async (ids: readonly string[]) => groupedByKeys(ids, await this.checkIns.commentsOf(ids), (row) => row.checkInId)),
      )
      .load(checkInId);
  }

  entries(context: GraphQLContext, checkInId: string): Promise<GoalCheckInEntry[]> {
    return context.loaders
      .get(
        ENTRIES,
        () =>
          new DataLoader(async (ids: readonly string[]) => groupedByKeys(ids, await this.checkIns.entriesOf(ids), (row) => row.checkInId)),
      )
      .load(checkInId);
  }

  /** Asks the directory for these people now, so that they arrive in one batch. */
  private people(context: GraphQLContext, ids: readonly string[]): void {
    for (const id of new Set(ids)) void this.directory.loadPerson(context, id).catch(() => null);
  }

  private goalLoader(context: GraphQLContext): DataLoader<string, Goal | null> {
    return context.loaders.get(
      GOALS,
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.goals.select('g.id = ANY($1::uuid[])', [ids], ids.length), (goal) => goal.id),
        ),
    );
  }

  private childrenLoader(context: GraphQLContext): DataLoader<string, Goal[]> {
    return context.loaders.get(
      CHILDREN,
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupedByKeys(
            ids,
            await this.goals.select(`g.parent_id = ANY($1::uuid[]) AND g.status NOT IN ('CANCELLED', 'DRAFT')`, [ids], 100 * ids.length),
            (goal) => goal.parentId!,
          ),
        ),
    );
  }

  private seriesLoader(context: GraphQLContext): DataLoader<string, Goal[]> {
    return context.loaders.get(
      SERIES,
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupedByKeys(
            ids,
            await this.goals.select('g.series_id = ANY($1::uuid[])', [ids], 100 * ids.length, 'g.period_start, g.id'),
            (goal) => goal.seriesId,
          ),
        ),
    );
  }
}
