import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { PubSub } from './pub-sub';
import { DEFAULT_MAX_BUFFERED_EVENTS, TopicSubscription } from './topic-subscription';

export interface RedisPubSubOptions {
  url: string;
  /** Put before every topic (`kakehashi:`): apps or tests sharing one Redis do not hear each other. */
  prefix: string;
  maxBuffered?: number;
}

/**
 * Pub/sub across api replicas through Redis: one publishing and one subscribing connection per
 * process; a Redis channel is subscribed while at least one local subscriber listens to it,
 * and each message is fanned out to the local subscribers.
 */
export class RedisPubSub extends PubSub {
  private readonly logger = new Logger('PubSub');
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly subscribers = new Map<string, Set<TopicSubscription<unknown>>>();
  /** Per subscribed channel: settles when Redis has confirmed the SUBSCRIBE. */
  private readonly confirmations = new Map<string, Promise<void>>();
  private readonly prefix: string;
  private readonly maxBuffered: number;

  constructor(options: RedisPubSubOptions) {
    super();
    this.prefix = options.prefix;
    this.maxBuffered = options.maxBuffered ?? DEFAULT_MAX_BUFFERED_EVENTS;
    // A publish during an outage fails after a few retries instead of hanging the request that
    // caused it; the subscriber reconnects forever and resubscribes its channels by itself.
    this.publisher = new Redis(options.url, { connectionName: 'kakehashi-publish', maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(options.url, { connectionName: 'kakehashi-subscribe', autoResubscribe: true });
    // Without a listener an 'error' event would crash the process; ioredis reconnects by itself.
    this.publisher.on('error', (error: Error) => this.logger.warn(`Redis (publish): ${error.message}`));
    this.subscriber.on('error', (error: Error) => this.logger.warn(`Redis (subscribe): ${error.message}`));
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    await this.publisher.publish(this.prefix + topic, JSON.stringify(payload));
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    const channel = this.prefix + topic;
    const subscription = new TopicSubscription<T>(
      topic,
      (closed) => this.forget(channel, closed as TopicSubscription<unknown>),
      this.maxBuffered,
    );
    let subscribers = this.subscribers.get(channel);
    if (!subscribers) {
      subscribers = new Set();
      this.subscribers.set(channel, subscribers);
      // ioredis sends commands in order, so a quick unsubscribe and resubscribe ends subscribed.
      const confirmed = this.subscriber.subscribe(channel).then(
        () => undefined,
        (error: unknown) =>
          this.logger.error(`Redis SUBSCRIBE ${channel} failed: ${error instanceof Error ? error.message : String(error)}`),
      );
      this.confirmations.set(channel, confirmed);
    }
    subscribers.add(subscription as TopicSubscription<unknown>);
    return subscription;
  }

  /**
   * Settles once Redis confirms this process listens to the topic: events published by other
   * replicas before that are not received (tests wait for it before publishing).
   */
  async whenSubscribed(topic: string): Promise<void> {
    await this.confirmations.get(this.prefix + topic);
  }

  subscriberCount(topic: string): number {
    return this.subscribers.get(this.prefix + topic)?.size ?? 0;
  }

  /** Ends every local subscription and closes both connections (shutdown). */
  async close(): Promise<void> {
    for (const subscribers of [...this.subscribers.values()]) for (const subscriber of [...subscribers]) subscriber.close();
    await Promise.allSettled([quit(this.publisher), quit(this.subscriber)]);
  }

  private deliver(channel: string, message: string): void {
    const subscribers = this.subscribers.get(channel);
    if (!subscribers) return;
    for (const subscriber of [...subscribers]) {
      try {
        // A copy per subscriber: one consumer mutating its event cannot change another's.
        subscriber.push(JSON.parse(message));
      } catch (error) {
        this.logger.warn(`Dropped a message on ${channel} that is not JSON: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
  }

  private forget(channel: string, subscription: TopicSubscription<unknown>): void {
    const subscribers = this.subscribers.get(channel);
    if (!subscribers) return;
    subscribers.delete(subscription);
    if (subscribers.size > 0) return;
    this.subscribers.delete(channel);
    this.confirmations.delete(channel);
    if (this.subscriber.status === 'end') return;
    this.subscriber.unsubscribe(channel).catch((error: unknown) => {
      this.logger.warn(`Redis UNSUBSCRIBE ${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/** QUIT lets pending replies arrive; a connection that cannot even do that is cut. */
async function quit(connection: Redis): Promise<void> {
  if (connection.status === 'end') return;
  try {
    await connection.quit();
  } catch {
    connection.disconnect();
  }
}
