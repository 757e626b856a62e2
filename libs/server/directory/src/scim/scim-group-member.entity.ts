import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ScimGroupEntity } from './scim-group.entity';

@Entity('scim_group_members')
@Index('scim_group_members_person_idx', ['personId'])
export class ScimGroupMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => ScimGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'scim_group_members_group_id_fkey' })
  group?: ScimGroupEntity;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'scim_group_members_person_id_fkey' })
  person?: PersonEntity;
}
