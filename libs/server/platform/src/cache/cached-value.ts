import { outsideRequest } from '../request/request-context';

/**
 * A value read at most once per `ttlMs` in this process, for small data that changes
 * rarely and is read by nearly every request (the department list). Concurrent readers
 * share one load; a failed load is not kept. Other replicas see a change within `ttlMs`
 * (and the time of one reload).
 *
 * Once loaded, readers never wait: an expired value is still answered while it is reloaded
 * in the background, outside the request that noticed, so that no request pays for (or
 * counts in its statements) a reload that serves every later one.
 */
export class CachedValue<T> {
  private value?: { data: T; until: number };
  private loading?: Promise<T>;

  constructor(
    private readonly ttlMs: number,
    private readonly load: () => Promise<T>,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    const value = this.value;
    if (value && value.until > this.now()) return Promise.resolve(value.data);
    if (value) {
      // A failed background reload keeps the stale value and is tried again by the next reader.
      outsideRequest(() => this.reload()).catch(() => undefined);
      return Promise.resolve(value.data);
    }
    return this.reload();
  }

  /** After a write in this process: the next read loads again (and waits for it). */
  invalidate(): void {
    this.value = undefined;
  }

  private reload(): Promise<T> {
    this.loading ??= this.load().then(
      (data) => {
        this.value = { data, until: this.now() + this.ttlMs };
        this.loading = undefined;
        return data;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}
