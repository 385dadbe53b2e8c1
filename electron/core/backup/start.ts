// Opening the store when the app or the web host starts. A store file that is empty, cut short or
// no SQLite database is never refilled over: it is renamed aside (beside it, with the time) and
// reported, and a new store starts from the embedded dataset, the backups offered. A store that
// fails its check is opened read-only and reported; one that passes is checked again in the
// background (health.ts). A store a newer app wrote is opened read-only as it is: not migrated,
// seeded or checked, nothing written (its write channels refused: read-only.ts).
import Database from 'better-sqlite3';
import { busyTimeoutMs } from '../db/connection.js';
import { isStoreFault, NewerStoreError, StoreDamagedError } from '../errors.js';
import type { Store } from '../store.js';
import { keepAside } from './files.js';
import { checkAtStart, recordHealth } from './health.js';
import { examineFile } from './file-shape.js';

export async function openStoreAtStart(file: string, open: (file: string) => Store | Promise<Store>): Promise<Store> {
  const shape = examineFile(file);
  const keptAside = shape.kind === 'empty' || shape.kind === 'truncated' || shape.kind === 'not-sqlite' ? keepAside(file, shape.kind) : null;
  let store: Store;
  try {
    store = await open(file);
  } catch (error) {
    if (error instanceof NewerStoreError) return openNewer(file, error);
    if (!isStoreFault(error)) throw error;
    return openDamaged(file, error instanceof Error ? error.message : String(error));
  }
  void checkAtStart(store.db, keptAside);
  return store;
}

/** The damaged store read-only, for what can still be read of it and for restoring a backup. */
function openDamaged(file: string, problem: string): Store {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreDamagedError(
      `${file} is damaged and cannot be opened even read-only (${problem}; ${error instanceof Error ? error.message : String(error)})`,
    );
  }
  recordHealth(db, { state: 'damaged', problems: [problem], keptAside: null });
  return { db, path: file };
}

/** A store a newer app wrote, read-only (a read-only connection writes nothing, not even a checkpoint of its log). */
export function openNewer(file: string, refusal: NewerStoreError): Store {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma(`busy_timeout = ${busyTimeoutMs()}`);
  recordHealth(db, { state: 'newer', problems: [refusal.message], keptAside: null });
  return { db, path: file };
}
