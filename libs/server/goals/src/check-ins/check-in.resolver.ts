import { Inject } from '@nestjs/common';
import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  type GraphQLContext,
  type NoArgs,
  Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
} from '@kakehashi/server-platform';
import { GoalLoaders } from '../goals/goal.loaders';
import { GoalCheckIn, GoalCheckInComment, GoalCheckInEntry } from './check-in.model';
import { CheckInService } from './check-in.service';
import { CommentOnCheckInInput, RecordCheckInInput } from './dto/check-in.input';

@Resolver(() => GoalCheckIn)
export class CheckInResolver {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly loaders: GoalLoaders,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @Mutation(() => GoalCheckIn, {
    description:
      'Checks in on an active goal (its owner or a contributor); a second check-in in the slot edits it. A retry with the same idempotency key returns the first result.',
  })
  recordCheckIn(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordCheckInInput): Promise<GoalCheckIn> {
    return this.checkIns.record(viewer, input);
  }

  @Mutation(() => GoalCheckInComment, {
    description: 'Comments on a check-in; a retry with the same idempotency key returns the first comment.',
  })
  commentOnCheckIn(@CurrentViewer() viewer: Viewer, @Args('input') input: CommentOnCheckInInput): Promise<GoalCheckInComment> {
    return this.checkIns.comment(viewer, input);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who wrote its current content.' })
  author(checkIn: GoalCheckIn, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, checkIn.authorId);
  }

  @ResolveField(() => [GoalCheckInComment], { description: 'Oldest first.' })
  comments(checkIn: GoalCheckIn, _args: NoArgs, context: GraphQLContext): Promise<GoalCheckInComment[]> {
    if (checkIn.preloadedComments) return Promise.resolve(checkIn.preloadedComments);
    return checkIn.commentCount === 0 ? Promise.resolve([]) : this.loaders.comments(context, checkIn.id);
  }

  @ResolveField(() => [GoalCheckInEntry], { description: 'Every write of it, newest first.' })
  entries(checkIn: GoalCheckIn, _args: NoArgs, context: GraphQLContext): Promise<GoalCheckInEntry[]> {
    if (checkIn.preloadedEntries) return Promise.resolve(checkIn.preloadedEntries);
    return this.loaders.entries(context, checkIn.id);
  }
}

@Resolver(() => GoalCheckInComment)
export class CheckInCommentResolver {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  @ResolveField(() => Person, { nullable: true })
  author(comment: GoalCheckInComment, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, comment.authorId);
  }
}

@Resolver(() => GoalCheckInEntry)
export class CheckInEntryResolver {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  @ResolveField(() => Person, { nullable: true })
  author(entry: GoalCheckInEntry, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, entry.authorId);
  }
}
