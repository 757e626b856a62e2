import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** What team search matches: the names and the mission. */
export const TEAM_SEARCH_VECTOR_EXPRESSION = `kk_search_vector(name || ' ' || coalesce(name_en, '') || ' ' || mission)`;

/** A cross-functional team (混成チーム): people of several departments with a shared mission. */
@Entity('teams')
@Index('teams_name_idx', ['name', 'id'])
@Index('teams_status_name_idx', ['status', 'name', 'id'])
@Index('teams_search_vector_idx', { synchronize: false })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  nameEn!: string | null;

  @Column({ type: 'text', default: '' })
  mission!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', default: 'FORMING' })
  status!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** A Microsoft Teams channel link. */
  @Column({ type: 'text', nullable: true })
  channelUrl!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** The creator's retry key: creating twice with it returns the first team. */
  @Index('teams_idempotency_key_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: TEAM_SEARCH_VECTOR_EXPRESSION,
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
