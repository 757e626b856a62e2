import { lazy } from 'react';

// Each page is its own chunk, loaded when its route is first visited; the editor and the
// charts load later still, with the first component that shows them.
export const FeedPage = lazy(() => import('./feed/feed-page'));
export const EditionPage = lazy(() => import('./edition/edition-page'));
export const NewslettersPage = lazy(() => import('./newsletter/newsletters-page'));
export const NewsletterPage = lazy(() => import('./newsletter/newsletter-page'));
export const NewsletterAnalyticsPage = lazy(() => import('./analytics-pages/newsletter-analytics-page'));
export const NewEditionPage = lazy(() =>
  import('./editor-pages/edition-editor-page').then((module) => ({ default: module.NewEditionPage })),
);
export const EditEditionPage = lazy(() =>
  import('./editor-pages/edition-editor-page').then((module) => ({ default: module.EditEditionPage })),
);
