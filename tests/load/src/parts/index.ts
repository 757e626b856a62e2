import type { BenchPart } from '../bench-part';
import { directoryPart } from './directory';

/** Every registered part, in seeding order. A later domain adds its part here. */
export const BENCH_PARTS: BenchPart[] = [directoryPart].sort((a, b) => a.order - b.order);
