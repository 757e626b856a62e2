/** A fresh key per intended write: a retried or double-clicked request with it creates nothing new on the server. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
