import { PubSub } from './pub-sub';
import { DEFAULT_MAX_BUFFERED_EVENTS, TopicSubscription } from './topic-subscription';

/**
 * Pub/sub within one process (one api replica, development, tests). Payloads go through JSON
 * as they do over Redis, so a Date arrives as a string here too and no code works only in-process.
 */
export class InProcessPubSub extends PubSub {
  private readonly subscribers = new Map<string, Set<TopicSubscription<unknown>>>();

  constructor(private readonly maxBuffered = DEFAULT_MAX_BUFFERED_EVENTS) {
    super();
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    const subscribers = this.subscribers.get(topic);
    if (!subscribers || subscribers.size === 0) return;
    const json = JSON.stringify(payload);
    // A copy per subscriber: one consumer mutating its event cannot change another's.
    for (const subscriber of [...subscribers]) subscriber.push(JSON.parse(json));
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    const subscription = new TopicSubscription<T>(topic, (closed) => this.forget(closed as TopicSubscription<unknown>), this.maxBuffered);
    let subscribers = this.subscribers.get(topic);
    if (!subscribers) {
      subscribers = new Set();
      this.subscribers.set(topic, subscribers);
    }
    subscribers.add(subscription as TopicSubscription<unknown>);
    return subscription;
  }

  /** Local subscribers of a topic (tests wait for a subscription to be in place before publishing). */
  subscriberCount(topic: string): number {
    return this.subscribers.get(topic)?.size ?? 0;
  }

  /** Ends every subscription (shutdown): their consumers see the end of the stream. */
  close(): void {
    for (const subscribers of [...this.subscribers.values()]) for (const subscriber of [...subscribers]) subscriber.close();
  }

  private forget(subscription: TopicSubscription<unknown>): void {
    const subscribers = this.subscribers.get(subscription.topic);
    if (!subscribers) return;
    subscribers.delete(subscription);
    if (subscribers.size === 0) this.subscribers.delete(subscription.topic);
  }
}
