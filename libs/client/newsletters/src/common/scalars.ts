/** A DateTime scalar as received (codegen types it `unknown`): an ISO string, or null when absent. */
export function isoOf(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
