export { GoalsModule } from './goals.module';
export { GOALS_ENTITIES } from './entities';
/** The period-end job's and the reminder job's handlers (tests run them directly). */
export { PeriodEnd } from './board/period-end';
export { CheckInReminder } from './reminders/check-in-reminder';
export { seedGoals, type GoalSeedCounts, type GoalSeedDirectory, type GoalSeedOptions } from './seed/seed-goals';
