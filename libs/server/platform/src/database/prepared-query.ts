import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/** Statement texts come from code, so there are few; past this many, queries run unnamed. */
const MAX_NAMED_STATEMENTS = 500;
const names = new Map<string, string>();

function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED_STATEMENTS) {
    name = `kk_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A hot, complex read as a named prepared statement: each pooled connection parses and plans
 * it once (a generic plan: the connections run with plan_cache_mode=force_generic_plan, which
 * touches named statements only), instead of planning it at every request (the feed's statement
 * spent 2 ms planning for 0.5 ms of execution). Counted and logged like every TypeORM query.
 * Only for statements whose text is fixed by code and whose best plan does not depend on the
 * values (check its generic plan with PREPARE and EXPLAIN EXECUTE before using this).
 */
export async function preparedQuery<T>(dataSource: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    dataSource.logger.logQuery(text, [...values], runner);
    const name = statementName(text);
    const result = await client.query<T & Record<string, unknown>>(
      name ? { name, text, values: [...values] } : { text, values: [...values] },
    );
    return result.rows;
  } finally {
    await runner.release();
  }
}
