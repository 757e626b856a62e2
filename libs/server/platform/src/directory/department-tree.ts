import type { Department } from './department.model';

/** The department and every department above it, nearest first. */
export function ancestorsOrSelf(departments: readonly Department[], departmentId: string | null): string[] {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const chain: string[] = [];
  let current = departmentId ? byId.get(departmentId) : undefined;
  while (current && !chain.includes(current.id)) {
    chain.push(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}
