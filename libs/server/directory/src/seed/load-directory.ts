import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DemoCompany } from './demo-company';

/** Rows per INSERT: large enough to be fast, small enough for Postgres' parameter limit. */
const CHUNK = 5000;

export interface LoadedDirectory {
  departmentIds: Map<string, string>;
  personIds: Map<string, string>;
}

/**
 * Writes a generated company in a few set-based statements (unnest of arrays), not one
 * ORM save per row: the demo seed and the scale benchmark both load through here.
 */
export async function loadDirectory(manager: EntityManager, company: DemoCompany): Promise<LoadedDirectory> {
  const departmentIds = new Map(company.departments.map((department) => [department.key, randomUUID()]));
  const personIds = new Map(company.people.map((person) => [person.key, randomUUID()]));
  const idOf = (ids: Map<string, string>, key: string | null, what: string): string | null => {
    if (key === null) return null;
    const id = ids.get(key);
    if (!id) throw new Error(`Seed data refers to an unknown ${what} "${key}".`);
    return id;
  };

  await manager.query(
    `INSERT INTO departments (id, code, name_ja, name_en, parent_id, sort_order)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::int[])`,
    [
      company.departments.map((d) => departmentIds.get(d.key)),
      company.departments.map((d) => d.code),
      company.departments.map((d) => d.nameJa),
      company.departments.map((d) => d.nameEn),
      company.departments.map((d) => idOf(departmentIds, d.parentKey, 'department')),
      company.departments.map((d) => d.sortOrder),
    ],
  );

  for (let start = 0; start < company.people.length; start += CHUNK) {
    const chunk = company.people.slice(start, start + CHUNK);
    // Managers may come in a later chunk: they are set below, once everyone exists.
    await manager.query(
      `INSERT INTO people (id, email, display_name, display_name_en, display_name_kana, title, title_en,
                           department_id, preferred_locale, roles, location)
       SELECT id, email, display_name, display_name_en, display_name_kana, title, title_en, department_id, preferred_locale,
              coalesce(string_to_array(roles, ','), '{}'), location
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::text[], $11::text[])
           AS t(id, email, display_name, display_name_en, display_name_kana, title, title_en, department_id, preferred_locale, roles, location)`,
      [
        chunk.map((p) => personIds.get(p.key)),
        chunk.map((p) => p.email.toLowerCase()),
        chunk.map((p) => p.displayName),
        chunk.map((p) => p.displayNameEn),
        chunk.map((p) => p.displayNameKana),
        chunk.map((p) => p.title),
        chunk.map((p) => p.titleEn),
        chunk.map((p) => idOf(departmentIds, p.departmentKey, 'department')),
        chunk.map((p) => p.preferredLocale),
        chunk.map((p) => (p.roles.length > 0 ? p.roles.join(',') : null)),
        chunk.map((p) => p.location),
      ],
    );
  }

  const managed = company.people.filter((person) => person.managerKey !== null);
  for (let start = 0; start < managed.length; start += CHUNK) {
    const chunk = managed.slice(start, start + CHUNK);
    await manager.query(
      `UPDATE people p SET manager_id = t.manager_id
         FROM unnest($1::uuid[], $2::uuid[]) AS t(id, manager_id) WHERE p.id = t.id`,
      [chunk.map((p) => personIds.get(p.key)), chunk.map((p) => idOf(personIds, p.managerKey, 'manager'))],
    );
  }
  return { departmentIds, personIds };
}
