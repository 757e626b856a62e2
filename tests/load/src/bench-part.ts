import type { Client } from 'pg';
import type { EntityManager } from 'typeorm';

/** What a domain's part of the scale data gets to write with. */
export interface SeedContext {
  /** N × the demo company (1: ~150 people). */
  scale: number;
  manager: EntityManager;
  log(line: string): void;
}

/** One GraphQL operation the benchmark drives, with its budget and its raw-SQL floor. */
export interface BenchOperation {
  /** Shown in the report, e.g. `people(search: 2-char ja)`. */
  name: string;
  /** A named GraphQL operation; the bench's own trusted documents are these. */
  document: string;
  /** Variables for the i-th request: a rotation over realistic values, deterministic. */
  variables(i: number): Record<string, unknown>;
  /** Who sends it (a demo persona key). */
  persona: string;
  /** Most SQL statements one request may send for the operation itself (the session aside). */
  statementBudget: number;
  /** The same data by raw SQL through `pg` alone, for the same i: the floor. */
  floor(client: Client, i: number): Promise<void>;
}

/** A domain's part of the benchmark: its scale data and its operations. One small interface, no special cases. */
export interface BenchPart {
  name: string;
  /** Lower seeds first (the directory before what refers to people). */
  order: number;
  seed(context: SeedContext): Promise<void>;
  /** Operations to drive, with variable pools read from the seeded database. */
  operations(client: Client): Promise<BenchOperation[]>;
}
