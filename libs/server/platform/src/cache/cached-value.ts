/**
 * A value read at most once per `ttlMs` in this process, for small data that changes
 * rarely and is read by nearly every request (the department list). Concurrent readers
 * share one load; a failed load is not kept. Other replicas see a change within `ttlMs`.
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
    if (this.value && this.value.until > this.now()) return Promise.resolve(this.value.data);
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

  /** After a write in this process: the next read loads again. */
  invalidate(): void {
    this.value = undefined;
  }
}
