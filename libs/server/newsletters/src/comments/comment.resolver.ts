import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  assertId,
  CurrentViewer,
  type GraphQLContext,
  type NoArgs,
  Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
  viewerOf,
  PagingArgs,
} from '@kakehashi/server-platform';
import { Edition } from '../editions/edition.model';
import { EditionComment, EditionCommentConnection } from './comment.model';
import { CommentService } from './comment.service';
import { EditCommentInput, HideCommentInput, PostCommentInput } from './dto/comment.input';

@Resolver(() => EditionComment)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @Mutation(() => EditionComment, { description: 'Comments or replies; a retry with the same idempotency key returns the first comment.' })
  postComment(@CurrentViewer() viewer: Viewer, @Args('input') input: PostCommentInput): Promise<EditionComment> {
    return this.comments.post(viewer, input);
  }

  @Mutation(() => EditionComment, { description: 'Edits my own comment.' })
  editComment(@CurrentViewer() viewer: Viewer, @Args('input') input: EditCommentInput): Promise<EditionComment> {
    return this.comments.edit(viewer, input);
  }

  @Mutation(() => EditionComment, { description: 'Deletes my own comment (shown as deleted).' })
  deleteComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EditionComment> {
    return this.comments.delete(viewer, assertId(id));
  }

  @Mutation(() => EditionComment, { description: 'Hides a comment with a reason (editors of the newsletter).' })
  hideComment(@CurrentViewer() viewer: Viewer, @Args('input') input: HideCommentInput): Promise<EditionComment> {
    return this.comments.hide(viewer, input);
  }

  @ResolveField(() => Person, { nullable: true })
  author(comment: EditionComment, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, comment.authorId);
  }

  @ResolveField(() => [Person])
  async mentions(comment: EditionComment, _args: NoArgs, context: GraphQLContext): Promise<Person[]> {
    const people = await Promise.all(comment.mentionIds.map((id) => this.directory.loadPerson(context, id)));
    return people.filter((person): person is Person => person !== null);
  }

  @ResolveField(() => [EditionComment], { description: 'Replies, oldest first (up to 100 shown).' })
  replies(comment: EditionComment): EditionComment[] {
    return comment.replies;
  }

  @ResolveField(() => Boolean, { description: 'It is mine and can still be edited or deleted.' })
  mine(comment: EditionComment, _args: NoArgs, context: GraphQLContext): boolean {
    return comment.authorId === viewerOf(context).personId;
  }
}

@Resolver(() => Edition)
export class EditionCommentsResolver {
  constructor(
    private readonly commentService: CommentService,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @ResolveField(() => EditionCommentConnection, { description: 'Top-level comments, oldest first, with their replies.' })
  async comments(
    @Parent() edition: Edition,
    @Args() args: PagingArgs,
    @Context() context: GraphQLContext,
  ): Promise<EditionCommentConnection> {
    const connection = await this.commentService.page(edition.id, args.first, args.after);
    // Every author and mentioned person of the page in one batch, before the fields ask one by one.
    const ids = new Set<string>();
    for (const { node } of connection.edges) {
      for (const comment of [node, ...node.replies]) {
        ids.add(comment.authorId);
        for (const id of comment.mentionIds) ids.add(id);
      }
    }
    await Promise.all([...ids].map((id) => this.directory.loadPerson(context, id)));
    return connection;
  }
}
