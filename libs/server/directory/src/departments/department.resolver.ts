import { Args, ID, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { assertId } from '@kakehashi/server-platform';
import { Department, DEPARTMENT_MEMBER_COUNT_DESCRIPTION } from '@kakehashi/server-platform';
import { DepartmentService } from './department.service';

// No per-request loaders: the department list and member counts are cached by the service,
// so a page of people, a tree of any depth and a profile cost one query each at most.
@Resolver(() => Department)
export class DepartmentResolver {
  constructor(private readonly service: DepartmentService) {}

  @Query(() => [Department], { description: 'All departments as a tree: the roots, each with its children.' })
  departments(): Promise<Department[]> {
    return this.service.children(null);
  }

  @Query(() => Department, { nullable: true, description: 'One department by id.' })
  department(@Args('id', { type: () => ID }) id: string): Promise<Department | null> {
    return this.service.byId(assertId(id));
  }

  @ResolveField(() => Department, { nullable: true })
  parent(department: Department): Promise<Department | null> {
    return this.service.byId(department.parentId);
  }

  @ResolveField(() => [Department])
  children(department: Department): Promise<Department[]> {
    return this.service.children(department.id);
  }

  @ResolveField(() => Int, { description: DEPARTMENT_MEMBER_COUNT_DESCRIPTION })
  memberCount(department: Department): Promise<number> {
    return this.service.memberCount(department.id);
  }
}
