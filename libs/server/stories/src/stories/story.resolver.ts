import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  assertId,
  CurrentViewer,
  Department,
  departmentsByIds,
  type GraphQLContext,
  type NoArgs,
  Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
  viewerOf,
} from '@kakehashi/server-platform';
import { StoryMarkKind } from '@kakehashi/shared-contracts';
import { StoryAccess } from '../common/story-access';
import { StoryMarkService } from '../engagement/story-mark.service';
import { ReviewStoryInput } from '../reviews/dto/review-story.input';
import { MyStoriesArgs } from './dto/my-stories.args';
import { CreateStoryInput, SubmitStoryInput, UpdateStoryInput } from './dto/story.input';
import { Story, StoryConnection, StoryReview, StoryVerification, StoryVersion } from './story.model';
import { StoryLoaders } from './story.loaders';
import { type LoadedStory, StoryService } from './story.service';

@Resolver(() => Story)
export class StoryResolver {
  constructor(
    private readonly stories: StoryService,
    private readonly marks: StoryMarkService,
    private readonly access: StoryAccess,
    private readonly loaders: StoryLoaders,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @Query(() => Story, { description: 'A story I may see (NOT_FOUND otherwise): published ones, and drafts I write or review.' })
  story(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer): Promise<Story> {
    return this.stories.forViewer(viewer, assertId(id));
  }

  @Query(() => StoryConnection, { description: 'My stories: those I write, review, own or bookmarked.' })
  myStories(@Args() args: MyStoriesArgs, @CurrentViewer() viewer: Viewer): Promise<StoryConnection> {
    return this.stories.mine(viewer, args.scope, args.first, args.after);
  }

  @Mutation(() => Story, { description: 'A new draft; I am its author and owner.' })
  createStory(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateStoryInput): Promise<Story> {
    return this.stories.create(viewer, input);
  }

  @Mutation(() => Story, { description: 'Edits a story; a published one keeps its previous version.' })
  updateStory(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateStoryInput): Promise<Story> {
    return this.stories.update(viewer, input);
  }

  @Mutation(() => Story, { description: 'Sends a draft to a reviewer (the template must be filled in).' })
  submitStory(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitStoryInput): Promise<Story> {
    return this.stories.submit(viewer, input);
  }

  @Mutation(() => Story, { description: 'The reviewer approves (published, verified today) or asks for changes (back to draft).' })
  reviewStory(@CurrentViewer() viewer: Viewer, @Args('input') input: ReviewStoryInput): Promise<Story> {
    return this.stories.review(viewer, input);
  }

  @Mutation(() => Story, { description: 'Confirms the published story is still true (its verifier, owner, or an admin).' })
  verifyStory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Story> {
    return this.stories.verify(viewer, assertId(id));
  }

  @Mutation(() => Story, { description: 'Takes a published story out of search and lists (readable by link).' })
  archiveStory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Story> {
    return this.stories.setArchived(viewer, assertId(id), true);
  }

  @Mutation(() => Story, { description: 'Publishes an archived story again.' })
  restoreStory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Story> {
    return this.stories.setArchived(viewer, assertId(id), false);
  }

  @Mutation(() => Story, { description: 'Marks a published story helpful to me, or takes it back.' })
  setStoryHelpful(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('helpful') helpful: boolean,
  ): Promise<Story> {
    return this.marks.set(viewer, assertId(id), StoryMarkKind.HELPFUL, helpful);
  }

  @Mutation(() => Story, { description: 'Bookmarks a story for later, or removes the bookmark.' })
  setStoryBookmarked(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('bookmarked') bookmarked: boolean,
  ): Promise<Story> {
    return this.marks.set(viewer, assertId(id), StoryMarkKind.BOOKMARK, bookmarked);
  }

  @Mutation(() => Boolean, { description: 'Records that I opened a published story (once per person); true when it was my first view.' })
  recordStoryView(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.marks.recordView(viewer, assertId(id));
  }

  @ResolveField(() => String, { description: '課題: sanitized HTML.' })
  challengeHtml(story: Story, _args: NoArgs, context: GraphQLContext): string | Promise<string> {
    return story.challengeHtml ?? this.loaders.sections(context, story.id).then((sections) => sections.challengeHtml);
  }

  @ResolveField(() => String, { description: '解決策: sanitized HTML.' })
  solutionHtml(story: Story, _args: NoArgs, context: GraphQLContext): string | Promise<string> {
    return story.solutionHtml ?? this.loaders.sections(context, story.id).then((sections) => sections.solutionHtml);
  }

  @ResolveField(() => String, { description: '成果: sanitized HTML.' })
  resultHtml(story: Story, _args: NoArgs, context: GraphQLContext): string | Promise<string> {
    return story.resultHtml ?? this.loaders.sections(context, story.id).then((sections) => sections.resultHtml);
  }

  @ResolveField(() => [Department])
  async departments(story: Story): Promise<Department[]> {
    if (story.departmentIds.length === 0) return [];
    const departments = await this.directory.departments();
    return departmentsByIds(departments, story.departmentIds);
  }

  @ResolveField(() => Person, { nullable: true })
  author(story: Story, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, story.authorId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Keeps it true once published.' })
  owner(story: Story, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, story.ownerId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Confirms it is still true.' })
  verifier(story: Story, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, story.verifierId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Approves the draft or asks for changes.' })
  reviewer(story: Story, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, story.reviewerId);
  }

  @ResolveField(() => [Person], { description: 'Co-authors (they edit the draft too).' })
  coAuthors(story: Story, _args: NoArgs, context: GraphQLContext): Promise<Person[]> {
    return this.peopleOf(context, story.coAuthorIds);
  }

  @ResolveField(() => [Person], { description: 'People involved (credited).' })
  people(story: Story, _args: NoArgs, context: GraphQLContext): Promise<Person[]> {
    return this.peopleOf(context, story.peopleIds);
  }

  @ResolveField(() => Boolean, { description: 'I may edit it now.' })
  canEdit(story: Story, _args: NoArgs, context: GraphQLContext): Promise<boolean> {
    return this.access.canEdit(viewerOf(context), story);
  }

  @ResolveField(() => Boolean, { description: 'I may archive or restore it, and hand it to another owner.' })
  canManage(story: Story, _args: NoArgs, context: GraphQLContext): Promise<boolean> {
    return this.access.canManage(viewerOf(context), story);
  }

  @ResolveField(() => Boolean, { description: 'I am its reviewer and it waits for my review.' })
  canReview(story: Story, _args: NoArgs, context: GraphQLContext): boolean {
    return this.access.canReview(viewerOf(context), story);
  }

  @ResolveField(() => Boolean, { description: 'I may mark it verified.' })
  canVerify(story: Story, _args: NoArgs, context: GraphQLContext): boolean {
    return this.access.canVerify(viewerOf(context), story);
  }

  @ResolveField(() => [StoryReview], { description: 'Review decisions, newest first (authors and the reviewer see them).' })
  reviews(story: Story, _args: NoArgs, context: GraphQLContext): Promise<StoryReview[]> {
    return this.stories.reviews(viewerOf(context), story as LoadedStory);
  }

  @ResolveField(() => [StoryVersion], {
    description: 'Earlier contents of the published story, newest first (its authors and those who may edit it).',
  })
  versions(story: Story, _args: NoArgs, context: GraphQLContext): Promise<StoryVersion[]> {
    return this.stories.versions(viewerOf(context), story as LoadedStory);
  }

  @ResolveField(() => [Story], { description: 'Published stories most like this one (industry, products, tags).' })
  similar(story: Story, _args: NoArgs, context: GraphQLContext): Promise<Story[]> {
    return this.stories.similar(viewerOf(context), story as LoadedStory);
  }

  private async peopleOf(context: GraphQLContext, ids: readonly string[]): Promise<Person[]> {
    const people = await Promise.all(ids.map((id) => this.directory.loadPerson(context, id)));
    return people.filter((person): person is Person => person !== null);
  }
}

@Resolver(() => StoryVerification)
export class StoryVerificationResolver {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who verified it last.' })
  verifiedBy(verification: StoryVerification, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, verification.verifiedById);
  }
}

@Resolver(() => StoryReview)
export class StoryReviewResolver {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  @ResolveField(() => Person, { nullable: true })
  reviewer(review: StoryReview, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, review.reviewerId);
  }
}

@Resolver(() => StoryVersion)
export class StoryVersionResolver {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who made the edit that replaced this content.' })
  replacedBy(version: StoryVersion, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, version.replacedById);
  }
}
