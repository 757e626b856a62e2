import { REACTION_EMOJI, REACTION_KINDS, type ReactionKind as ReactionKindEnum } from '@kakehashi/shared-contracts';

/**
 * A reaction kind as a string union: takes the contracts' enum members (and so the generated
 * GraphQL types mapped to it) as well as plain 'LIKE'.
 */
export type ReactionKind = `${ReactionKindEnum}`;

/** The fixed set in display order, and its emoji: the contracts' own, so both sides agree. */
export { REACTION_EMOJI, REACTION_KINDS };

export function isReactionKind(value: string): value is ReactionKind {
  return (REACTION_KINDS as readonly string[]).includes(value);
}
