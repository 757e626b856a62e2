// The app shell imports this file statically, so every module re-exported here lands in the
// entry chunk that the first paint downloads. Keep it to what the shell needs: the
// translations and the pages, each page its own chunk (see ./pages).
export { GOALS_NAMESPACE, goalsResources } from './i18n';

export { EditGoalPage, GoalBoardPage, GoalBoardPrintPage, GoalPage, GoalSnapshotPage, MyGoalsPage, NewGoalPage } from './pages';
