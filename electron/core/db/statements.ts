// Statements prepared once per connection and kept: repositories ask for them by their SQL, so a
// hot path (a figure stored, a series looked up) never prepares the same statement twice.
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';

/** The connection (connection.ts's Db; not imported from there: migrations that fill tables use statements). */
type Db = Database.Database;

const byConnection = new WeakMap<Db, Map<string, Statement>>();

/** The prepared statement for `sql` on this connection; `Row` is what a row comes back as. */
export function statement<Row = unknown>(db: Db, sql: string): Statement<unknown[], Row> {
  let cache = byConnection.get(db);
  if (!cache) byConnection.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared as Statement<unknown[], Row>;
}
