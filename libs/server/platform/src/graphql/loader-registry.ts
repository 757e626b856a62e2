import type DataLoader from 'dataloader';

/** A typed key for one kind of loader (e.g. people by id). */
export interface LoaderKey<K, V> {
  readonly name: string;
  /** Type tags only. */
  readonly __types?: [K, V];
}

export function loaderKey<K, V>(name: string): LoaderKey<K, V> {
  return { name };
}

/**
 * The DataLoaders of one GraphQL request, created on first use so a request pays only
 * for what it asks. A new registry per request keeps caches from leaking between users.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<LoaderKey<unknown, unknown>, unknown>();

  get<K, V>(key: LoaderKey<K, V>, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key as LoaderKey<unknown, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key as LoaderKey<unknown, unknown>, loader);
    }
    return loader;
  }
}

/** Orders batch results as DataLoader needs: one entry per key, null where none was found. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups batch results per key, for one-to-many loaders. */
export function groupedByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
