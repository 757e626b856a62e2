import { registerEnumType } from '@nestjs/graphql';
import { TeamGoalRelation, TeamKind, TeamRole, TeamStatus } from '@kakehashi/shared-contracts';

// Registered once, imported by the models that use them.
registerEnumType(TeamKind, { name: 'TeamKind', description: 'Project, cross-functional team (混成チーム), committee or guild.' });
registerEnumType(TeamStatus, { name: 'TeamStatus', description: 'forming → active → closed.' });
registerEnumType(TeamRole, { name: 'TeamRole', description: "A member's role in the team (役割)." });
registerEnumType(TeamGoalRelation, { name: 'TeamGoalRelation', description: 'The team owns the goal, or contributes to it.' });

/** What a team's history shows. */
export enum TeamEventKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  MEMBER_ADDED = 'MEMBER_ADDED',
  MEMBER_UPDATED = 'MEMBER_UPDATED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  GOAL_LINKED = 'GOAL_LINKED',
  GOAL_UNLINKED = 'GOAL_UNLINKED',
}
registerEnumType(TeamEventKind, { name: 'TeamEventKind' });

export { TeamGoalRelation, TeamKind, TeamRole, TeamStatus };
