// The app shell imports this file statically, so every module re-exported here lands in the
// entry chunk that the first paint downloads, whichever page uses it. Keep it to what the
// shell needs: the translations and the pages, each page its own chunk (see ./pages); the
// editor and the charts load later still, with the first component that shows them.
export { NEWSLETTERS_NAMESPACE, newslettersResources } from './i18n';

export { EditEditionPage, EditionPage, FeedPage, NewEditionPage, NewsletterAnalyticsPage, NewsletterPage, NewslettersPage } from './pages';
