import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StoryEntity } from './story.entity';

/** A published story's content as it was before an edit (the template's fields, as JSON). */
@Entity('story_versions')
@Index('story_versions_story_version_key', ['storyId', 'version'], { unique: true })
export class StoryVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  storyId!: string;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id', foreignKeyConstraintName: 'story_versions_story_id_fkey' })
  story?: StoryEntity;

  /** The story's version this content had. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  /** Who made the edit that replaced this content. */
  @Column({ type: 'uuid' })
  replacedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  replacedAt!: Date;
}
