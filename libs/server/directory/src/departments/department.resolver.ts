import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { assertId, type GraphQLContext } from '@kakehashi/server-platform';
import { DepartmentLoaders } from './department.loaders';
import { Department, DEPARTMENT_MEMBER_COUNT_DESCRIPTION } from './department.model';

@Resolver(() => Department)
export class DepartmentResolver {
  constructor(private readonly loaders: DepartmentLoaders) {}

  @Query(() => [Department], { description: 'All departments as a tree: the roots, each with its children.' })
  async departments(@Context() context: GraphQLContext): Promise<Department[]> {
    return (await this.loaders.all(context)).filter((department) => department.parentId === null);
  }

  @Query(() => Department, { nullable: true, description: 'One department by id.' })
  department(@Context() context: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<Department | null> {
    return this.loaders.byId(context, assertId(id));
  }

  @ResolveField(() => Department, { nullable: true })
  parent(@Parent() department: Department, @Context() context: GraphQLContext): Promise<Department | null> {
    return this.loaders.byId(context, department.parentId);
  }

  @ResolveField(() => [Department])
  async children(@Parent() department: Department, @Context() context: GraphQLContext): Promise<Department[]> {
    return (await this.loaders.all(context)).filter((child) => child.parentId === department.id);
  }

  @ResolveField(() => Int, { description: DEPARTMENT_MEMBER_COUNT_DESCRIPTION })
  memberCount(@Parent() department: Department, @Context() context: GraphQLContext): Promise<number> {
    return this.loaders.memberCount(context, department.id);
  }
}
