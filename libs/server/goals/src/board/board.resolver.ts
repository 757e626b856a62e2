import type { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { assertId, type GraphQLContext, NotFoundError, ResponseCache } from '@kakehashi/server-platform';
import { GoalLoaders } from '../goals/goal.loaders';
import { BoardService } from './board.service';
import { GoalBoard, GoalBoardArgs, GoalBoardCsvArgs, GoalBoardSnapshot } from './board.model';

@Resolver(() => GoalBoard)
export class BoardResolver implements OnModuleInit {
  constructor(
    private readonly board: BoardService,
    private readonly loaders: GoalLoaders,
    private readonly responses: ResponseCache,
  ) {}

  /**
   * The board is opened again and again in a meeting, by many people at once, and changes only
   * when someone checks in or edits a goal: its answers are kept until one of the tables it reads
   * is written (or the day changes: pace and overdue are today's).
   */
  onModuleInit(): void {
    this.responses.register({ field: 'goalBoard', tables: ['goals', 'people', 'departments', 'team_goals'] });
  }

  @Query(() => GoalBoard, {
    description: 'The board dashboard: every company goal of a fiscal year and quarter, under their KGIs, the worst first.',
  })
  async goalBoard(@Args() args: GoalBoardArgs, @Context() context: GraphQLContext): Promise<GoalBoard> {
    const board = await this.board.board(args);
    await this.loaders.prepareRows(
      context,
      board.groups.flatMap((group) => group.rows.map((row) => row.goal)),
    );
    return board;
  }

  @Query(() => String, { description: 'The board as CSV (UTF-8 with BOM, CRLF), headers and labels in the given language.' })
  goalBoardCsv(@Args() args: GoalBoardCsvArgs): Promise<string> {
    return this.board.csv(args, args.locale);
  }

  @Query(() => [GoalBoardSnapshot], {
    description: 'Snapshots taken at each quarter’s end, newest first (lines not included: ask one by id).',
  })
  goalBoardSnapshots(): Promise<GoalBoardSnapshot[]> {
    return this.board.snapshots();
  }

  @Query(() => GoalBoardSnapshot)
  async goalBoardSnapshot(@Args('id', { type: () => ID }) id: string): Promise<GoalBoardSnapshot> {
    const snapshot = await this.board.snapshotById(assertId(id));
    if (!snapshot) throw new NotFoundError('Snapshot', id);
    return snapshot;
  }
}
