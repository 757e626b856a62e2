// Seeded randomness for the newsletters' demo and scale data: the same directory gives the
// same editions, reads and reactions on every run (no Math.random, no clock).

/** A generator of floats in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for picking readers. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a label, so each newsletter and edition gets its own stream. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function rngFor(label: string): Rng {
  return mulberry32(hashString(`kakehashi-newsletters:${label}`));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

/** A float in [low, high). */
export function between(rng: Rng, low: number, high: number): number {
  return low + rng() * (high - low);
}

/** An integer in [low, high]. */
export function intBetween(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

export function weightedPick<T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let target = rng() * total;
  for (const [item, weight] of entries) {
    target -= weight;
    if (target < 0) return item;
  }
  return entries[entries.length - 1]![0];
}

/**
 * `count` distinct positions of `0..size-1` in random order (all of them when count ≥ size):
 * rejection for small samples, a partial shuffle for large ones.
 */
export function sampleIndices(rng: Rng, size: number, count: number): number[] {
  const wanted = Math.max(0, Math.min(size, Math.floor(count)));
  if (wanted * 3 < size) {
    const seen = new Set<number>();
    const out: number[] = [];
    while (out.length < wanted) {
      const index = Math.floor(rng() * size);
      if (seen.has(index)) continue;
      seen.add(index);
      out.push(index);
    }
    return out;
  }
  const all = Array.from({ length: size }, (_, index) => index);
  for (let i = 0; i < wanted; i++) {
    const j = i + Math.floor(rng() * (size - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, wanted);
}
