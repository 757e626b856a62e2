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
    expect(await cached.get()).toBe(2);
    cached.invalidate();
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
