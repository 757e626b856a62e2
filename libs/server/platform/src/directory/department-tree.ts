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

/** The given departments and every department below them, as ids (unknown ids are left out). */
export function descendantsOrSelf(departments: readonly Department[], departmentIds: readonly string[]): string[] {
  const found = new Set(departments.filter((department) => departmentIds.includes(department.id)).map((department) => department.id));
  let grew = found.size > 0;
  while (grew) {
    grew = false;
    for (const department of departments) {
      if (department.parentId && found.has(department.parentId) && !found.has(department.id)) {
        found.add(department.id);
        grew = true;
      }
    }
  }
  return [...found];
}
