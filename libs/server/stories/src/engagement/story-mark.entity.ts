import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoryEntity } from '../stories/story.entity';

/**
 * What one person did to a story, at most once each (StoryMarkKind): found it helpful,
 * bookmarked it, viewed it. The story's counters (helpful, bookmarks, unique viewers)
 * move in the same statement as the mark.
 */
@Entity('story_marks')
// Someone's bookmarks, newest first.
@Index('story_marks_person_idx', ['personId', 'kind', 'createdAt'])
export class StoryMarkEntity {
  @PrimaryColumn({ type: 'uuid' })
  storyId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  /** StoryMarkKind: HELPFUL, BOOKMARK or VIEW. */
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id', foreignKeyConstraintName: 'story_marks_story_id_fkey' })
  story?: StoryEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
