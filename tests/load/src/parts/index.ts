import type { BenchPart } from '../bench-part';
import { directoryPart } from './directory';
import { goalsPart } from './goals';
import { newslettersPart } from './newsletters';
import { platformPart } from './platform';
import { storiesPart } from './stories';
import { teamsPart } from './teams';
import { voicePart } from './voice';

/** Every registered part, in seeding order. A later domain adds its part here. */
export const BENCH_PARTS: BenchPart[] = [platformPart, directoryPart, newslettersPart, storiesPart, goalsPart, voicePart, teamsPart].sort(
  (a, b) => a.order - b.order,
);
