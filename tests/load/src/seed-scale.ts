import type { BenchServer } from './bench-database';
import { markSeeded, recreateDatabase } from './bench-database';
import { BENCH_PARTS } from './parts';

/** Fills a fresh database with every registered part at the given scale; returns seconds per part. */
export async function seedScale(
  server: BenchServer,
  database: string,
  scale: number,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  const dataSource = await recreateDatabase(server, database);
  const seconds: Record<string, number> = {};
  try {
    for (const part of BENCH_PARTS) {
      const started = Date.now();
      await dataSource.transaction((manager) => part.seed({ scale, manager, log }));
      seconds[part.name] = (Date.now() - started) / 1000;
      log(`${part.name}: seeded in ${seconds[part.name]!.toFixed(1)} s`);
    }
    // As autovacuum would have by now: statistics, and the visibility map for index-only scans.
    await dataSource.query('VACUUM ANALYZE');
  } finally {
    await dataSource.destroy();
  }
  await markSeeded(server, database, scale);
  return seconds;
}
