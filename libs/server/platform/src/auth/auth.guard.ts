import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@kakehashi/shared-contracts';
import { type GraphQLContext, signedInViewer } from '../graphql/graphql-context';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';

/**
 * Global guard for GraphQL resolvers: signed in by default, roles where declared.
 * Written once here so no resolver re-invents it. HTTP controllers check their own.
 */
@Injectable()
export class GraphQLAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const graphQLContext = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    // Being signed in is not an answer's dependency (the response cache checks it too); roles are.
    if (!signedInViewer(graphQLContext)) throw new UnauthenticatedError();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && roles.length > 0 && !hasAnyRole(graphQLContext.viewer!.roles, roles)) throw new ForbiddenError();
    return true;
  }
}

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return held.includes(Role.HUB_ADMIN) || wanted.some((role) => held.includes(role));
}
