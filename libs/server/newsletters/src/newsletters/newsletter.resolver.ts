import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  assertId,
  CurrentViewer,
  Department,
  type GraphQLContext,
  type NoArgs,
  NotFoundError,
  type Viewer,
  viewerOf,
  PagingArgs,
} from '@kakehashi/server-platform';
import { NewsletterAccess } from '../common/newsletter-access';
import { followedByDefault } from '../common/department-tree';
import { CreateNewsletterInput, UpdateNewsletterInput } from './dto/newsletter.input';
import { NewsletterLoaders } from './newsletter.loaders';
import { Newsletter, NewsletterConnection } from './newsletter.model';
import { NewsletterService } from './newsletter.service';

@Resolver(() => Newsletter)
export class NewsletterResolver {
  constructor(
    private readonly newsletterService: NewsletterService,
    private readonly loaders: NewsletterLoaders,
    private readonly access: NewsletterAccess,
  ) {}

  @Query(() => NewsletterConnection, { description: 'Every newsletter, by name, with whether I follow it.' })
  async newsletters(
    @Args() args: PagingArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<NewsletterConnection> {
    const connection = await this.newsletterService.list(viewer, args.first, args.after);
    this.loaders.prime(
      context,
      connection.edges.map((edge) => edge.node),
    );
    return connection;
  }

  @Query(() => Newsletter)
  async newsletter(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext): Promise<Newsletter> {
    const newsletter = await this.loaders.byId(context, assertId(id));
    if (!newsletter) throw new NotFoundError('Newsletter', id);
    return newsletter;
  }

  @Mutation(() => Newsletter, { description: "Adds a newsletter to a department (that department's editors, or admins)." })
  createNewsletter(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateNewsletterInput): Promise<Newsletter> {
    return this.newsletterService.create(viewer, input);
  }

  @Mutation(() => Newsletter)
  updateNewsletter(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateNewsletterInput): Promise<Newsletter> {
    return this.newsletterService.update(viewer, { ...input, id: assertId(input.id, 'input.id') });
  }

  @Mutation(() => Newsletter, { description: 'Follows or unfollows a newsletter (following twice is following once).' })
  followNewsletter(
    @CurrentViewer() viewer: Viewer,
    @Args('newsletterId', { type: () => ID }) newsletterId: string,
    @Args('follow') follow: boolean,
  ): Promise<Newsletter> {
    return this.newsletterService.follow(viewer, assertId(newsletterId, 'newsletterId'), follow);
  }

  @ResolveField(() => Department)
  async department(newsletter: Newsletter): Promise<Department> {
    const found = (await this.access.departments()).find((department) => department.id === newsletter.departmentId);
    if (!found) throw new NotFoundError('Department', newsletter.departmentId);
    return found;
  }

  @ResolveField(() => Boolean, {
    description: 'I follow it: my choice, else followed when it is company-wide or my department’s (or one above).',
  })
  async followed(@Parent() newsletter: Newsletter, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    if (newsletter.viewerFollowing != null) return newsletter.viewerFollowing;
    return followedByDefault(newsletter, await this.access.viewerDepartmentIds(viewer));
  }

  @ResolveField(() => Boolean, { description: 'I may edit it and its editions.' })
  canEdit(newsletter: Newsletter, _args: NoArgs, context: GraphQLContext): Promise<boolean> {
    return this.access.canEdit(viewerOf(context), newsletter.departmentId);
  }
}
