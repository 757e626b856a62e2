import { CachedResults } from './cached-results';

describe('CachedResults', () => {
  let now = 0;
  const clock = (): number => now;

  it('loads a key once, and after the time to live answers the old result while it reloads', async () => {
    now = 0;
    const cache = new CachedResults<number>(1000, 10, clock);
    let loads = 0;
    const load = async (): Promise<number> => ++loads;
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
    now = 999;
    expect(await cache.get('a', load)).toBe(1);
    now = 1000;
    expect(await cache.get('a', load)).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('a', load)).toBe(2);
    expect(loads).toBe(2);
  });

  it('keeps the old result when a background reload fails', async () => {
    now = 0;
    const cache = new CachedResults<number>(1000, 10, clock);
    expect(await cache.get('a', async () => 1)).toBe(1);
    now = 2000;
    expect(await cache.get('a', () => Promise.reject(new Error('down')))).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('a', async () => 3)).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('a', async () => 4)).toBe(3);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    now = 0;
    const cache = new CachedResults<string>(1000, 2, clock);
    const loaded: string[] = [];
    const load = (key: string) => async (): Promise<string> => (loaded.push(key), key);
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    await cache.get('a', load('a'));
    await cache.get('c', load('c'));
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    expect(loaded).toEqual(['a', 'b', 'c', 'b']);
  });

  it('forgets failed loads and everything on invalidate', async () => {
    now = 0;
    const cache = new CachedResults<number>(1000, 10, clock);
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', async () => 1)).toBe(1);
    cache.invalidate();
    expect(await cache.get('a', async () => 2)).toBe(2);
  });
});
