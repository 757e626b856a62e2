import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { CloseCode, createClient } from 'graphql-ws/client';

/** Attempts after a connection drops before the subscription errors (the bell then restarts it when the tab is back). */
export const SOCKET_RETRY_ATTEMPTS = 10;
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;
/** Under the idle timeout of common proxies and load balancers (often 60 s). */
const KEEP_ALIVE_MS = 25_000;

export interface SubscriptionLinkOptions {
  /** The HTTP endpoint; the socket uses the same path on ws:// or wss://. */
  uri: string;
  /** The api closed the socket with 4401: the session is gone. */
  onUnauthorized: () => void;
  /** The socket came back after a drop: events sent meanwhile were missed. */
  onReconnected: () => void;
}

/** ws:// or wss:// for the page's own origin (a relative `uri` resolves against it). */
export function webSocketUrl(uri: string, base: string): string {
  const url = new URL(uri, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  return url.toString();
}

interface CloseEventLike {
  code: number;
  reason: string;
}

function isCloseEventLike(value: unknown): value is CloseEventLike {
  return typeof value === 'object' && value !== null && typeof (value as Partial<CloseEventLike>).code === 'number' && 'reason' in value;
}

/**
 * Retry a dropped connection and a failed connect (network trouble, an api restart), but
 * never a refusal: 4401 (no session) needs a sign-in and 4403 (foreign Origin) will not change.
 */
export function shouldRetrySocket(errorOrCloseEvent: unknown): boolean {
  if (isCloseEventLike(errorOrCloseEvent)) {
    return errorOrCloseEvent.code !== CloseCode.Unauthorized && errorOrCloseEvent.code !== CloseCode.Forbidden;
  }
  // The socket's `error` event: graphql-ws gives up on it by default, but it is how a refused
  // or dropped TCP connection shows in a browser.
  return typeof Event !== 'undefined' && errorOrCloseEvent instanceof Event;
}

/** Exponential backoff with jitter, capped, so that clients cut off together do not return together. */
export function socketRetryDelayMs(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** retries);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Subscriptions over graphql-ws. Nothing is created until the first subscription starts,
 * and graphql-ws is lazy as well: the socket opens with the first subscription and closes
 * after the last, so a signed-out page or one without live parts never opens one. The
 * session cookie goes with the upgrade request, as it does with HTTP.
 */
export function createSubscriptionLink({ uri, onUnauthorized, onReconnected }: SubscriptionLinkOptions): ApolloLink {
  let webSocketLink: GraphQLWsLink | undefined;
  const create = () =>
    new GraphQLWsLink(
      createClient({
        url: () => webSocketUrl(uri, window.location.href),
        lazy: true,
        keepAlive: KEEP_ALIVE_MS,
        retryAttempts: SOCKET_RETRY_ATTEMPTS,
        retryWait: (retries) => new Promise((resolve) => window.setTimeout(resolve, socketRetryDelayMs(retries))),
        shouldRetry: shouldRetrySocket,
        on: {
          connected: (_socket, _payload, wasRetry) => {
            if (wasRetry) onReconnected();
          },
          closed: (event) => {
            if (isCloseEventLike(event) && event.code === CloseCode.Unauthorized) onUnauthorized();
          },
        },
      }),
    );
  return new ApolloLink((operation) => {
    webSocketLink ??= create();
    return webSocketLink.request(operation);
  });
}
