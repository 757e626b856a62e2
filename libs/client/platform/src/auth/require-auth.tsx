import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingState, ErrorState } from '../ui/states';
import { useAuth } from './auth-context';
import { signInPath } from './auth-http';

/** Renders its children for a signed-in person; sends everyone else to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, error, refresh } = useAuth();
  const location = useLocation();
  if (status === 'signedIn') return <>{children}</>;
  if (status === 'signedOut') {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  if (status === 'error') return <ErrorState error={error} onRetry={() => void refresh()} />;
  return <LoadingState />;
}
