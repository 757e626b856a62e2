import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, SessionService } from '@kakehashi/server-platform';
import { DepartmentService } from '../departments/department.service';
import { DIRECTORY_IMPORT_LIST_MAX, type DirectoryImportResult } from './directory-import.model';
import type { ImportProblem } from './import-errors';
import {
  type DepartmentWrite,
  type ImportPlan,
  type PersonWrite,
  planImport,
  type StoredDepartment,
  type StoredDirectory,
  type StoredPerson,
} from './import-plan';
import { readDepartmentRows, readPersonRows } from './import-rows';

export interface DirectoryImportRequest {
  departmentsCsv?: string | null;
  peopleCsv?: string | null;
  dryRun: boolean;
}

interface StoredDepartmentRow {
  id: string;
  code: string;
  name_ja: string;
  name_en: string;
  parent_id: string | null;
  sort_order: number;
}

interface StoredPersonRow {
  id: string;
  email: string;
  display_name: string;
  display_name_en: string;
  display_name_kana: string | null;
  title: string | null;
  title_en: string | null;
  department_id: string | null;
  manager_id: string | null;
  preferred_locale: string;
  active: boolean;
}

/** Imports of one api process and of all replicas take turns: each plans against what the previous one wrote. */
const IMPORT_LOCK_KEY = "hashtext('kakehashi:directory-import')";

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';

/**
 * CSV import of departments and people for companies without SCIM. A dry run and an apply
 * run the same steps — read the files, read the stored rows they name, plan — and only an
 * apply without a single problem writes the plan, in one transaction.
 */
@Injectable()
export class DirectoryImportService {
  private readonly logger = new Logger(DirectoryImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: DepartmentService,
    private readonly sessions: SessionService,
  ) {}

  async run(request: DirectoryImportRequest, actorId: string): Promise<DirectoryImportResult> {
    const { departmentsCsv, peopleCsv, dryRun } = request;
    if (departmentsCsv == null && peopleCsv == null) {
      throw BadUserInputError.field('input', 'give a departments file, a people file or both');
    }
    const departmentRows = departmentsCsv == null ? { rows: [], problems: [] } : readDepartmentRows(departmentsCsv);
    const personRows = peopleCsv == null ? { rows: [], problems: [] } : readPersonRows(peopleCsv);
    const rows = {
      departments: departmentRows.rows,
      people: personRows.rows,
      problems: [...departmentRows.problems, ...personRows.problems],
    };

    let plan: ImportPlan;
    let applied = false;
    try {
      plan = await this.dataSource.transaction(async (manager) => {
        if (!dryRun) await manager.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
        const stored = await this.readStored(manager, personRows.rows);
        const planned = planImport(rows, stored);
        if (!dryRun && planned.problems.length === 0) {
          if (planned.changes.length > 0) await this.write(manager, planned, stored);
          applied = true;
        }
        return planned;
      });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === PG_UNIQUE_VIOLATION || code === PG_FOREIGN_KEY_VIOLATION) {
        throw new ConflictError('The directory changed while importing. Run the dry run again and check the changes.');
      }
      throw error;
    }

