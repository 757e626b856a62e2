import { DepartmentEntity } from './departments/department.entity';
import { PersonEntity } from './people/person.entity';
import { DemoPersonaEntity } from './personas/demo-persona.entity';

export const DIRECTORY_ENTITIES = [DepartmentEntity, PersonEntity, DemoPersonaEntity];
