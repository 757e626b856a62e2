import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from './team.entity';

/** One person on one team's roster: role, allocation and dates. A person is on a team once. */
@Entity('team_members')
@Index('team_members_team_person_key', ['teamId', 'personId'], { unique: true })
@Index('team_members_person_idx', ['personId'])
@Check('team_members_allocation_check', 'allocation BETWEEN 0 AND 100')
@Check('team_members_dates_check', 'ends_on IS NULL OR ends_on >= starts_on')
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_members_team_id_fkey' })
  team?: TeamEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'team_members_person_id_fkey' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  role!: string;

  /** Percent of the person's time (0–100). */
  @Column({ type: 'smallint' })
  allocation!: number;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
