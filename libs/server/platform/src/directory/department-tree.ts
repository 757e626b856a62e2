import type { Department } from './department.model';

interface DepartmentIndex {
  byId: Map<string, Department>;
  /** Each department's place in the list (the directory's order). */
  position: Map<string, number>;
}

// The department list is one cached array for many requests, and lists of goals or teams ask
// about it once per row: each array is indexed once.
const indexes = new WeakMap<readonly Department[], DepartmentIndex>();

function indexOf(departments: readonly Department[]): DepartmentIndex {
  let index = indexes.get(departments);
  if (!index) {
    index = {
      byId: new Map(departments.map((department) => [department.id, department])),
      position: new Map(departments.map((department, at) => [department.id, at])),
    };
    indexes.set(departments, index);
  }
  return index;
}

/** These departments (each once; unknown ids left out), in the list's order. */
export function departmentsByIds(departments: readonly Department[], departmentIds: readonly string[]): Department[] {
  const { byId, position } = indexOf(departments);
  const found = [...new Set(departmentIds)]
    .map((id) => byId.get(id))
    .filter((department): department is Department => department !== undefined);
  return found.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** The department and every department above it, nearest first. */
export function ancestorsOrSelf(departments: readonly Department[], departmentId: string | null): string[] {
  const { byId } = indexOf(departments);
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
