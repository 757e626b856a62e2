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

/** Directory order: by reading (kana) as Japanese directories sort, else the English name. */
export const PERSON_SORT_NAME_EXPRESSION = `coalesce(nullif(display_name_kana, ''), lower(display_name_en))`;

/** What people search matches: names in kanji, kana and English, and the mail's local part. */
export const PERSON_SEARCH_VECTOR_EXPRESSION = `kk_search_vector(display_name || ' ' || display_name_en || ' ' || coalesce(display_name_kana, '') || ' ' || split_part(email, '@', 1))`;

@Entity('people')
@Index('people_active_sort_idx', ['active', 'sortName', 'id'])
@Index('people_department_sort_idx', ['departmentId', 'sortName', 'id'])
// Member counts per department: an index-only scan instead of reading every person.
@Index('people_active_department_idx', ['departmentId'], { where: 'active' })
// SCIM userName is unique whatever its case (Entra sends the UPN): lower(scim_user_name).
@Index('people_scim_user_name_key', { synchronize: false })
// SCIM filter displayName eq is case-insensitive: lower(display_name).
@Index('people_display_name_lower_idx', { synchronize: false })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Entra ID object id (`oid`); null for people not yet signed in through Entra. */
  @Index('people_entra_object_id_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  entraObjectId!: string | null;

  /** Lower-case. */
  @Index('people_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  displayNameEn!: string;

  @Column({ type: 'text', nullable: true })
  displayNameKana!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  titleEn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'people_department_id_fkey' })
  department?: DepartmentEntity | null;

  @Index('people_manager_id_idx')
  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'people_manager_id_fkey' })
  manager?: PersonEntity | null;

  @Column({ type: 'text', default: 'ja' })
  preferredLocale!: string;

  /** Role enum values from @kakehashi/shared-contracts; every person is also an employee. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  /** SCIM userName as the provisioning client sent it (Entra: the user principal name). */
  @Column({ type: 'text', nullable: true })
  scimUserName!: string | null;

  /** SCIM externalId (Entra: mailNickname or the object id, as mapped). */
  @Index('people_scim_external_id_idx')
  @Column({ type: 'text', nullable: true })
  scimExternalId!: string | null;

  /** A manager reference that named nobody known yet; resolved when that person arrives. */
  @Index('people_pending_manager_ref_idx', { where: 'pending_manager_ref IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  pendingManagerRef!: string | null;

  /** SCIM name.givenName as sent; a name in Latin letters also becomes display_name_en. */
  @Column({ type: 'text', nullable: true })
  scimGivenName!: string | null;

  /** SCIM name.familyName as sent. */
  @Column({ type: 'text', nullable: true })
  scimFamilyName!: string | null;

  /** When a SCIM DELETE removed the person: inactive and gone from SCIM, their content kept; a POST of the same userName restores them. */
  @Column({ type: 'timestamptz', nullable: true })
  scimDeletedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'text', generatedType: 'STORED', asExpression: PERSON_SORT_NAME_EXPRESSION, insert: false, update: false })
  sortName!: string;

  @Index('people_search_vector_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: PERSON_SEARCH_VECTOR_EXPRESSION,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
