import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TeamEntity } from './team.entity';

/** A goal the team owns or contributes to. The goal itself belongs to the goals domain. */
@Entity('team_goals')
@Index('team_goals_goal_idx', ['goalId'])
export class TeamGoalEntity {
  @PrimaryColumn({ type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_goals_team_id_fkey' })
  team?: TeamEntity;

  @PrimaryColumn({ type: 'uuid' })
  goalId!: string;

  /** TeamGoalRelation. */
  @Column({ type: 'text' })
  relation!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
