// npm run bench:seed -- --scale N [--database name]: the scale data, N × the demo company,
// into DATABASE_URL's server or the bench's own embedded PostgreSQL.
import 'reflect-metadata';
import { BENCH_DATABASE, startBenchServer } from './bench-database';
import { parseArgs } from './args';
import { seedScale } from './seed-scale';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { scale: 1, database: BENCH_DATABASE });
  const log = (line: string) => console.log(line);
  const server = await startBenchServer(log);
  try {
    const started = Date.now();
    log(`Seeding ${args.database} at scale ${args.scale} on ${server.label} …`);
    await seedScale(server, args.database, args.scale, log);
    log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Now: npm run bench`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
