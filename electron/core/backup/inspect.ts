// What a file is, before it is trusted as a store: its first bytes (empty, not SQLite, cut short),
// then, opened read-only, SQLite's own check and the tables that make it a store of this app.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../db/migrations/index.js';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export type FileShape = { kind: 'missing' } | { kind: 'fine' } | { kind: 'empty' | 'not-sqlite' | 'truncated'; detail: string };

/** A store file's shape from its header alone (cheap: done at every start before opening). */
export function examineFile(file: string): FileShape {
  if (!fs.existsSync(file)) return { kind: 'missing' };
  const size = fs.statSync(file).size;
  if (size === 0) return { kind: 'empty', detail: 'the file is empty (0 bytes)' };
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, 16).equals(SQLITE_MAGIC)) return { kind: 'not-sqlite', detail: `the file (${size} bytes) does not start as an SQLite database` };
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  // the page count in the header holds only while its "valid for" counter matches the change counter
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (size % pageSize !== 0 || (countValid && size < pages * pageSize))
    return { kind: 'truncated', detail: `the file is cut short: ${size} bytes where its header says ${pages} pages of ${pageSize} bytes (${pages * pageSize} bytes)` };
  return { kind: 'fine' };
}

/** SQLite's quick check (structure of every page, without matching indexes to tables): its complaints, none when sound. */
export function quickCheck(db: Database.Database): string[] {
  return problemsOf(db.pragma('quick_check') as { quick_check: string }[], 'quick_check');
}

/** SQLite's full integrity check (indexes matched to their tables too) and the foreign keys. */
export function fullCheck(db: Database.Database): string[] {
  const integrity = problemsOf(db.pragma('integrity_check') as { integrity_check: string }[], 'integrity_check');
  const keys = (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
    (k) => `table ${k.table}, row ${k.rowid}: refers to a row of ${k.parent} that is not there`,
  );
  return [...integrity, ...keys];
}

const problemsOf = (rows: Record<string, string>[], column: string): string[] => rows.map((r) => r[column]!).filter((line) => line !== 'ok');

/** The tables a store of this app has had since its first version. */
const STORE_TABLES = ['meta', 'releases', 'figures', 'series', 'geos', 'items'];

export interface StoreFileReport {
  /** Why the file is no store of this app, or cannot be trusted; null when it can. */
  refusal: string | null;
  schemaVersion: number | null;
}

/** Whether `file` is a sound store of this app (read-only: the file is never changed). */
export function inspectStoreFile(file: string): StoreFileReport {
  const shape = examineFile(file);
  if (shape.kind === 'missing') return { refusal: `${file}: no such file`, schemaVersion: null };
  if (shape.kind !== 'fine') return { refusal: `${file} is not a store of IIP Explorer: ${shape.detail}`, schemaVersion: null };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const missing = STORE_TABLES.filter((t) => !tables.has(t));
    if (schemaVersion === 0 || missing.length > 0)
      return { refusal: `${file} is an SQLite database but not a store of IIP Explorer (no ${missing.join(', ') || 'schema version'})`, schemaVersion: null };
    if (schemaVersion > SCHEMA_VERSION)
      return {
        refusal: `${file} comes from a newer version of IIP Explorer (schema version ${schemaVersion}; this one knows up to ${SCHEMA_VERSION}): update IIP Explorer to open it`,
        schemaVersion,
      };
    const problems = quickCheck(db);
    if (problems.length > 0) return { refusal: `${file} fails its integrity check: ${problems.slice(0, 3).join('; ')}`, schemaVersion };
    return { refusal: null, schemaVersion };
  } catch (error) {
    return { refusal: `${file} cannot be read as a store of IIP Explorer: ${error instanceof Error ? error.message : String(error)}`, schemaVersion: null };
  } finally {
    db?.close();
  }
}
