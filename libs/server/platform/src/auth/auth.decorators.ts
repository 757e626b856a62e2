import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@kakehashi/shared-contracts';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { Viewer } from './viewer';
import { UnauthenticatedError } from '../graphql/errors';

export const PUBLIC_KEY = 'kakehashi:public';
export const ROLES_KEY = 'kakehashi:roles';

/** The operation needs no session (sign-in page data). Everything else does. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** The operation needs one of these roles (admins pass every role check). */
export const RequireRoles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** The signed-in person of a GraphQL resolver. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GraphQLContext>().viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
});
