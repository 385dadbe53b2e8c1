// Restoring a backup into the store the app holds open, as one write transaction of the app's own
// connection: it takes the store's write lock first like every other write (another process
// writing meanwhile makes it wait, then answers busy with nothing changed) and replaces every
// table's rows with the backup's, all or nothing. The backup is first copied beside the store and
// migrated to this version's schema, so both sides have the same tables and columns; the copy is
// attached to the connection only for the transaction. (Writing the store's file with a second
// connection, page by page, would ignore the lock and could damage a store another process writes.)
// Foreign keys are off during the transaction and checked in full before it commits: with them on,
// SQLite deletes and inserts row by row and counts references for each (9.4 s for 882,000 figures);
// off, DELETE empties a table at once and INSERT … SELECT * copies a table with the same columns and
// indexes record by record (its transfer optimisation): 1.3 s, the check 0.1 s of it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from '../db/connection.js';
import { writeTransaction } from '../db/transactions.js';
import { BadInputError } from '../errors.js';

/** The schema name the backup's copy is attached as. */
const BACKUP_SCHEMA = 'restoring';

/** Each table of `schema` with its stored columns in order (generated ones left out); SQLite's own tables left out (sqlite_sequence is handled apart). */
function tableColumns(db: Db, schema: string): Map<string, string[]> {
  const tables = db
    .prepare(`SELECT name FROM "${schema}".sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .pluck()
    .all() as string[];
  const stored = (t: string): string[] =>
    (db.pragma(`"${schema}".table_xinfo("${t}")`) as { name: string; hidden: number }[]).filter((c) => c.hidden === 0).map((c) => c.name);
  return new Map(tables.map((t) => [t, stored(t)]));
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
  // a name of its own: two restores asked at once never share a copy
  const copy = `${db.name}.restore-copy-${crypto.randomUUID().slice(0, 8)}`;
  try {
    await copyWhole(file, copy);
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

/** A byte copy of a backup (a single file, as backups are written); through SQLite when a write-ahead log lies beside it. */
async function copyWhole(file: string, copy: string): Promise<void> {
  if (!fs.existsSync(`${file}-wal`)) return fs.copyFileSync(file, copy);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(copy);
  } finally {
    source.close();
  }
}

/** Replaces every row of the store with the copy's, in one write transaction (busy, nothing changed, if another process holds the lock). */
export function replaceRowsFrom(db: Db, copy: string, file: string): void {
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.prepare(`ATTACH DATABASE ? AS ${BACKUP_SCHEMA}`).run(copy);
  // outside the transaction (SQLite ignores it inside); nothing else runs on the connection until it is on again
  db.pragma('foreign_keys = OFF');
  try {
    writeTransaction(db, () => {
      // read again under the lock: the store's schema is the one being written
      const tables = tableColumns(db, 'main');
      const backup = tableColumns(db, BACKUP_SCHEMA);
      const problem = missingInBackup(tables, backup, file);
      if (problem !== null) throw new BadInputError(problem);
      for (const table of tables.keys()) db.prepare(`DELETE FROM main."${table}"`).run();
      for (const [table, columns] of tables) {
        // the same stored columns in the same order, and no generated ones (SELECT * would name them)
        const sameColumns =
          columns.join('\n') === backup.get(table)!.join('\n') && ['main', BACKUP_SCHEMA].every((schema) => allColumns(db, schema, table) === columns.length);
        const list = columns.map((c) => `"${c}"`).join(', ');
        // SELECT * with no column list is what SQLite copies record by record; otherwise the columns by name
        db.prepare(
          sameColumns
            ? `INSERT INTO main."${table}" SELECT * FROM ${BACKUP_SCHEMA}."${table}"`
            : `INSERT INTO main."${table}" (${list}) SELECT ${list} FROM ${BACKUP_SCHEMA}."${table}"`,
        ).run();
      }
      copySequences(db);
      assertReferencesHold(db, file);
    });
  } catch (error) {
    throw explainRefusal(error, file);
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys}`);
    db.exec(`DETACH DATABASE ${BACKUP_SCHEMA}`);
  }
}

/** How many columns `table` has in `schema`, generated ones included. */
const allColumns = (db: Db, schema: string, table: string): number => (db.pragma(`"${schema}".table_xinfo("${table}")`) as unknown[]).length;

/** Every row refers only to rows that are there (what foreign keys would have checked), else the transaction is rolled back. */
function assertReferencesHold(db: Db, file: string): void {
  const broken = db.pragma('main.foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (broken.length === 0) return;
  const where = broken
    .slice(0, 3)
    .map((k) => `table ${k.table}, row ${k.rowid}, refers to a row of ${k.parent} that is not there`)
    .join('; ');
  throw new BadInputError(
    `nothing was restored: ${file} does not fit this store (${where}${broken.length > 3 ? `; ${broken.length} rows in all` : ''}); the store is as it was`,
  );
}

/** AUTOINCREMENT counters as the backup had them (the inserts above set them to the largest id). */
function copySequences(db: Db): void {
  const has = (schema: string): boolean => db.prepare(`SELECT 1 FROM "${schema}".sqlite_schema WHERE name = 'sqlite_sequence'`).get() !== undefined;
  if (!has('main')) return;
  db.exec('DELETE FROM main.sqlite_sequence');
  if (has(BACKUP_SCHEMA)) db.exec(`INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM ${BACKUP_SCHEMA}.sqlite_sequence`);
}

/** A row of the backup the store's constraints refuse (the transaction was rolled back), told as the backup's fault. */
function explainRefusal(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return error;
  return new BadInputError(`nothing was restored: ${file} does not fit this store (${(error as Error).message}); the store is as it was`);
}
