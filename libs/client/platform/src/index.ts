import { lazy } from 'react';

// Generated GraphQL documents' `graphql()` function and types (npm run codegen).
export { graphql } from './gql';
export type * from './gql/graphql';

export { createApolloClient, createCache, type ApolloClientOptions } from './apollo/create-apollo-client';
export { errorCode, errorMessageKey, fieldErrors, hasErrorCode, isNotFound } from './apollo/graphql-errors';

export {
  COMMON_NAMESPACE,
  createI18n,
  namespaceMessagesHook,
  readStoredLocale,
  storeLocale,
  toLocale,
  useChangeLocale,
  useI18nInstance,
  useLocale,
  type NamespaceResources,
} from './i18n/i18n';
export type { DeepStrings } from './i18n/locales/ja';
export { formatDate, formatDateTime, formatNumber, formatRelativeTime, formatYen, intlLocale } from './i18n/format';
export {
  departmentName,
  localizedText,
  personInitials,
  personName,
  personNameHint,
  personTitle,
  type NamedDepartment,
  type NamedPerson,
} from './i18n/names';

export { AuthProvider, useAuth, type AuthContextValue, type AuthStatus, type Me } from './auth/auth-context';
export { RequireAuth } from './auth/require-auth';
export { safeReturnTo, signInPath } from './auth/auth-http';
/** The sign-in page, loaded on demand. */
export const SignInPage = lazy(() => import('./auth/sign-in-page'));

export { AppFrame } from './frame/app-frame';
/** The signed-in person's notifications (the bell's "すべての通知を見る"), loaded on demand. */
export const NotificationsPage = lazy(() => import('./notifications/notifications-page'));
export type { NavItem } from './frame/nav-items';
export { AppProviders } from './app-providers';

export { EmptyState, ErrorState, LoadingState } from './ui/states';
export { useDebouncedValue, useMediaQuery, useNow, usePageTitle } from './ui/hooks';
export { AppLink } from './ui/app-link';
export { useFlagParam } from './ui/use-flag-param';
export { ChunkLoadFailure, LazyBoundary } from './ui/lazy-boundary';
export { useVisuallyHiddenStyles } from './ui/visually-hidden';
export { ProgressBar, type ProgressTone } from './ui/progress-bar';
export { PageHeader } from './ui/page-header';
export { UnsavedChangesGuard } from './ui/unsaved-changes';
export {
  DepartmentOptionItems,
  departmentOptions,
  DepartmentOptionsQuery,
  type DepartmentOption,
  useDepartmentOptions,
} from './ui/department-options';
export { PeoplePicker, type PickedPerson } from './ui/people-picker';

// Rich text (edition bodies, stories). Only what pages need to name or show: the editor itself
// (Tiptap, ProseMirror) stays behind the lazy component's dynamic import. The app shell imports
// this index, so a module re-exported here with top-level work lands in the entry chunk: the
// rich-text modules mark theirs pure to stay with the pages that use them.
export { LazyRichTextEditor } from './rich-text/lazy-rich-text-editor';
export { RenderedHtml, type RenderedHtmlProps } from './rich-text/rendered-html';
export { useRichTextStyles } from './rich-text/rich-text-styles';
export type { RichTextEditorProps, UploadImage } from './rich-text/types';
export { ACCEPTED_IMAGE_ACCEPT, isAcceptedImage } from './rich-text/image-files';
export { uploadImage } from './rich-text/upload-image';
