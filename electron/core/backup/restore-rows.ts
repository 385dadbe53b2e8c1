// Restoring a backup into the store the app holds open, as one write transaction of the app's own
// connection: it takes the store's write lock first like every other write (another process
// writing meanwhile makes it wait, then answers busy with nothing changed) and replaces every
// table's rows with the backup's, all or nothing. The backup is first copied beside the store and
// migrated to this version's schema, so both sides have the same tables and columns; the copy is
// attached to the connection only for the transaction. (Writing the store's file with a second
// connection, page by page, would ignore the lock and could damage a store another process writes.)
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from '../db/connection.js';
import { writeTransaction } from '../db/transactions.js';
import { BadInputError } from '../errors.js';

/** The schema name the backup's copy is attached as. */
const BACKUP_SCHEMA = 'restoring';

/** Each table of `schema` with its columns; SQLite's own tables left out (sqlite_sequence is handled apart). */
function tableColumns(db: Db, schema: string): Map<string, string[]> {
  const tables = db
    .prepare(`SELECT name FROM "${schema}".sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .pluck()
    .all() as string[];
  return new Map(tables.map((t) => [t, (db.pragma(`"${schema}".table_info("${t}")`) as { name: string }[]).map((c) => c.name)]));
}

/** Why the backup cannot fill the store's tables (a table or column it lacks), or null. */
function missingInBackup(store: Map<string, string[]>, backup: Map<string, string[]>, file: string): string | null {
  for (const [table, columns] of store) {
    const has = backup.get(table);
    if (has === undefined) return `nothing was restored: ${file} has no table ${table}, which a store of this version has`;
    const missing = columns.filter((c) => !has.includes(c));
    if (missing.length > 0) return `nothing was restored: ${file}: table ${table} has no column ${missing.join(', ')}, which a store of this version has`;
  }
  return null;
}

/** Refuses a store whose rows cannot be replaced table by table (a trigger or virtual table would act on them). */
function assertPlainTables(db: Db): void {
  const odd = db.prepare("SELECT type || ' ' || name FROM main.sqlite_schema WHERE type = 'trigger' OR sql LIKE 'CREATE VIRTUAL%'").pluck().all();
  if (odd.length > 0) throw new Error(`a restore copies rows table by table, which does not suit ${odd.join(', ')}: restore-rows.ts must learn it`);
}

const removeCopy = (copy: string): void => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(copy + suffix, { force: true });
};

/**
 * `file` copied beside the store and migrated to this version's schema (a backup from an earlier
 * version), checked to hold every table and column of the store. Returns the copy's path; the
 * caller removes it with discardRestoreCopy. Nothing of the store is written.
 */
export async function prepareRestoreCopy(db: Db, file: string): Promise<string> {
  assertPlainTables(db);
  const copy = `${db.name}.restore-copy`;
  removeCopy(copy);
  try {
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(copy);
    } finally {
      source.close();
    }
    const migrated = openDatabase(copy);
    try {
      const problem = missingInBackup(tableColumns(db, 'main'), tableColumns(migrated, 'main'), file);
      if (problem !== null) throw new BadInputError(problem);
    } finally {
      migrated.close();
    }
  } catch (error) {
    removeCopy(copy);
    throw error;
  }
  return copy;
}

export const discardRestoreCopy = removeCopy;

/** Replaces every row of the store with the copy's, in one write transaction (busy, nothing changed, if another process holds the lock). */
export function replaceRowsFrom(db: Db, copy: string, file: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${BACKUP_SCHEMA}`).run(copy);
  try {
    writeTransaction(db, () => {
      // read again under the lock: the store's schema is the one being written
      const tables = tableColumns(db, 'main');
      const problem = missingInBackup(tables, tableColumns(db, BACKUP_SCHEMA), file);
      if (problem !== null) throw new BadInputError(problem);
      // rows refer to others across tables: checked once all are in, at commit
      db.pragma('defer_foreign_keys = ON');
      for (const table of tables.keys()) db.prepare(`DELETE FROM main."${table}"`).run();
      for (const [table, columns] of tables) {
        const list = columns.map((c) => `"${c}"`).join(', ');
        db.prepare(`INSERT INTO main."${table}" (${list}) SELECT ${list} FROM ${BACKUP_SCHEMA}."${table}"`).run();
      }
      copySequences(db);
    });
  } catch (error) {
    throw explainRefusal(db, error, file);
  } finally {
    db.exec(`DETACH DATABASE ${BACKUP_SCHEMA}`);
  }
}

/** AUTOINCREMENT counters as the backup had them (the inserts above set them to the largest id). */
function copySequences(db: Db): void {
  const has = (schema: string): boolean => db.prepare(`SELECT 1 FROM "${schema}".sqlite_schema WHERE name = 'sqlite_sequence'`).get() !== undefined;
  if (!has('main')) return;
  db.exec('DELETE FROM main.sqlite_sequence');
  if (has(BACKUP_SCHEMA)) db.exec(`INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM ${BACKUP_SCHEMA}.sqlite_sequence`);
}

/** A row of the backup the store's constraints refuse (the transaction was rolled back), told as the backup's fault. */
function explainRefusal(db: Db, error: unknown, file: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return error;
  let what = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    // checked at commit: which rows, found in the backup itself
    const broken = db.pragma(`${BACKUP_SCHEMA}.foreign_key_check`) as { table: string; rowid: number; parent: string }[];
    what =
      broken
        .slice(0, 3)
        .map((k) => `table ${k.table}, row ${k.rowid}, refers to a row of ${k.parent} that is not there`)
        .join('; ') || 'a row refers to one that is not there';
  }
  return new BadInputError(`nothing was restored: ${file} does not fit this store (${what}); the store is as it was`);
}
