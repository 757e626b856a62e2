import type { ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from './auth/auth-context';

/** i18n, GraphQL client, Fluent theme and the session, in the order they depend on each other. */
export function AppProviders({ client, i18n, children }: { client: ApolloClient; i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <FluentProvider theme={webLightTheme}>
          <AuthProvider>{children}</AuthProvider>
        </FluentProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
