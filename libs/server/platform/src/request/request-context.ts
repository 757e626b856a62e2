import { AsyncLocalStorage } from 'node:async_hooks';

/** What the platform tracks for one HTTP request, wherever in the call tree it is. */
export interface RequestStore {
  /** SQL statements sent for this request (counted by the TypeORM logger). */
  statements: number;
  /** The count when the operation's own work began, if something before Apollo began it (the response cache). */
  operationStartedAt?: number;
}

const storage = new AsyncLocalStorage<RequestStore>();

export function runInRequestStore<T>(callback: () => T): T {
  return storage.run({ statements: 0 }, callback);
}

export function currentRequestStore(): RequestStore | undefined {
  return storage.getStore();
}

/** Runs work that belongs to no request (a shared cache reload): its SQL is not counted as the request's. */
export function outsideRequest<T>(callback: () => T): T {
  return storage.exit(callback);
}
