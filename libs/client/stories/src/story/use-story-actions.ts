import { useCallback, useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import type { StoryDetail } from '../common/story-detail';
import { RecordStoryViewMutation, SetStoryBookmarkedMutation, SetStoryHelpfulMutation } from '../graphql/documents';

type Marks = Pick<StoryDetail, 'id' | 'helpfulCount' | 'helpfulByMe' | 'bookmarkCount' | 'bookmarkedByMe'>;

/** The marks after turning 参考になった on or off, as the server will answer (the optimistic response). */
export function toggledHelpful(story: Marks, helpful: boolean): Marks {
  if (story.helpfulByMe === helpful) return story;
  return { ...story, helpfulByMe: helpful, helpfulCount: Math.max(0, story.helpfulCount + (helpful ? 1 : -1)) };
}

export function toggledBookmark(story: Marks, bookmarked: boolean): Marks {
  if (story.bookmarkedByMe === bookmarked) return story;
  return { ...story, bookmarkedByMe: bookmarked, bookmarkCount: Math.max(0, story.bookmarkCount + (bookmarked ? 1 : -1)) };
}

const marksOf = (story: Marks) => ({
  __typename: 'Story' as const,
  id: story.id,
  helpfulCount: story.helpfulCount,
  helpfulByMe: story.helpfulByMe,
  bookmarkCount: story.bookmarkCount,
  bookmarkedByMe: story.bookmarkedByMe,
});

/** 参考になった and ブックマーク (optimistic; the cache rolls back on error), and the view, recorded once. */
export function useStoryActions(story: StoryDetail | undefined, onError: (error: unknown) => void) {
  const [setHelpful] = useMutation(SetStoryHelpfulMutation);
  const [setBookmarked] = useMutation(SetStoryBookmarkedMutation);
  const [recordView] = useMutation(RecordStoryViewMutation);

  const toggleHelpful = useCallback(
    (helpful: boolean) => {
      if (!story) return;
      setHelpful({
        variables: { id: story.id, helpful },
        optimisticResponse: { setStoryHelpful: marksOf(toggledHelpful(story, helpful)) },
      }).catch(onError);
    },
    [story, setHelpful, onError],
  );

  const toggleBookmark = useCallback(
    (bookmarked: boolean) => {
      if (!story) return;
      setBookmarked({
        variables: { id: story.id, bookmarked },
        optimisticResponse: { setStoryBookmarked: marksOf(toggledBookmark(story, bookmarked)) },
      }).catch(onError);
    },
    [story, setBookmarked, onError],
  );

  // Once per opening of a published story (the server counts each person once anyway).
  const recorded = useRef<string | null>(null);
  const storyId = story?.id;
  const published = story?.status === 'PUBLISHED';
  useEffect(() => {
    if (!storyId || !published || recorded.current === storyId) return;
    recorded.current = storyId;
    recordView({
      variables: { id: storyId },
      update: (cache, { data }) => {
        if (!data?.recordStoryView) return;
        // My first view: the unique viewers go up by one without asking again.
        cache.modify({
          id: cache.identify({ __typename: 'Story', id: storyId }),
          fields: { viewCount: (count: number) => count + 1 },
        });
      },
    }).catch(() => {
      // Views are counted on a best-effort basis: the reader is never interrupted for it.
    });
  }, [storyId, published, recordView]);

  return { toggleHelpful, toggleBookmark };
}
