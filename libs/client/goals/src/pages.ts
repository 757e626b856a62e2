import { lazy } from 'react';

// Each page is its own chunk, loaded when its route is first visited; the goal page's chart
// loads later still, with the chart itself.
export const GoalBoardPage = lazy(() => import('./board/board-page'));
export const GoalBoardPrintPage = lazy(() => import('./board/print-page'));
export const GoalSnapshotPage = lazy(() => import('./snapshots/snapshot-page'));
export const GoalPage = lazy(() => import('./goal/goal-page'));
export const MyGoalsPage = lazy(() => import('./mine/my-goals-page'));
export const NewGoalPage = lazy(() => import('./editor/goal-editor-page').then((module) => ({ default: module.NewGoalPage })));
export const EditGoalPage = lazy(() => import('./editor/goal-editor-page').then((module) => ({ default: module.EditGoalPage })));
