import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export const DEMO_SEED_KEY = 'kakehashi:demo-seed';

export interface DemoSeedOptions {
  /** Unique and stable: recorded in seed_runs once the part has run. */
  name: string;
  /** Lower runs first (the directory before the content that refers to people). */
  order: number;
}

/** A domain's part of the demo company. Runs once, in one transaction. */
export interface DemoSeeder {
  seed(manager: EntityManager): Promise<void>;
}

/** Marks a provider as a demo seed part; the platform's SeedService finds and runs it. */
export const DemoSeed = (options: DemoSeedOptions): ClassDecorator => SetMetadata(DEMO_SEED_KEY, options);
