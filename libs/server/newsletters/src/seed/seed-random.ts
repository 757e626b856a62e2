// Seeded randomness for the newsletters' demo and scale data: the same directory gives the
// same editions, reads and reactions on every run (no Math.random, no clock).

import { hashString, mulberry32, type Rng } from '@kakehashi/server-platform';

export { chance, pick, type Rng } from '@kakehashi/server-platform';

/** A stream per newsletter or edition, from its stable label. */
export function rngFor(label: string): Rng {
  return mulberry32(hashString(`kakehashi-newsletters:${label}`));
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
