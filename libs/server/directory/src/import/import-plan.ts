// What an import would do, computed without writing: the checks that need the stored directory
// (unknown departments and managers, cycles formed with stored rows), the change list and the
// rows to write. Dry-run and apply both come through here, so the list is what apply writes.
import { DirectoryImportErrorCode as Code, DirectoryImportFile, type ImportProblem, problem } from './import-errors';
import type { DepartmentImportRow, PersonImportRow } from './import-rows';

export enum DirectoryImportChangeKind {
  DEPARTMENT = 'DEPARTMENT',
  PERSON = 'PERSON',
}

export enum DirectoryImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  /** An update that turns an active person inactive (other fields may change with it). */
  DEACTIVATE = 'DEACTIVATE',
}

export interface StoredDepartment {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  parentId: string | null;
  sortOrder: number;
}

export interface StoredPerson {
  id: string;
  email: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
  title: string | null;
  titleEn: string | null;
  departmentId: string | null;
  managerId: string | null;
  preferredLocale: string;
  active: boolean;
}

export interface FieldChange {
  /** The column's canonical name (e.g. `manager_email`). */
  field: string;
  before: string | null;
  after: string | null;
}

export interface ImportChange {
  kind: DirectoryImportChangeKind;
  action: DirectoryImportAction;
  /** The department's code or the person's email. */
  key: string;
  line: number;
  fields: FieldChange[];
}

export interface ImportSummary {
  departmentsCreated: number;
  departmentsUpdated: number;
  departmentsUnchanged: number;
  peopleCreated: number;
  peopleUpdated: number;
  peopleDeactivated: number;
  peopleUnchanged: number;
}

/** A department as it will be: `id` null for a new one. References are codes, resolved when writing. */
export interface DepartmentWrite {
  id: string | null;
  code: string;
  nameJa: string;
  nameEn: string;
  parentCode: string | null;
  sortOrder: number;
}

export interface PersonWrite {
  id: string | null;
  email: string;
  displayName: string;
  displayNameEn: string;
  displayNameKana: string | null;
  title: string | null;
  titleEn: string | null;
  departmentCode: string | null;
  managerEmail: string | null;
  preferredLocale: 'ja' | 'en';
  active: boolean;
}

export interface ImportPlan {
  problems: ImportProblem[];
  changes: ImportChange[];
  summary: ImportSummary;
  /** Created and changed departments, in file order (none when there are problems). */
  departments: DepartmentWrite[];
  people: PersonWrite[];
}

export interface ImportRows {
  departments: DepartmentImportRow[];
  people: PersonImportRow[];
  /** Problems found while reading the files. */
  problems: ImportProblem[];
}

export interface StoredDirectory {
  /** Every stored department. */
  departments: StoredDepartment[];
  /** The stored people the files name (as a row or a manager), with their management chains. */
  people: StoredPerson[];
}

const EMPTY_SUMMARY: ImportSummary = {
  departmentsCreated: 0,
  departmentsUpdated: 0,
  departmentsUnchanged: 0,
  peopleCreated: 0,
  peopleUpdated: 0,
  peopleDeactivated: 0,
  peopleUnchanged: 0,
};

/**
 * The cycles reachable from `starts` in a graph where each node has at most one successor
 * (parent, manager): each cycle as its nodes in order. Linear in the nodes visited.
 */
export function findCycles(starts: Iterable<string>, next: (node: string) => string | null): string[][] {
  const walkOf = new Map<string, number>();
  const cycles: string[][] = [];
  let walk = 0;
  for (const start of starts) {
    if (walkOf.has(start)) continue;
    walk += 1;
    const path: string[] = [];
    let node: string | null = start;
    while (node !== null && !walkOf.has(node)) {
      walkOf.set(node, walk);
      path.push(node);
      node = next(node);
    }
    // Met a node of this same walk: the path from it on is a cycle. A node of an earlier walk
    // leads somewhere already explored.
    if (node !== null && walkOf.get(node) === walk) cycles.push(path.slice(path.indexOf(node)));
  }
  return cycles;
}

/** The cycle as read from `member`: `a → b → c → a`. */
function chainFrom(cycle: string[], member: string): string {
  const at = cycle.indexOf(member);
  const rotated = [...cycle.slice(at), ...cycle.slice(0, at)];
  return [...rotated, member].join(' → ');
}

/** One problem per row on a cycle (parents, managers), each naming the cycle as read from that row. */
function cycleProblems(
  cycles: string[][],
  rowByKey: ReadonlyMap<string, { line: number }>,
  report: { file: DirectoryImportFile; column: string; code: Code; message: (key: string, chain: string) => string },
): ImportProblem[] {
  return cycles.flatMap((cycle) =>
    cycle.flatMap((key) => {
      const row = rowByKey.get(key);
      if (!row) return [];
      const chain = chainFrom(cycle, key);
      return [problem(report.file, row.line, report.column, report.code, report.message(key, chain), { value: chain })];
    }),
  );
}

