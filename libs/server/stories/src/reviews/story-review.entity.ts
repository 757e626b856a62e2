import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StoryEntity } from '../stories/story.entity';

/** A reviewer's decision on a submitted story: approved, or changes asked for with a comment. */
@Entity('story_reviews')
@Index('story_reviews_story_idx', ['storyId', 'createdAt'])
export class StoryReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  storyId!: string;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id', foreignKeyConstraintName: 'story_reviews_story_id_fkey' })
  story?: StoryEntity;

  @Column({ type: 'uuid' })
  reviewerId!: string;

  /** StoryReviewDecision. */
  @Column({ type: 'text' })
  decision!: string;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
