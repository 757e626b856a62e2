import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type GraphQLContext, loaderKey } from '@kakehashi/server-platform';
import type { Department } from './department.model';
import { DepartmentService } from './department.service';

const ALL = loaderKey<'all', Department[]>('departments.all');
const MEMBER_COUNT = loaderKey<string, number>('departments.memberCount');

@Injectable()
export class DepartmentLoaders {
  constructor(private readonly departments: DepartmentService) {}

  /** All departments, loaded once per request and shared by every department field. */
  all(context: GraphQLContext): Promise<Department[]> {
    return context.loaders
      .get(
        ALL,
        () =>
          new DataLoader(async (keys) => {
            const all = await this.departments.all();
            return keys.map(() => all);
          }),
      )
      .load('all');
  }

  async byId(context: GraphQLContext, id: string | null): Promise<Department | null> {
    if (!id) return null;
    return (await this.all(context)).find((department) => department.id === id) ?? null;
  }

  memberCount(context: GraphQLContext, id: string): Promise<number> {
    return context.loaders
      .get(
        MEMBER_COUNT,
        () =>
          new DataLoader(
            async (ids: readonly string[]) => {
              const counts = await this.departments.memberCounts(ids);
              return ids.map((departmentId) => counts.get(departmentId) ?? 0);
              // Every level of the tree resolves from the one cached list, without I/O: waiting for the
              // next macrotask gathers the counts of all levels into one query instead of one per level.
            },
            { batchScheduleFn: (dispatch) => setImmediate(dispatch) },
          ),
      )
      .load(id);
  }
}
