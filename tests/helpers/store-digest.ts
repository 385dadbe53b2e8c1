// Whether a store changed: a digest of every table's rows, computed again only when SQLite's own
// counters (total_changes, data_version) say something may have been written.
import crypto from 'node:crypto';
import type { Db } from '../../electron/core/db/connection.js';
import { storeState } from '../../electron/core/db/until-change.js';

/** sha256 over every table's rows (sorted, so the order a scan returns them in does not matter). */
export function storeDigest(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const hash = crypto.createHash('sha256');
  for (const table of tables) {
    const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((row) =>
      JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
    );
    hash.update(`${table}\u0000${rows.sort().join('\u0001')}\u0002`);
  }
  return hash.digest('hex');
}

/**
 * Watches one store across calls: `mark()` before a call, `changed()` after it. The counters move on
 * every write, also one rolled back, so when they have moved the digests decide.
 */
export function storeWatch(db: Db): { mark(): void; changed(): boolean } {
  let known = { state: storeState(db), digest: storeDigest(db) };
  return {
    mark() {
      const state = storeState(db);
      if (state !== known.state) known = { state, digest: storeDigest(db) };
    },
    changed() {
      const state = storeState(db);
      if (state === known.state) return false;
      const digest = storeDigest(db);
      const changed = digest !== known.digest;
      known = { state, digest };
      return changed;
    },
  };
}
