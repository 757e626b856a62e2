// The directory's seeded streams (the generators themselves are the platform's). The demo
// company must come out identical on every run.

import { hashString, mulberry32, type Rng } from '@kakehashi/server-platform';

export { chance, pick, type Rng } from '@kakehashi/server-platform';

/** A generator seeded from a string: adding one unit never reshuffles another's people. */
export function rngFor(label: string): Rng {
  return mulberry32(hashString(`kakehashi-demo:${label}`));
}

/** Weighted choice with a precomputed cumulative table (binary search, so large lists stay cheap). */
export class WeightedTable<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    let sum = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    if (this.items.length === 0) throw new RangeError('weighted table needs a positive weight');
    this.total = sum;
  }

  pick(rng: Rng): T {
    const target = rng() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low];
  }
}
