import { lazy } from 'react';

export { DIRECTORY_NAMESPACE, directoryResources } from './i18n';

// Each page is its own chunk, loaded when its route is first visited.
export const PeoplePage = lazy(() => import('./people/people-page'));
export const PersonPage = lazy(() => import('./profile/person-page'));
export const MyProfilePage = lazy(() => import('./profile/my-profile-page'));
export const DepartmentsPage = lazy(() => import('./departments/departments-page'));
export const DepartmentPage = lazy(() => import('./departments/department-page'));
export const TeamsPage = lazy(() => import('./teams/teams-page'));
export const TeamPage = lazy(() => import('./teams/team-page'));
export const NewTeamPage = lazy(() => import('./teams/team-editor-page').then((module) => ({ default: module.NewTeamPage })));
export const EditTeamPage = lazy(() => import('./teams/team-editor-page').then((module) => ({ default: module.EditTeamPage })));
export const OrgChartPage = lazy(() => import('./org-chart/org-chart-page'));
export const DirectoryImportPage = lazy(() => import('./import/directory-import-page'));
