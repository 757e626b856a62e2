import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  assertId,
  CurrentViewer,
  departmentsByIds,
  type GraphQLContext,
  type NoArgs,
  NotFoundError,
  Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
  viewerOf,
} from '@kakehashi/server-platform';
import { ReadProgress } from '../common/enums';
import { NewsletterAccess } from '../common/newsletter-access';
import { NewsletterLoaders } from '../newsletters/newsletter.loaders';
import { Newsletter } from '../newsletters/newsletter.model';
import { CreateEditionInput, ScheduleEditionInput, UpdateEditionInput } from './dto/edition.input';
import { NewsletterEditionsArgs } from './dto/editions.args';
import { EditionPublisher } from './edition-publisher.service';
import { Edition, EditionAudience, EditionConnection, EditionVersion } from './edition.model';
import { EditionService } from './edition.service';

@Resolver(() => Edition)
export class EditionResolver {
  constructor(
    private readonly editions: EditionService,
    private readonly publisher: EditionPublisher,
    private readonly newsletters: NewsletterLoaders,
    private readonly access: NewsletterAccess,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @Query(() => Edition, { description: 'An edition I may read (NOT_FOUND otherwise). Editors preview drafts through it.' })
  edition(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer): Promise<Edition> {
    return this.editions.forViewer(viewer, assertId(id));
  }

  @Mutation(() => Edition, { description: 'A new draft (editors of the newsletter).' })
  createEdition(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateEditionInput): Promise<Edition> {
    return this.editions.create(viewer, input);
  }

  @Mutation(() => Edition, { description: 'Edits an edition; a published one keeps its previous version and shows as updated.' })
  updateEdition(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateEditionInput): Promise<Edition> {
    return this.editions.update(viewer, input);
  }

  @Mutation(() => Edition, { description: 'Publishes at a future time (again to change the time).' })
  scheduleEdition(@CurrentViewer() viewer: Viewer, @Args('input') input: ScheduleEditionInput): Promise<Edition> {
    return this.publisher.schedule(viewer, input.id, input.publishAt);
  }

  @Mutation(() => Edition, { description: 'Back to draft.' })
  unscheduleEdition(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Edition> {
    return this.publisher.unschedule(viewer, assertId(id));
  }

  @Mutation(() => Edition, { description: 'Publishes now; a must-read notifies its audience (in the app and by mail).' })
  publishEdition(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Edition> {
    return this.publisher.publishNow(viewer, assertId(id));
  }

  @Mutation(() => Edition, { description: 'Takes a published edition out of the feed (it stays readable by link).' })
  archiveEdition(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Edition> {
    return this.editions.archive(viewer, assertId(id));
  }

  @ResolveField(() => Newsletter)
  newsletter(edition: Edition, _args: NoArgs, context: GraphQLContext): Newsletter | Promise<Newsletter> {
    // Read with the edition in lists and pages: no promise (graphql-js then completes the edition synchronously).
    return edition.newsletter ?? this.loadNewsletter(context, edition.newsletterId);
  }

  private async loadNewsletter(context: GraphQLContext, id: string): Promise<Newsletter> {
    const newsletter = await this.newsletters.byId(context, id);
    if (!newsletter) throw new NotFoundError('Newsletter', id);
    return newsletter;
  }

  @ResolveField(() => Person, { nullable: true })
  author(edition: Edition, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, edition.authorId);
  }

  @ResolveField(() => EditionAudience)
  async audience(edition: Edition): Promise<EditionAudience> {
    const departments = await this.access.departments();
    return {
      kind: edition.audienceKind,
      departments: departmentsByIds(departments, edition.audienceDepartmentIds),
      size: edition.audienceSize,
    };
  }

  @ResolveField(() => Boolean, { description: 'I may edit it (and see its analytics).' })
  canEdit(edition: Edition, _args: NoArgs, context: GraphQLContext): Promise<boolean> {
    return this.access.canEdit(viewerOf(context), edition.newsletterDepartmentId);
  }

  @ResolveField(() => [EditionVersion], { description: 'Earlier contents of a published edition (editors only).' })
  versions(edition: Edition, _args: NoArgs, context: GraphQLContext): Promise<EditionVersion[]> {
    return this.editions.versions(viewerOf(context), edition);
  }

  @ResolveField(() => Boolean, { description: 'I have not opened it yet.' })
  unread(edition: Edition): boolean {
    return !edition.viewerState?.openedAt;
  }

  @ResolveField(() => ReadProgress, { nullable: true, description: 'How far I got: null before I opened it.' })
  readProgress(edition: Edition): ReadProgress | null {
    if (edition.viewerState?.readAt) return ReadProgress.READ;
    return edition.viewerState?.openedAt ? ReadProgress.OPENED : null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When I acknowledged this must-read.' })
  acknowledgedAt(edition: Edition): Date | null {
    return edition.viewerState?.acknowledgedAt ?? null;
  }

  @ResolveField(() => Boolean)
  acknowledgedByMe(edition: Edition): boolean {
    return Boolean(edition.viewerState?.acknowledgedAt);
  }

  @ResolveField(() => Int, { description: 'Comments and replies shown (not deleted or hidden).' })
  commentCount(edition: Edition): number {
    return edition.viewerState?.commentCount ?? 0;
  }
}

@Resolver(() => Newsletter)
export class NewsletterEditionsResolver {
  constructor(private readonly editionService: EditionService) {}

  @ResolveField(() => EditionConnection, { description: 'Its editions of one status, newest first.' })
  editions(
    @Parent() newsletter: Newsletter,
    @Args() args: NewsletterEditionsArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<EditionConnection> {
    return this.editionService.listForNewsletter(viewer, newsletter, args.status, args.first, args.after);
  }
}

@Resolver(() => EditionVersion)
export class EditionVersionResolver {
  constructor(@Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who made the edit that replaced this content.' })
  replacedBy(version: EditionVersion, _args: NoArgs, context: GraphQLContext): Promise<Person | null> {
    return this.directory.loadPerson(context, version.replacedBy);
  }
}