    if (applied && plan.changes.length > 0) {
      this.departments.invalidate();
      // Deactivated people and changed locales take effect on their next request, not after the viewer cache expires.
      for (const person of plan.people) if (person.id) this.sessions.forgetPerson(person.id);
      const { summary } = plan;
      this.logger.log(
        `directory import by ${actorId}: departments +${summary.departmentsCreated} ~${summary.departmentsUpdated}, ` +
          `people +${summary.peopleCreated} ~${summary.peopleUpdated} -${summary.peopleDeactivated}`,
      );
    }
    return toResult(plan, dryRun, applied);
  }

  /** Every department (tens or hundreds), and the people the file names with their management chains, in one statement each. */
  private async readStored(manager: EntityManager, people: { email: string; managerEmail?: string | null }[]): Promise<StoredDirectory> {
    const departmentRows = await manager.query<StoredDepartmentRow[]>(
      'SELECT id, code, name_ja, name_en, parent_id, sort_order FROM departments',
    );
    const departments: StoredDepartment[] = departmentRows.map((row) => ({
      id: row.id,
      code: row.code,
      nameJa: row.name_ja,
      nameEn: row.name_en,
      parentId: row.parent_id,
      sortOrder: row.sort_order,
    }));
    const emails = new Set<string>();
    for (const person of people) {
      emails.add(person.email);
      if (person.managerEmail) emails.add(person.managerEmail);
    }
    if (emails.size === 0) return { departments, people: [] };
    // The named people and, up their stored manager chains, everyone a cycle could pass
    // through. UNION (not UNION ALL) ends the walk even on a chain that already loops.
    const columns = `id, email, display_name, display_name_en, display_name_kana, title, title_en, department_id, manager_id,
      preferred_locale, active`;
    const personRows = await manager.query<StoredPersonRow[]>(
      `WITH RECURSIVE named AS (
         SELECT ${columns} FROM people WHERE email = ANY($1::text[])
         UNION
         SELECT ${columns.replace(/(\w+)/g, 'p.$1')} FROM people p JOIN named ON p.id = named.manager_id
       )
       SELECT ${columns} FROM named`,
      [[...emails]],
    );
    return {
      departments,
      people: personRows.map((row): StoredPerson => ({
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        displayNameEn: row.display_name_en,
        displayNameKana: row.display_name_kana,
        title: row.title,
        titleEn: row.title_en,
        departmentId: row.department_id,
        managerId: row.manager_id,
        preferredLocale: row.preferred_locale,
        active: row.active,
      })),
    };
  }

  /**
   * Departments first, then people, a batched statement per step whatever the row count: new
   * rows are inserted without their references, then one update sets every changed row's
   * final values, references included, once every id is known (so a parent or a manager may
   * come later in the file).
   */
  private async write(manager: EntityManager, plan: ImportPlan, stored: StoredDirectory): Promise<void> {
    // Every reference names a stored row (read above, in this transaction) or a row inserted here.
    const departmentIds = new Map(stored.departments.map((department) => [department.code, department.id]));
    const newDepartments = plan.departments.filter((department) => department.id === null);
    if (newDepartments.length > 0) {
      const inserted = await manager.query<{ id: string; code: string }[]>(
        `INSERT INTO departments (code, name_ja, name_en, sort_order)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
         RETURNING id, code`,
        [
          newDepartments.map((department) => department.code),
          newDepartments.map((department) => department.nameJa),
          newDepartments.map((department) => department.nameEn),
          newDepartments.map((department) => department.sortOrder),
        ],
      );
      for (const row of inserted) departmentIds.set(row.code, row.id);
    }
    const departmentId = (code: string | null) => idOf(departmentIds, code);

    const departmentUpdates = plan.departments.filter((department) => department.id !== null || department.parentCode !== null);
    if (departmentUpdates.length > 0) await this.updateDepartments(manager, departmentUpdates, departmentId);

    const personIds = new Map(stored.people.map((person) => [person.email, person.id]));
    const newPeople = plan.people.filter((person) => person.id === null);
    if (newPeople.length > 0) {
      const inserted = await manager.query<{ id: string; email: string }[]>(
        `INSERT INTO people (email, display_name, display_name_en, display_name_kana, title, title_en, department_id, preferred_locale, active)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::bool[])
         RETURNING id, email`,
        [
          newPeople.map((person) => person.email),
          newPeople.map((person) => person.displayName),
          newPeople.map((person) => person.displayNameEn),
          newPeople.map((person) => person.displayNameKana),
          newPeople.map((person) => person.title),
          newPeople.map((person) => person.titleEn),
          newPeople.map((person) => departmentId(person.departmentCode)),
          newPeople.map((person) => person.preferredLocale),
          newPeople.map((person) => person.active),
        ],
      );
      for (const row of inserted) personIds.set(row.email, row.id);
    }

    const personUpdates = plan.people.filter((person) => person.id !== null || person.managerEmail !== null);
    if (personUpdates.length > 0) {
      await this.updatePeople(manager, personUpdates, departmentId, (email) => idOf(personIds, email));
    }
  }

  /** Final values of changed departments; a stored one gets a new version, so a stale edit elsewhere is a CONFLICT. */
  private async updateDepartments(
    manager: EntityManager,
    departments: DepartmentWrite[],
    departmentId: (code: string | null) => string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE departments AS d
       SET name_ja = v.name_ja, name_en = v.name_en, parent_id = v.parent_id, sort_order = v.sort_order,
           updated_at = now(), version = d.version + CASE WHEN v.stored THEN 1 ELSE 0 END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::int[], $6::bool[])
         AS v(id, name_ja, name_en, parent_id, sort_order, stored)
       WHERE d.id = v.id`,
      [
        departments.map((department) => department.id ?? departmentId(department.code)),
        departments.map((department) => department.nameJa),
        departments.map((department) => department.nameEn),
        departments.map((department) => departmentId(department.parentCode)),
        departments.map((department) => department.sortOrder),
        departments.map((department) => department.id !== null),
      ],
    );
  }

  private async updatePeople(
    manager: EntityManager,
    people: PersonWrite[],
    departmentId: (code: string | null) => string | null,
    personId: (email: string | null) => string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE people AS p
       SET display_name = v.display_name, display_name_en = v.display_name_en, display_name_kana = v.display_name_kana,
           title = v.title, title_en = v.title_en, department_id = v.department_id, manager_id = v.manager_id,
           preferred_locale = v.preferred_locale, active = v.active,
           updated_at = now(), version = p.version + CASE WHEN v.stored THEN 1 ELSE 0 END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[], $9::text[], $10::bool[], $11::bool[])
         AS v(id, display_name, display_name_en, display_name_kana, title, title_en, department_id, manager_id, preferred_locale, active, stored)
       WHERE p.id = v.id`,
      [
        people.map((person) => person.id ?? personId(person.email)),
        people.map((person) => person.displayName),
        people.map((person) => person.displayNameEn),
        people.map((person) => person.displayNameKana),
        people.map((person) => person.title),
        people.map((person) => person.titleEn),
        people.map((person) => departmentId(person.departmentCode)),
        people.map((person) => personId(person.managerEmail)),
        people.map((person) => person.preferredLocale),
        people.map((person) => person.active),
        people.map((person) => person.id !== null),
      ],
    );
  }
}

/** The id of a code or email the plan checked; a miss would be a bug in the plan, never bad input. */
function idOf(ids: ReadonlyMap<string, string>, key: string | null): string | null {
  if (key === null) return null;
  const id = ids.get(key);
  if (!id) throw new Error(`directory import: no id for ${key}`);
  return id;
}

function toResult(plan: ImportPlan, dryRun: boolean, applied: boolean): DirectoryImportResult {
  return {
    applied,
    dryRun,
    summary: plan.summary,
    changes: plan.changes.slice(0, DIRECTORY_IMPORT_LIST_MAX),
    changeCount: plan.changes.length,
    errors: plan.problems.slice(0, DIRECTORY_IMPORT_LIST_MAX).map((item: ImportProblem) => ({ ...item })),
    errorCount: plan.problems.length,
  };
}
