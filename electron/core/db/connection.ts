// Opening the store: WAL, foreign keys, migrations in one transaction, refusing a future schema
// (which backup/start.ts and the CLI then open read-only).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js';
import { NewerStoreError } from '../errors.js';
import { isSqliteBusy, storeBusyError, writeTransaction } from './transactions.js';
import { sealUnsealedReleases } from './release-digests.js';

export type Db = Database.Database;

/** Schema version from which each release's figures carry a digest (migration 0120). */
const DIGESTS_VERSION = 120;

export interface OpenOptions {
  /** Called before migrating a store that holds data (the store checked and backed up: backup/migration.ts). */
  beforeMigrating?: (db: Db, fromVersion: number) => void;
}

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  // looked at read-only first: a writable connection, closing, would fold a newer app's write-ahead log into the file
  if (file !== ':memory:' && fs.existsSync(file)) refuseNewerFile(file);
  const db = new Database(file);
  try {
    // first, so that even switching a new store to WAL waits for another process opening it
    db.pragma(`busy_timeout = ${busyTimeoutMs()}`);
    refuseNewerSchema(db); // before the first write (a newer app's migration may have landed meanwhile)
    db.pragma('journal_mode = WAL');
    // FULL: each commit is synced to the write-ahead log before it returns, so an import the user
    // saw stored or a note saved survives a power cut. NORMAL would sync only at checkpoints and a
    // power cut could roll back the last commits (never corrupt the store); one sync per commit
    // costs milliseconds, and imports and notes are the user's work.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, opts.beforeMigrating);
  } catch (error) {
    const busy = isSqliteBusy(error) ? storeBusyError(db) : null;
    db.close();
    throw busy ?? error;
  }
  return db;
}

function refuseNewerSchema(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) throw new NewerStoreError(current, SCHEMA_VERSION);
  return current;
}

/** Throws NewerStoreError for a store a newer app wrote; reads the file through a read-only connection, which writes nothing. */
function refuseNewerFile(file: string): void {
  let peek: Db | undefined;
  try {
    peek = new Database(file, { readonly: true, fileMustExist: true });
    peek.pragma(`busy_timeout = ${busyTimeoutMs()}`);
    refuseNewerSchema(peek);
  } catch (error) {
    if (error instanceof NewerStoreError) throw error;
    // anything else (a lock, a hot journal only a writer may roll back, a damaged file) the writable
    // connection meets again and answers as it always has
  } finally {
    peek?.close();
  }
}

/**
 * How long a write waits for another process's write lock on the store (the CLI importing while
 * the app runs) before it is refused as busy: 5 s, longer than a monthly release takes to preview
 * and commit on a national store (1.6 s in the bench) or any note or deck edit, and short enough
 * that a window is never frozen long (better-sqlite3 waits on the calling thread).
 * IIP_BUSY_TIMEOUT_MS sets it (tests make it short).
 */
export const BUSY_TIMEOUT_MS = 5000;

export function busyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.IIP_BUSY_TIMEOUT_MS?.trim() ?? '';
  return /^\d+$/.test(given) ? Number(given) : BUSY_TIMEOUT_MS;
}

export function migrate(db: Db, beforeMigrating?: OpenOptions['beforeMigrating']): void {
  const version = (): number => refuseNewerSchema(db);
  const current = version();
  if (current === SCHEMA_VERSION) return;
  if (current > 0) beforeMigrating?.(db, current);
  writeTransaction(db, () => {
    // read again under the lock: another process may have migrated the store meanwhile
    const pending = MIGRATIONS.filter((m) => m.version > version());
    for (const m of pending) {
      db.exec(m.sql);
      m.fill?.(db);
    }
    if (pending.length > 0) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  // releases stored before their figures had digests: digested now, as they stand
  if (current < DIGESTS_VERSION) sealUnsealedReleases(db);
}
