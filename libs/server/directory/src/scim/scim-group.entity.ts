import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';

/** A group provisioned over SCIM (an Entra security or Microsoft 365 group); it may stand for a department. */
@Entity('scim_groups')
@Index('scim_groups_external_id_key', ['externalId'], { unique: true, where: 'external_id IS NOT NULL' })
// Entra matches groups by displayName: unique whatever its case, lower(display_name).
@Index('scim_groups_display_name_key', { synchronize: false })
export class ScimGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text', nullable: true })
  externalId!: string | null;

  /** The department its members belong to, when the group stands for one. */
  @Index('scim_groups_department_idx')
  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'scim_groups_department_id_fkey' })
  department?: DepartmentEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
