import { lazy } from 'react';

// Each page is its own chunk, loaded when its route is first visited; the rich-text editor
// loads later still, with the form that shows it.
export const StoriesPage = lazy(() => import('./list/stories-page'));
export const StoryPage = lazy(() => import('./story/story-page'));
export const NewStoryPage = lazy(() => import('./editor-pages/story-editor-page').then((module) => ({ default: module.NewStoryPage })));
export const EditStoryPage = lazy(() => import('./editor-pages/story-editor-page').then((module) => ({ default: module.EditStoryPage })));
