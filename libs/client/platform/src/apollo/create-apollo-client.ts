import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { ErrorCode } from '@kakehashi/shared-contracts';
import { hasErrorCode } from './graphql-errors';
import { createSubscriptionLink } from './subscription-link';

export interface ApolloClientOptions {
  /**
   * Called when the api says the session is missing or expired: an UNAUTHENTICATED error
   * (with the operation's name) or the subscription socket closed with 4401 (no name).
   */
  onUnauthenticated: (operationName: string | undefined) => void;
  uri?: string;
}

/** Queries that live events keep fresh: re-read when the socket returns after a drop. */
const LIVE_QUERIES = new Set(['UnreadNotificationCount', 'MyNotifications']);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per search text and department; pages are appended by cursor.
          people: relayStylePagination(['search', 'departmentId']),
          // One list for all notifications and one for unread ones, whatever the page size.
          myNotifications: relayStylePagination(['unreadOnly']),
        },
      },
    },
  });
}

export function createApolloClient({ onUnauthenticated, uri = '/graphql' }: ApolloClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (hasErrorCode(error, ErrorCode.Unauthenticated)) onUnauthenticated(operation.operationName);
  });
  // Trusted documents: both transports send the document's full text, which the api
  // fingerprints against codegen's persisted-documents.json (subscriptions included).
  const httpLink = new HttpLink({ uri, credentials: 'same-origin' });
  const subscriptionLink = createSubscriptionLink({
    uri,
    onUnauthorized: () => onUnauthenticated(undefined),
    onReconnected: () => {
      void client
        .refetchQueries({ include: 'active', onQueryUpdated: (query) => LIVE_QUERIES.has(query.queryName ?? '') })
        .catch(() => undefined);
    },
  });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, subscriptionLink, httpLink),
    ]),
    cache: createCache(),
  });
  return client;
}
