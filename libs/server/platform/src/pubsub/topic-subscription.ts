/** A subscriber that fell this far behind is cut off rather than let the process's memory grow. */
export const DEFAULT_MAX_BUFFERED_EVENTS = 1000;

export class SubscriberFellBehindError extends Error {
  constructor(topic: string, maxBuffered: number) {
    super(`The subscriber of "${topic}" fell more than ${maxBuffered} events behind and was unsubscribed; subscribe again and re-read.`);
    this.name = 'SubscriberFellBehindError';
  }
}

interface Waiter<T> {
  resolve(result: IteratorResult<T>): void;
}

/**
 * One subscriber's events as an async iterator: events arriving while the consumer is busy are
 * buffered up to a bound (then the subscriber is cut off with an error rather than silently
 * losing events), and `return()` unsubscribes at once, waking a pending `next()`.
 */
export class TopicSubscription<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: Waiter<T>[] = [];
  private closed = false;
  private failure: Error | null = null;

  constructor(
    readonly topic: string,
    private readonly onClose: (subscription: TopicSubscription<T>) => void,
    private readonly maxBuffered = DEFAULT_MAX_BUFFERED_EVENTS,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  /** Delivers one event (the publisher side). */
  push(event: T): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) {
      waiter.resolve({ value: event, done: false });
      return;
    }
    if (this.buffered.length >= this.maxBuffered) {
      // Nobody is waiting (or the buffer would be empty), so the failure is seen by the next next().
      this.failure = new SubscriberFellBehindError(this.topic, this.maxBuffered);
      this.close();
      return;
    }
    this.buffered.push(event);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length > 0) return Promise.resolve({ value: this.buffered.shift() as T, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push({ resolve }));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the subscription: pending and later next() calls finish, and the source forgets it. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffered.length = 0;
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
    this.onClose(this);
  }
}
