import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CachedValue } from '@kakehashi/server-platform';
import { DepartmentEntity } from './department.entity';
import type { Department } from '@kakehashi/server-platform';

/**
 * Departments change rarely (admin edits, directory sync) and nearly every request shows
 * one: the list and the member counts are read at most this often per api process.
 */
const DEPARTMENTS_TTL_MS = 30_000;

function toModel(entity: DepartmentEntity): Department {
  return {
    id: entity.id,
    code: entity.code,
    nameJa: entity.nameJa,
    nameEn: entity.nameEn,
    parentId: entity.parentId,
    sortOrder: entity.sortOrder,
  };
}

@Injectable()
export class DepartmentService {
  private readonly departments = new CachedValue(DEPARTMENTS_TTL_MS, async () => {
    const rows = await this.dataSource.getRepository(DepartmentEntity).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map(toModel);
  });

  private readonly counts = new CachedValue(DEPARTMENTS_TTL_MS, async () => {
    // An index-only scan of people_active_department_idx.
    const rows: { department_id: string; count: string }[] = await this.dataSource.query(
      'SELECT department_id, count(*) AS count FROM people WHERE active AND department_id IS NOT NULL GROUP BY department_id',
    );
    return new Map(rows.map((row) => [row.department_id, Number(row.count)]));
  });

  constructor(private readonly dataSource: DataSource) {}

  /** Every department, in display order (tens of rows, not thousands). */
  all(): Promise<Department[]> {
    return this.departments.get();
  }

  async byId(id: string | null): Promise<Department | null> {
    if (!id) return null;
    return (await this.departments.get()).find((department) => department.id === id) ?? null;
  }

  async children(parentId: string | null): Promise<Department[]> {
    return (await this.departments.get()).filter((department) => department.parentId === parentId);
  }

  /** Active people in the department itself. */
  async memberCount(id: string): Promise<number> {
    return (await this.counts.get()).get(id) ?? 0;
  }

  /** Active people per department (the department itself): one cached map. */
  memberCounts(): Promise<Map<string, number>> {
    return this.counts.get();
  }

  /** For whoever changes departments or moves people (admin, directory sync) in this process. */
  invalidate(): void {
    this.departments.invalidate();
    this.counts.invalidate();
  }
}
