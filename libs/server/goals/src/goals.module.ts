import { Global, Module } from '@nestjs/common';
import { GOAL_LINKS } from '@kakehashi/server-platform';
import { GoalLinksAdapter } from './goals/goal-links.adapter';
import { BoardResolver } from './board/board.resolver';
import { BoardService } from './board/board.service';
import { PeriodEnd } from './board/period-end';
import { CheckInCommentResolver, CheckInEntryResolver, CheckInResolver } from './check-ins/check-in.resolver';
import { CheckInService } from './check-ins/check-in.service';
import { GoalAccess } from './common/goal-access';
import { GoalJobs } from './common/goal-jobs';
import { GoalLoaders } from './goals/goal.loaders';
import { GoalResolver, PersonGoalsResolver } from './goals/goal.resolver';
import { GoalTeamsResolver } from './goals/goal-teams.resolver';
import { GoalService } from './goals/goal.service';
import { CheckInReminder } from './reminders/check-in-reminder';
import { GoalsSeeder } from './seed/goals.seeder';

/**
 * Shared KPI goals: KGIs and the KPIs that roll up into them, check-ins with history and
 * comments, progress against pace, the board dashboard with CSV and period-end snapshots,
 * recurring goals, and reminders. Needs the directory behind PERSON_DIRECTORY and the
 * platform's jobs and notifications.
 */
@Global()
@Module({
  providers: [
    { provide: GOAL_LINKS, useClass: GoalLinksAdapter },
    GoalAccess,
    GoalService,
    CheckInService,
    GoalLoaders,
    BoardService,
    GoalResolver,
    PersonGoalsResolver,
    GoalTeamsResolver,
    CheckInResolver,
    CheckInCommentResolver,
    CheckInEntryResolver,
    BoardResolver,
    CheckInReminder,
    PeriodEnd,
    GoalJobs,
    GoalsSeeder,
  ],
  exports: [GOAL_LINKS],
})
export class GoalsModule {}
