import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { ErrorCode } from '@kakehashi/shared-contracts';
import { hasErrorCode } from './graphql-errors';

export interface ApolloClientOptions {
  /** Called when the api says the session is missing or expired. */
  onUnauthenticated: (operationName: string | undefined) => void;
  uri?: string;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per search text and department; pages are appended by cursor.
          people: relayStylePagination(['search', 'departmentId']),
        },
      },
    },
  });
}

export function createApolloClient({ onUnauthenticated, uri = '/graphql' }: ApolloClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (hasErrorCode(error, ErrorCode.Unauthenticated)) onUnauthenticated(operation.operationName);
  });
  const httpLink = new HttpLink({ uri, credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: createCache(),
  });
}
