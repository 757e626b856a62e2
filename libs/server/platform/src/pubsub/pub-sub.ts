/**
 * Events between api replicas and to GraphQL subscriptions: Redis pub/sub when REDIS_URL is
 * set, in-process otherwise. Payloads are JSON.
 */
export abstract class PubSub {
  abstract publish<T>(topic: string, payload: T): Promise<void>;
  /** The topic's events from now on, for a subscription resolver; return() unsubscribes. */
  abstract subscribe<T>(topic: string): AsyncIterableIterator<T>;
}
