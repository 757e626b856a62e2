/** A fresh key per submit: a retried or double-clicked request with it creates nothing new on the server. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
