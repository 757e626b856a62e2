import { CachedValue } from './cached-value';

describe('CachedValue', () => {
  it('loads once per time-to-live, shares a load between concurrent readers, and reloads after invalidate', async () => {
    let clock = 0;
    let loads = 0;
    const cached = new CachedValue(
      1000,
      async () => ++loads,
      () => clock,
    );
    expect(await Promise.all([cached.get(), cached.get()])).toEqual([1, 1]);
    clock = 999;
    expect(await cached.get()).toBe(1);
    clock = 1000;
    // Expired: answered at once from the old value while it reloads in the background.
    expect(await cached.get()).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cached.get()).toBe(2);
    cached.invalidate();
    expect(await cached.get()).toBe(3);
    expect(loads).toBe(3);
  });

  it('keeps answering the old value when a background reload fails, and tries again later', async () => {
    let clock = 0;
    let fail = false;
    let loads = 0;
    const cached = new CachedValue(
      1000,
      async () => {
        loads += 1;
        if (fail) throw new Error('database down');
        return loads;
      },
      () => clock,
    );
    expect(await cached.get()).toBe(1);
    clock = 2000;
    fail = true;
    expect(await cached.get()).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    fail = false;
    expect(await cached.get()).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cached.get()).toBe(3);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const cached = new CachedValue(1000, async () => {
      if (fail) throw new Error('database down');
      return 'ok';
    });
    await expect(cached.get()).rejects.toThrow('database down');
    fail = false;
    await expect(cached.get()).resolves.toBe('ok');
  });
});
