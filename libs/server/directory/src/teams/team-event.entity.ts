import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TeamEntity } from './team.entity';

/** The team's history: who changed what on the team or its roster, and when (never edited). */
@Entity('team_events')
@Index('team_events_team_idx', ['teamId', 'createdAt', 'id'])
export class TeamEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_events_team_id_fkey' })
  team?: TeamEntity;

  /** TeamEventKind. */
  @Column({ type: 'text' })
  kind!: string;

  /** Who did it; null for the seed and directory sync. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The member it concerns, for roster changes. */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  /** Field → [before, after]. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: Record<string, [unknown, unknown]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
