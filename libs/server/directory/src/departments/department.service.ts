import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DepartmentEntity } from './department.entity';
import type { Department } from './department.model';

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
  constructor(private readonly dataSource: DataSource) {}

  /** Every department, in display order. A company has tens, not thousands: one query serves the tree. */
  async all(): Promise<Department[]> {
    const rows = await this.dataSource.getRepository(DepartmentEntity).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map(toModel);
  }

  /** Active members per department, one grouped query for all the ids asked. */
  async memberCounts(departmentIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { department_id: string; count: string }[] = await this.dataSource.query(
      'SELECT department_id, count(*) AS count FROM people WHERE active AND department_id = ANY($1::uuid[]) GROUP BY department_id',
      [departmentIds],
    );
    return new Map(rows.map((row) => [row.department_id, Number(row.count)]));
  }
}
