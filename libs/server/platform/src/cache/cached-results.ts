/**
 * Results of a costly read by key (a search with its filters), kept in this process for
 * `ttlMs` and at most `maxEntries` (the least recently used go first). Concurrent readers of
 * one key share one load; a failed load is not kept. `invalidate()` after a write in this
 * process drops everything at once; other replicas see the write within `ttlMs`.
 */
export class CachedResults<T> {
  private readonly entries = new Map<string, { data: Promise<T>; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.until > this.now()) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.data;
    }
    const data = load();
    this.entries.delete(key);
    this.entries.set(key, { data, until: this.now() + this.ttlMs });
    data.catch(() => {
      if (this.entries.get(key)?.data === data) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return data;
  }

  invalidate(): void {
    this.entries.clear();
  }
}
