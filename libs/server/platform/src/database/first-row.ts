/** The first row of a data-modifying query, whichever shape the driver answered in ([rows, count] or rows). */
export function firstRow<T>(result: unknown): T | undefined {
  if (Array.isArray(result) && Array.isArray(result[0])) return (result[0] as T[])[0];
  if (Array.isArray(result)) return (result as T[])[0];
  return undefined;
}

/** All rows of a data-modifying query with RETURNING, whichever shape the driver answered in. */
export function modifiedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
  if (Array.isArray(result)) return result as T[];
  return [];
}
