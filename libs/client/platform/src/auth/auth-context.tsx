import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@kakehashi/shared-contracts';
import type { MeQuery as MeQueryResult } from '../gql/graphql';
import { hasErrorCode } from '../apollo/graphql-errors';
import { toLocale, useChangeLocale } from '../i18n/i18n';
import { MeQuery } from './auth-documents';
import { signOutRequest } from './auth-http';

export type Me = MeQueryResult['me'];

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  me: Me | null;
  error: unknown;
  /** Re-reads `me` (after a sign-in, or to retry after an error). */
  refresh: () => Promise<void>;
  /** Ends the session and sends the browser where the api says. */
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const changeLocale = useChangeLocale();
  const { data, loading, error, refetch } = useQuery(MeQuery, { notifyOnNetworkStatusChange: true });
  const me = data?.me ?? null;

  // Once signed in, the person's preferred language is the UI language (applied when it
  // loads or changes, so a switch made in this tab is never undone).
  const preferredLocale = toLocale(me?.preferredLocale);
  useEffect(() => {
    if (preferredLocale) void changeLocale(preferredLocale);
  }, [preferredLocale, changeLocale]);

  const refresh = useCallback(async () => {
    await refetch().catch(() => undefined);
  }, [refetch]);

  const signOut = useCallback(async () => {
    const redirectUrl = await signOutRequest();
    await client.clearStore();
    window.location.assign(redirectUrl);
  }, [client]);

  const status: AuthStatus = me
    ? 'signedIn'
    : loading
      ? 'loading'
      : hasErrorCode(error, ErrorCode.Unauthenticated)
        ? 'signedOut'
        : error
          ? 'error'
          : 'loading';

  const value = useMemo<AuthContextValue>(() => ({ status, me, error, refresh, signOut }), [status, me, error, refresh, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
