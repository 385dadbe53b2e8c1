// Making backups: SQLite's online backup API (better-sqlite3's db.backup, which copies the store a
// few pages at a time between other work and starts over when another connection writes), to a
// partial file that is checked (it opens, passes SQLite's quick check, is a store of this app)
// before it takes its name; only then are the oldest beyond the number kept removed. Automatic
// backups come before every import, undo, notes import and migration.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry, BackupReason } from '../../shared/contract/backup.js';
import type { Db } from '../db/connection.js';
import { StoreDamagedError } from '../errors.js';
import { getPreference, setPreferences } from '../preferences/repository.js';
import { backupFileName, backupsDir, listBackups } from './files.js';
import { assertWritable, CHECK_AT_ONCE_BYTES } from './health.js';
import { inspectStoreFile } from './inspect.js';

/** How many automatic backups are kept: a preference (backupsKept); 0 turns them off (a benchmark's store). */
export const backupsKept = (db: Db): number => getPreference(db, 'backupsKept');

export const setBackupsKept = (db: Db, count: number): number => setPreferences(db, { backupsKept: count }).backupsKept;

/**
 * A backup just written: a single file (not WAL, so it is whole without a -wal beside it), then
 * checked: it opens and is a store of this app, and, below CHECK_AT_ONCE_BYTES, passes SQLite's quick
 * check (the copy is the store page for page; a larger store's pages were checked at start).
 */
export function settle(partial: string): void {
  const copy = new Database(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const { refusal } = inspectStoreFile(partial, { quickCheck: fs.statSync(partial).size < CHECK_AT_ONCE_BYTES });
  if (refusal !== null) {
    fs.rmSync(partial, { force: true });
    // the copy is the store page for page: what fails in it fails in the store
    throw new StoreDamagedError(`the store failed its check while being backed up, so nothing was changed: ${refusal.replace(partial, 'the copy')}`);
  }
}

/** Copies the open store to `file` (a new file), checked. */
export async function backupTo(db: Db, file: string): Promise<void> {
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose a new file name`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    settle(partial);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
  }
}

/** A backup of the store into its backups folder, then (unless `prune` is false: see pruneToKept) the oldest beyond the number kept removed. */
export async function makeBackup(db: Db, reason: BackupReason, { prune = true } = {}): Promise<BackupEntry> {
  const name = backupFileName(reason, db.pragma('user_version', { simple: true }) as number);
  await backupTo(db, path.join(backupsDir(db.name), name));
  if (prune) pruneToKept(db);
  return listBackups(db.name).find((b) => b.name === name)!;
}

/** The automatic backup before a write, once the start check has passed (none for a store in memory, or with backups off). */
export async function backupBefore(db: Db, reason: Exclude<BackupReason, 'manual' | 'migration'>): Promise<BackupEntry | null> {
  await assertWritable(db);
  if (db.memory || backupsKept(db) === 0) return null;
  return makeBackup(db, reason);
}

/** Removes the oldest backups beyond the number the store keeps (at least one). */
export const pruneToKept = (db: Db): string[] => pruneBackups(db.name, Math.max(1, backupsKept(db)));

/** Removes the oldest backups beyond `kept` (only files named as backups). */
export function pruneBackups(storePath: string, kept: number): string[] {
  const removed = listBackups(storePath).slice(kept);
  for (const b of removed) fs.rmSync(path.join(backupsDir(storePath), b.name), { force: true });
  return removed.map((b) => b.name);
}
