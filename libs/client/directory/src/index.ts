import { lazy } from 'react';

export { DIRECTORY_NAMESPACE, directoryResources } from './i18n';

// Each page is its own chunk, loaded when its route is first visited.
export const PeoplePage = lazy(() => import('./people/people-page'));
export const PersonPage = lazy(() => import('./profile/person-page'));
export const MyProfilePage = lazy(() => import('./profile/my-profile-page'));
export const DepartmentsPage = lazy(() => import('./departments/departments-page'));
export const DepartmentPage = lazy(() => import('./departments/department-page'));
