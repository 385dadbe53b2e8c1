// Results kept until the store changes: for reads over every figure (the periods the latest-release
// view offers) that would otherwise be computed again for each call although imports are rare.
import type { Db } from './connection.js';
import { statement } from './statements.js';

/**
 * Changes since this connection opened (total_changes: every row this connection inserted,
 * updated or deleted) and commits by other connections (data_version): together they differ
 * after any write to the store, from this process or another.
 */
export function storeState(db: Db): string {
  const own = statement<{ n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
  const others = statement<{ data_version: number }>(db, 'PRAGMA data_version').get()!.data_version;
  return `${own}:${others}`;
}

const kept = new WeakMap<Db, Map<string, { state: string; value: unknown }>>();

/** compute()'s result for `key`, computed again only once the store has changed since. */
export function untilChange<T>(db: Db, key: string, compute: () => T): T {
  let byKey = kept.get(db);
  if (!byKey) kept.set(db, (byKey = new Map()));
  const state = storeState(db);
  const hit = byKey.get(key);
  if (hit && hit.state === state) return hit.value as T;
  const value = compute();
  byKey.set(key, { state, value });
  return value;
}
