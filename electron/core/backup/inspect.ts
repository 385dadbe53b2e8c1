// What a file is, before it is trusted as a store: its shape (file-shape.ts), then, opened read-only, SQLite's own check and the tables that make it a store of this app.
import Database from 'better-sqlite3';
import { examineFile } from './file-shape.js';
import { SCHEMA_VERSION } from '../db/migrations/index.js';

/** SQLite's quick check (structure of every page, without matching indexes to tables): its complaints, none when sound. */
export function quickCheck(db: Database.Database): string[] {
  return complaintsOrFailure(() => problemsOf(db.pragma('quick_check') as { quick_check: string }[], 'quick_check'));
}

/** A check's complaints; a check that cannot even run (SQLite gives up on the file) is one. */
function complaintsOrFailure(check: () => string[]): string[] {
  try {
    return check();
  } catch (error) {
    return [`the check could not run: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** SQLite's full integrity check (indexes matched to their tables too) and the foreign keys. */
export function fullCheck(db: Database.Database): string[] {
  const integrity = complaintsOrFailure(() => problemsOf(db.pragma('integrity_check') as { integrity_check: string }[], 'integrity_check'));
  const keys = complaintsOrFailure(() =>
    (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
      (k) => `table ${k.table}, row ${k.rowid}: refers to a row of ${k.parent} that is not there`,
    ),
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

/** Whether `file` is a sound store of this app (read-only: the file is never changed); quickCheck: false skips reading every page. */
export function inspectStoreFile(file: string, { quickCheck: checkPages = true } = {}): StoreFileReport {
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
    const problems = checkPages ? quickCheck(db) : [];
    if (problems.length > 0) return { refusal: `${file} fails its integrity check: ${problems.slice(0, 3).join('; ')}`, schemaVersion };
    return { refusal: null, schemaVersion };
  } catch (error) {
    return { refusal: `${file} cannot be read as a store of IIP Explorer: ${error instanceof Error ? error.message : String(error)}`, schemaVersion: null };
  } finally {
    db?.close();
  }
}
