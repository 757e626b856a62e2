import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError, firstRow, type Viewer } from '@kakehashi/server-platform';
import { StoryMarkKind } from '@kakehashi/shared-contracts';
import { StoryStatus } from '../common/enums';
import { type LoadedStory, StoryService } from '../stories/story.service';

/** The story's counter each mark moves. */
const COUNTER: Record<StoryMarkKind, string> = {
  [StoryMarkKind.HELPFUL]: 'helpful_count',
  [StoryMarkKind.BOOKMARK]: 'bookmark_count',
  [StoryMarkKind.VIEW]: 'view_count',
};

/**
 * Helpful votes, bookmarks and views: one mark per person, story and kind. The mark and its
 * counter move in one statement, so a retry or a double click changes nothing; counters do
 * not touch the story's version or content (no edit conflicts, no re-indexing).
 */
@Injectable()
export class StoryMarkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stories: StoryService,
  ) {}

  /** Sets or clears a helpful vote or a bookmark on a published story; the story as it is now. */
  async set(viewer: Viewer, storyId: string, kind: StoryMarkKind.HELPFUL | StoryMarkKind.BOOKMARK, on: boolean): Promise<LoadedStory> {
    const story = await this.stories.forViewer(viewer, storyId);
    if (story.status !== StoryStatus.PUBLISHED && (on || kind === StoryMarkKind.HELPFUL)) {
      throw new ConflictError('Only a published story takes this.');
    }
    await this.mark(viewer, story.id, kind, on);
    return this.stories.forViewer(viewer, story.id);
  }

  /** Records that the viewer opened a published story (once per person: unique viewers). */
  async recordView(viewer: Viewer, storyId: string): Promise<boolean> {
    const story = await this.stories.forViewer(viewer, storyId);
    if (story.status !== StoryStatus.PUBLISHED) return false;
    return this.mark(viewer, story.id, StoryMarkKind.VIEW, true);
  }

  /** Whether anything changed. */
  private async mark(viewer: Viewer, storyId: string, kind: StoryMarkKind, on: boolean): Promise<boolean> {
    const counter = COUNTER[kind];
    const result: unknown = await this.dataSource.query(
      on
        ? `WITH m AS (INSERT INTO story_marks (story_id, person_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING story_id)
           UPDATE stories SET ${counter} = ${counter} + 1 WHERE id IN (SELECT story_id FROM m) RETURNING id`
        : `WITH m AS (DELETE FROM story_marks WHERE story_id = $1 AND person_id = $2 AND kind = $3 RETURNING story_id)
           UPDATE stories SET ${counter} = greatest(${counter} - 1, 0) WHERE id IN (SELECT story_id FROM m) RETURNING id`,
      [storyId, viewer.personId, kind],
    );
    return firstRow(result) !== undefined;
  }
}
