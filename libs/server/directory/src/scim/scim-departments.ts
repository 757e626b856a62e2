import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

// Departments named by provisioning: Entra's `department` attribute and group names. A name
// matches a department's code, Japanese or English name whatever its width or case
// (ＳＡＬＥＳ, sales and Sales are one department; NFKC then lower case). Departments are tens
// of rows: they are read whole, inside the request's transaction.

interface DepartmentRow {
  id: string;
  code: string;
  name_ja: string;
  name_en: string;
  sort_order: number;
}

/** The form two department names are compared in. */
export function departmentKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function matching(rows: DepartmentRow[], names: readonly (string | null)[]): DepartmentRow | undefined {
  const keys = names.filter((name): name is string => !!name && name.trim() !== '').map(departmentKey);
  if (keys.length === 0) return undefined;
  // Codes first (they are unique), then Japanese and English names, in display order.
  for (const key of keys) {
    const found =
      rows.find((row) => departmentKey(row.code) === key) ??
      rows.find((row) => departmentKey(row.name_ja) === key) ??
      rows.find((row) => departmentKey(row.name_en) === key);
    if (found) return found;
  }
  return undefined;
}

function departmentRows(manager: EntityManager): Promise<DepartmentRow[]> {
  return manager.query<DepartmentRow[]>('SELECT id, code, name_ja, name_en, sort_order FROM departments ORDER BY sort_order, code');
}

/** The department any of these names stands for, or null. */
export async function findDepartment(manager: EntityManager, names: readonly (string | null)[]): Promise<string | null> {
  return matching(await departmentRows(manager), names)?.id ?? null;
}

/** A code for a new department: its name in capitals when it is written in ASCII, else a short hash of it; unique. */
export function departmentCode(name: string, taken: ReadonlySet<string>): string {
  const ascii = name
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const base =
    ascii.length >= 2 ? ascii : `SCIM-${createHash('sha256').update(departmentKey(name)).digest('hex').slice(0, 6).toUpperCase()}`;
  let code = base;
  for (let suffix = 2; taken.has(code.toUpperCase()); suffix += 1) code = `${base}-${suffix}`;
  return code;
}

/**
 * The department a name stands for; one is created at the top level when none matches. Two
 * requests naming the same new department at once create it once: the creation is
 * serialized by a transaction-scoped advisory lock, and the second finds the first's.
 */
export async function findOrCreateDepartment(manager: EntityManager, name: string): Promise<{ id: string; created: boolean }> {
  const existing = matching(await departmentRows(manager), [name]);
  if (existing) return { id: existing.id, created: false };
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['kakehashi:scim:departments']);
  const rows = await departmentRows(manager);
  const found = matching(rows, [name]);
  if (found) return { id: found.id, created: false };
  const trimmed = name.trim();
  const code = departmentCode(trimmed, new Set(rows.map((row) => row.code.toUpperCase())));
  const sortOrder = rows.reduce((max, row) => Math.max(max, row.sort_order), 0) + 10;
  const [inserted] = await manager.query<{ id: string }[]>(
    'INSERT INTO departments (code, name_ja, name_en, parent_id, sort_order) VALUES ($1, $2, $3, NULL, $4) RETURNING id',
    [code, trimmed, trimmed, sortOrder],
  );
  return { id: inserted!.id, created: true };
}