const display = (value: string | number | boolean | null): string | null => (value === null || value === '' ? null : String(value));

/** The fields whose value changes, before → after, as the user would read them. */
function diff(
  before: Record<string, string | number | boolean | null> | null,
  after: Record<string, string | number | boolean | null>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    const old = before ? display(before[field] ?? null) : null;
    const next = display(value);
    if (old !== next) changes.push({ field, before: old, after: next });
  }
  return changes;
}

export function planImport(rows: ImportRows, stored: StoredDirectory): ImportPlan {
  const problems = [...rows.problems];
  const departmentsFile = DirectoryImportFile.DEPARTMENTS;
  const peopleFile = DirectoryImportFile.PEOPLE;

  // Departments: the tree as it will be, every stored department and every row.
  const storedByCode = new Map(stored.departments.map((department) => [department.code, department]));
  const codeById = new Map(stored.departments.map((department) => [department.id, department.code]));
  const rowByCode = new Map(rows.departments.map((row) => [row.code, row]));
  const knownDepartment = (code: string) => storedByCode.has(code) || rowByCode.has(code);

  const departmentWrites = rows.departments.map((row): DepartmentWrite => {
    const current = storedByCode.get(row.code);
    const storedParent = current?.parentId ? (codeById.get(current.parentId) ?? null) : null;
    if (row.parentCode && !knownDepartment(row.parentCode)) {
      problems.push(
        problem(
          departmentsFile,
          row.line,
          'parent_code',
          Code.UNKNOWN_DEPARTMENT,
          `parent_code "${row.parentCode}" is not a department in the hub or in the departments file.`,
          { value: row.parentCode },
        ),
      );
    }
    return {
      id: current?.id ?? null,
      code: row.code,
      nameJa: row.nameJa,
      nameEn: row.nameEn,
      parentCode: row.parentCode === undefined ? storedParent : row.parentCode,
      sortOrder: row.sortOrder ?? current?.sortOrder ?? 0,
    };
  });
  const writeByCode = new Map(departmentWrites.map((write) => [write.code, write]));
  const parentOf = (code: string): string | null => {
    const write = writeByCode.get(code);
    if (write) return write.parentCode && knownDepartment(write.parentCode) ? write.parentCode : null;
    const parentId = storedByCode.get(code)?.parentId;
    return parentId ? (codeById.get(parentId) ?? null) : null;
  };
  problems.push(
    ...cycleProblems(
      findCycles(
        departmentWrites.map((write) => write.code),
        parentOf,
      ),
      rowByCode,
      {
        file: departmentsFile,
        column: 'parent_code',
        code: Code.PARENT_CYCLE,
        message: (code, chain) => `parent_code would make department "${code}" its own ancestor: ${chain}.`,
      },
    ),
  );

  // People: the management chains as they will be, the stored people named and every row.
  const storedByEmail = new Map(stored.people.map((person) => [person.email, person]));
  const emailById = new Map(stored.people.map((person) => [person.id, person.email]));
  const rowByEmail = new Map(rows.people.map((row) => [row.email, row]));
  const knownPerson = (email: string) => storedByEmail.has(email) || rowByEmail.has(email);

  const personWrites = rows.people.map((row): PersonWrite => {
    const current = storedByEmail.get(row.email);
    if (row.departmentCode && !knownDepartment(row.departmentCode)) {
      problems.push(
        problem(
          peopleFile,
          row.line,
          'department_code',
          Code.UNKNOWN_DEPARTMENT,
          `department_code "${row.departmentCode}" is not a department in the hub or in the departments file.`,
          { value: row.departmentCode },
        ),
      );
    }
    if (row.managerEmail && !knownPerson(row.managerEmail)) {
      problems.push(
        problem(
          peopleFile,
          row.line,
          'manager_email',
          Code.UNKNOWN_MANAGER,
          `manager_email "${row.managerEmail}" is not a person in the hub or in the people file.`,
          { value: row.managerEmail },
        ),
      );
    }
    const keep = <T>(value: T | undefined, storedValue: T): T => (value === undefined ? storedValue : value);
    return {
      id: current?.id ?? null,
      email: row.email,
      displayName: row.displayName,
      displayNameEn: row.displayNameEn,
      displayNameKana: keep(row.displayNameKana, current?.displayNameKana ?? null),
      title: keep(row.title, current?.title ?? null),
      titleEn: keep(row.titleEn, current?.titleEn ?? null),
      departmentCode: keep(row.departmentCode, current?.departmentId ? (codeById.get(current.departmentId) ?? null) : null),
      managerEmail: keep(row.managerEmail, current?.managerId ? (emailById.get(current.managerId) ?? null) : null),
      preferredLocale: keep(row.preferredLocale, current?.preferredLocale === 'en' ? 'en' : 'ja'),
      active: keep(row.active, current?.active ?? true),
    };
  });
  const personWriteByEmail = new Map(personWrites.map((write) => [write.email, write]));
  const managerOf = (email: string): string | null => {
    const write = personWriteByEmail.get(email);
    if (write) return write.managerEmail && knownPerson(write.managerEmail) ? write.managerEmail : null;
    const managerId = storedByEmail.get(email)?.managerId;
    return managerId ? (emailById.get(managerId) ?? null) : null;
  };
  problems.push(
    ...cycleProblems(
      findCycles(
        personWrites.map((write) => write.email),
        managerOf,
      ),
      rowByEmail,
      {
        file: peopleFile,
        column: 'manager_email',
        code: Code.MANAGER_CYCLE,
        message: (email, chain) => `manager_email would put "${email}" in their own management chain: ${chain}.`,
      },
    ),
  );

  if (problems.length > 0) {
    return { problems: sortProblems(problems), changes: [], summary: { ...EMPTY_SUMMARY }, departments: [], people: [] };
  }

  const summary = { ...EMPTY_SUMMARY };
  const changes: ImportChange[] = [];
  const departments: DepartmentWrite[] = [];
  rows.departments.forEach((row, index) => {
    const write = departmentWrites[index]!;
    const current = storedByCode.get(row.code);
    const fields = diff(
      current
        ? {
            name_ja: current.nameJa,
            name_en: current.nameEn,
            parent_code: current.parentId ? (codeById.get(current.parentId) ?? null) : null,
            sort_order: current.sortOrder,
          }
        : null,
      { name_ja: write.nameJa, name_en: write.nameEn, parent_code: write.parentCode, sort_order: write.sortOrder },
    );
    if (current && fields.length === 0) {
      summary.departmentsUnchanged += 1;
      return;
    }
    const action = current ? DirectoryImportAction.UPDATE : DirectoryImportAction.CREATE;
    if (current) summary.departmentsUpdated += 1;
    else summary.departmentsCreated += 1;
    changes.push({ kind: DirectoryImportChangeKind.DEPARTMENT, action, key: row.code, line: row.line, fields });
    departments.push(write);
  });

  const people: PersonWrite[] = [];
  rows.people.forEach((row, index) => {
    const write = personWrites[index]!;
    const current = storedByEmail.get(row.email);
    const fields = diff(
      current
        ? {
            display_name: current.displayName,
            display_name_en: current.displayNameEn,
            display_name_kana: current.displayNameKana,
            title: current.title,
            title_en: current.titleEn,
            department_code: current.departmentId ? (codeById.get(current.departmentId) ?? null) : null,
            manager_email: current.managerId ? (emailById.get(current.managerId) ?? null) : null,
            preferred_locale: current.preferredLocale,
            active: current.active,
          }
        : null,
      {
        display_name: write.displayName,
        display_name_en: write.displayNameEn,
        display_name_kana: write.displayNameKana,
        title: write.title,
        title_en: write.titleEn,
        department_code: write.departmentCode,
        manager_email: write.managerEmail,
        preferred_locale: write.preferredLocale,
        active: write.active,
      },
    );
    if (current && fields.length === 0) {
      summary.peopleUnchanged += 1;
      return;
    }
    let action = DirectoryImportAction.CREATE;
    if (!current) summary.peopleCreated += 1;
    else if (current.active && !write.active) {
      action = DirectoryImportAction.DEACTIVATE;
      summary.peopleDeactivated += 1;
    } else {
      action = DirectoryImportAction.UPDATE;
      summary.peopleUpdated += 1;
    }
    changes.push({ kind: DirectoryImportChangeKind.PERSON, action, key: row.email, line: row.line, fields });
    people.push(write);
  });

  return { problems: [], changes, summary, departments, people };
}

/** Departments file first, then people; by line, the file-wide problems first. */
function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const fileOrder = (file: DirectoryImportFile) => (file === DirectoryImportFile.DEPARTMENTS ? 0 : 1);
  return problems
    .map((item, index) => ({ item, index }))
    .sort((a, b) => fileOrder(a.item.file) - fileOrder(b.item.file) || (a.item.line ?? 0) - (b.item.line ?? 0) || a.index - b.index)
    .map(({ item }) => item);
}
