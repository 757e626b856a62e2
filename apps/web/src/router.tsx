import { Suspense, lazy, type ComponentType } from 'react';
import { Navigate, Outlet, createBrowserRouter, useParams } from 'react-router';
// Every page imported below is a React.lazy component, declared in its library next to the
// page: each route is its own chunk, shown under the layouts' <Suspense> spinner while it loads.
import { AppFrame, LoadingState, NotificationsPage, RequireAuth, SignInPage } from '@kakehashi/client-platform';
import {
  DepartmentPage,
  DepartmentsPage,
  DirectoryImportPage,
  EditTeamPage,
  MyProfilePage,
  NewTeamPage,
  OrgChartPage,
  PeoplePage,
  PersonPage,
  TeamPage,
  TeamsPage,
} from '@kakehashi/client-directory';
import {
  EditEditionPage,
  EditionPage,
  FeedPage,
  NewEditionPage,
  NewsletterAnalyticsPage,
  NewsletterPage,
  NewslettersPage,
} from '@kakehashi/client-newsletters';
import { EditStoryPage, NewStoryPage, StoriesPage, StoryPage } from '@kakehashi/client-stories';
import {
  EditGoalPage,
  GoalBoardPage,
  GoalBoardPrintPage,
  GoalPage,
  GoalSnapshotPage,
  MyGoalsPage,
  NewGoalPage,
} from '@kakehashi/client-goals';
import { FileTicketPage, InboxPage, MyTicketsPage, TicketPage, VoiceHomePage, VoiceInsightsPage } from '@kakehashi/client-voice';
import { navItems } from './navigation';
import { RouteError } from './pages/route-error';

const NotFoundPage = lazy(() => import('./pages/not-found-page'));

function SignedInLayout() {
  return (
    <AppFrame navItems={navItems}>
      <RequireAuth>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </RequireAuth>
    </AppFrame>
  );
}

function SignedOutLayout() {
  return (
    <AppFrame navItems={[]}>
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </AppFrame>
  );
}

/** A page keyed by its `:id`, so that moving between two records starts it afresh. */
function keyedById(Page: ComponentType) {
  return function KeyedPage() {
    const { id } = useParams();
    return <Page key={id} />;
  };
}

const PersonRoute = keyedById(PersonPage);
const DepartmentRoute = keyedById(DepartmentPage);
const TeamRoute = keyedById(TeamPage);
const EditTeamRoute = keyedById(EditTeamPage);
const EditionRoute = keyedById(EditionPage);
const EditEditionRoute = keyedById(EditEditionPage);
const NewsletterRoute = keyedById(NewsletterPage);
const NewEditionRoute = keyedById(NewEditionPage);
const NewsletterAnalyticsRoute = keyedById(NewsletterAnalyticsPage);
const StoryRoute = keyedById(StoryPage);
const EditStoryRoute = keyedById(EditStoryPage);
const GoalRoute = keyedById(GoalPage);
const EditGoalRoute = keyedById(EditGoalPage);
const GoalSnapshotRoute = keyedById(GoalSnapshotPage);
const TicketRoute = keyedById(TicketPage);

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        {
          element: <SignedOutLayout />,
          children: [{ path: '/sign-in', element: <SignInPage /> }],
        },
        {
          element: <SignedInLayout />,
          children: [
            // The home page is the news feed.
            { index: true, element: <Navigate to="/news" replace /> },
            { path: '/news', element: <FeedPage /> },
            { path: '/news/editions/:id', element: <EditionRoute /> },
            { path: '/news/editions/:id/edit', element: <EditEditionRoute /> },
            { path: '/news/newsletters', element: <NewslettersPage /> },
            { path: '/news/newsletters/:id', element: <NewsletterRoute /> },
            { path: '/news/newsletters/:id/new', element: <NewEditionRoute /> },
            { path: '/news/newsletters/:id/analytics', element: <NewsletterAnalyticsRoute /> },
            { path: '/stories', element: <StoriesPage /> },
            { path: '/stories/new', element: <NewStoryPage /> },
            { path: '/stories/:id', element: <StoryRoute /> },
            { path: '/stories/:id/edit', element: <EditStoryRoute /> },
            { path: '/goals', element: <GoalBoardPage /> },
            { path: '/goals/board/print', element: <GoalBoardPrintPage /> },
            { path: '/goals/mine', element: <MyGoalsPage /> },
            { path: '/goals/new', element: <NewGoalPage /> },
            { path: '/goals/snapshots/:id', element: <GoalSnapshotRoute /> },
            { path: '/goals/:id', element: <GoalRoute /> },
            { path: '/goals/:id/edit', element: <EditGoalRoute /> },
            { path: '/voice', element: <VoiceHomePage /> },
            { path: '/voice/new', element: <FileTicketPage /> },
            { path: '/voice/mine', element: <MyTicketsPage /> },
            { path: '/voice/inbox', element: <InboxPage /> },
            { path: '/voice/insights', element: <VoiceInsightsPage /> },
            { path: '/voice/tickets/:id', element: <TicketRoute /> },
            { path: '/people', element: <PeoplePage /> },
            { path: '/people/:id', element: <PersonRoute /> },
            { path: '/me', element: <MyProfilePage /> },
            { path: '/departments', element: <DepartmentsPage /> },
            { path: '/departments/:id', element: <DepartmentRoute /> },
            { path: '/teams', element: <TeamsPage /> },
            { path: '/teams/new', element: <NewTeamPage /> },
            { path: '/teams/:id', element: <TeamRoute /> },
            { path: '/teams/:id/edit', element: <EditTeamRoute /> },
            { path: '/org', element: <OrgChartPage /> },
            { path: '/admin/directory-import', element: <DirectoryImportPage /> },
            { path: '/notifications', element: <NotificationsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
