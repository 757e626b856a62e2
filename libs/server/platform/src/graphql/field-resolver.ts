import type { Viewer } from '../auth/viewer';
import { UnauthenticatedError } from './errors';
import type { GraphQLContext } from './graphql-context';

/**
 * Per-item fields of a list (an edition's author, reactions, unread flag; a comment's author)
 * run once per item per request: twenty editions with six such fields are 120 calls. A
 * `@ResolveField` method with parameter decorators (`@Parent()`, `@Context()`,
 * `@CurrentViewer()`) is wrapped by Nest's context creator: params, pipes and several promises
 * per call, which the feed's profile showed as most of its CPU and garbage. Without any
 * parameter decorator, @nestjs/graphql binds the method itself as the GraphQL resolver
 * (its "fast field resolver"): it is called as `(parent, args, context, info)`.
 *
 * So hot field resolvers take those parameters plainly, `NoArgs` for the unused arguments:
 *
 *     @ResolveField(() => Person, { nullable: true })
 *     author(edition: Edition, _args: NoArgs, context: GraphQLContext) { … }
 *
 * Fields with `@Args()` keep the decorators (Nest validates their arguments).
 */
export type NoArgs = Record<string, never>;

/** The signed-in person in a fast field resolver (what `@CurrentViewer()` gives a decorated one). */
export function viewerOf(context: GraphQLContext): Viewer {
  if (!context.viewer) throw new UnauthenticatedError();
  return context.viewer;
}
