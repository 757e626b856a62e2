import { GoalBoardSnapshotEntity } from './board/board-snapshot.entity';
import { GoalCheckInCommentEntity } from './check-ins/check-in-comment.entity';
import { GoalCheckInEntryEntity } from './check-ins/check-in-entry.entity';
import { GoalCheckInEntity } from './check-ins/check-in.entity';
import { GoalEntity } from './goals/goal.entity';

export const GOALS_ENTITIES = [GoalEntity, GoalCheckInEntity, GoalCheckInEntryEntity, GoalCheckInCommentEntity, GoalBoardSnapshotEntity];
