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

@Entity('departments')
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('departments_code_key', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  nameJa!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Index('departments_parent_id_idx')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'departments_parent_id_fkey' })
  parent?: DepartmentEntity | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
