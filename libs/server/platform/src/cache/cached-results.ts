import { outsideRequest } from '../request/request-context';

interface Entry<T> {
  data: Promise<T>;
  until: number;
  reloading?: boolean;
}

/**
 * Results of a costly read by key (a search with its filters), kept in this process for
 * `ttlMs` and at most `maxEntries` (the least recently used go first). Concurrent readers of
 * one key share one load; a failed load is not kept. Once loaded, readers never wait: an
 * expired result is still answered while it is reloaded in the background, outside the
 * request that noticed (as CachedValue does). `invalidate()` after a write in this process
 * drops everything at once, so the next read waits for fresh results; other replicas see the
 * write within `ttlMs` and one reload.
 */
export class CachedResults<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (!entry) return this.store(key, load());
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (entry.until <= this.now() && !entry.reloading) {
      entry.reloading = true;
      outsideRequest(load).then(
        (data) => {
          if (this.entries.get(key) === entry) void this.store(key, Promise.resolve(data));
        },
        // A failed background reload keeps the stale result; the next reader tries again.
        () => {
          entry.reloading = false;
        },
      );
    }
    return entry.data;
  }

  invalidate(): void {
    this.entries.clear();
  }

  private store(key: string, data: Promise<T>): Promise<T> {
    const entry: Entry<T> = { data, until: this.now() + this.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    data.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return data;
  }
}
