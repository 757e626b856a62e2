import { useCallback } from 'react';
import { useApolloClient, useMutation, useSubscription } from '@apollo/client/react';
import type { EditionDetailFragment } from '@kakehashi/client-platform';
import type { ReactionKind } from '../reactions/reaction-kinds';
import {
  AcknowledgeEditionMutation,
  EditionReactionsChangedSubscription,
  EditionReactionsFragment,
  RecordEditionReadMutation,
  SetReactionMutation,
} from '../graphql/documents';

type Reactions = EditionDetailFragment['reactions'];

/** Counts and "mine" after toggling one kind, as the server will answer (for the optimistic response). */
export function toggledReactions(reactions: Reactions, kind: ReactionKind, on: boolean): Reactions {
  return reactions.map((reaction) =>
    reaction.kind === kind && reaction.reactedByMe !== on
      ? { ...reaction, reactedByMe: on, count: Math.max(0, reaction.count + (on ? 1 : -1)) }
      : reaction,
  );
}

/** Reactions (optimistic, with live counts from everyone else), reading and acknowledging. */
export function useEditionActions(edition: EditionDetailFragment | undefined, onError: (error: unknown) => void) {
  const client = useApolloClient();
  const editionId = edition?.id ?? '';
  const published = edition?.status === 'PUBLISHED';

  useSubscription(EditionReactionsChangedSubscription, {
    variables: { editionId },
    skip: !published,
    ignoreResults: true,
    onData: ({ data }) => {
      const counts = data.data?.editionReactionsChanged.counts;
      if (!counts) return;
      client.cache.updateFragment(
        { id: client.cache.identify({ __typename: 'Edition', id: editionId }), fragment: EditionReactionsFragment },
        (current) =>
          current && {
            ...current,
            reactions: current.reactions.map((reaction) => ({
              ...reaction,
              count: counts.find((tally) => tally.kind === reaction.kind)?.count ?? reaction.count,
            })),
          },
      );
    },
  });

  const [setReaction] = useMutation(SetReactionMutation);
  const toggleReaction = useCallback(
    (kind: ReactionKind, on: boolean) => {
      if (!edition) return;
      setReaction({
        variables: { editionId: edition.id, kind, on },
        optimisticResponse: {
          setReaction: { __typename: 'Edition', id: edition.id, reactions: toggledReactions(edition.reactions, kind, on) },
        },
      }).catch(onError);
    },
    [edition, setReaction, onError],
  );

  const [acknowledgeMutation, acknowledgeState] = useMutation(AcknowledgeEditionMutation);
  const acknowledge = useCallback(() => {
    if (!edition) return;
    acknowledgeMutation({
      variables: { editionId: edition.id },
      optimisticResponse: {
        acknowledgeEdition: { __typename: 'Edition', id: edition.id, acknowledgedByMe: true, acknowledgedAt: new Date().toISOString() },
      },
    }).catch(onError);
  }, [edition, acknowledgeMutation, onError]);

  const [recordRead] = useMutation(RecordEditionReadMutation);
  const record = useCallback(
    (progress: 'OPENED' | 'READ', dwellSeconds: number) => {
      recordRead({
        variables: { editionId, progress, dwellSeconds },
        update: (cache, { data }) => {
          if (!data?.recordEditionRead.recorded) return;
          // The feed marks it read without asking the server again.
          cache.modify({
            id: cache.identify({ __typename: 'Edition', id: editionId }),
            fields: { unread: () => false, readProgress: () => data.recordEditionRead.progress ?? progress },
          });
        },
      }).catch(() => {
        // Reading is recorded on a best-effort basis: the reader is never interrupted for it.
      });
    },
    [editionId, recordRead],
  );

  return { toggleReaction, acknowledge, acknowledging: acknowledgeState.loading, record };
}
