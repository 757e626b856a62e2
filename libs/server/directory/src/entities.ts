import { DepartmentEntity } from './departments/department.entity';
import { PersonEntity } from './people/person.entity';
import { DemoPersonaEntity } from './personas/demo-persona.entity';
import { ScimGroupMemberEntity } from './scim/scim-group-member.entity';
import { ScimGroupEntity } from './scim/scim-group.entity';
import { TeamEventEntity } from './teams/team-event.entity';
import { TeamGoalEntity } from './teams/team-goal.entity';
import { TeamMemberEntity } from './teams/team-member.entity';
import { TeamEntity } from './teams/team.entity';

export const DIRECTORY_ENTITIES = [
  DepartmentEntity,
  PersonEntity,
  DemoPersonaEntity,
  TeamEntity,
  TeamMemberEntity,
  TeamEventEntity,
  TeamGoalEntity,
  ScimGroupEntity,
  ScimGroupMemberEntity,
];
