import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '@kakehashi/shared-contracts';
import { DepartmentEntity } from '../departments/department.entity';
import { PersonEntity } from '../people/person.entity';

let sequence = 0;
const next = () => ++sequence;

/** Small factories for integration specs: give what the test is about, defaults for the rest. */
export async function createDepartment(
  dataSource: DataSource,
  fields: Partial<Pick<DepartmentEntity, 'code' | 'nameJa' | 'nameEn' | 'parentId' | 'sortOrder'>> = {},
): Promise<DepartmentEntity> {
  const n = next();
  const repository = dataSource.getRepository(DepartmentEntity);
  const { identifiers } = await repository.insert({
    code: `D${n}`,
    nameJa: `部門${n}`,
    nameEn: `Department ${n}`,
    parentId: null,
    sortOrder: n,
    ...fields,
  });
  return repository.findOneByOrFail({ id: String(identifiers[0]?.['id']) });
}

export interface PersonFields {
  displayName?: string;
  displayNameEn?: string;
  displayNameKana?: string | null;
  email?: string;
  title?: string | null;
  titleEn?: string | null;
  departmentId?: string | null;
  managerId?: string | null;
  roles?: Role[];
  active?: boolean;
  preferredLocale?: 'ja' | 'en';
}

export async function createPerson(dataSource: DataSource, fields: PersonFields = {}): Promise<PersonEntity> {
  const n = next();
  const repository = dataSource.getRepository(PersonEntity);
  const { identifiers } = await repository.insert({
    displayName: `社員 ${n}号`,
    displayNameEn: `Employee ${n}`,
    displayNameKana: `しゃいん ${n}`,
    email: `employee.${n}.${randomUUID().slice(0, 8)}@example.test`,
    ...fields,
  });
  return repository.findOneByOrFail({ id: String(identifiers[0]?.['id']) });
}
