// Restoring a backup: the file checked first (a store of this app, sound, not from a newer version),
// the store it replaces kept as a backup (or, damaged, renamed aside) so that a restore can itself
// be undone, then the backup brought in. With the store open and sound (the app), its rows are
// replaced in one write transaction of the open connection (restore-rows.ts), so the connection
// sees the restored content and the store's write lock is respected; a damaged store (read-only
// since the start) is replaced on disk and the app must start again.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { busyTimeoutMs, type Db } from '../db/connection.js';
import { SCHEMA_VERSION } from '../db/migrations/index.js';
import { BadInputError } from '../errors.js';
import { makeBackup, pruneToKept } from './backup.js';
import { backupsDir, keepAside } from './files.js';
import { healthSettled } from './health.js';
import { discardRestoreCopy, prepareRestoreCopy, replaceRowsFrom } from './restore-rows.js';
import { examineFile } from './file-shape.js';
import { inspectStoreFile, quickCheck } from './inspect.js';

export interface Restored {
  restored: string;
  /** The backup (or the file set aside) holding the store as it was before. */
  keptAs: string | null;
  restartNeeded: boolean;
}

/** Refuses a file that is no sound store of this app, or one from a newer version. */
export function assertRestorable(file: string): void {
  const { refusal } = inspectStoreFile(file);
  if (refusal !== null) throw new BadInputError(`nothing was restored: ${refusal}`);
}

/**
 * Restores `file` over the store at `storePath` from outside the app (the CLI). A sound store of
 * this version is restored in place, as the app does, so a window open on it meanwhile is not
 * written under (its lock is waited for); a missing, damaged or older store file is replaced.
 */
export async function restoreClosedStore(storePath: string, file: string): Promise<Restored> {
  assertRestorable(file);
  const sound = openIfSound(storePath);
  if (sound) {
    try {
      return await restoreOpenStore(sound, file);
    } finally {
      sound.close();
    }
  }
  let keptAs: string | null = null;
  if (examineFile(storePath).kind !== 'missing') keptAs = await keepCurrent(storePath);
  const incoming = `${storePath}.restoring`;
  fs.rmSync(incoming, { force: true });
  const source = new Database(file, { readonly: true });
  try {
    await source.backup(incoming);
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(storePath + suffix, { force: true });
  fs.renameSync(incoming, storePath);
  return { restored: file, keptAs, restartNeeded: false };
}

/** The store opened for writing when it is sound and of this version; null otherwise. */
function openIfSound(storePath: string): Db | null {
  if (examineFile(storePath).kind !== 'fine') return null;
  let db: Db | undefined;
  try {
    db = new Database(storePath, { fileMustExist: true });
    db.pragma(`busy_timeout = ${busyTimeoutMs()}`);
    db.pragma('foreign_keys = ON');
    if (db.pragma('user_version', { simple: true }) === SCHEMA_VERSION && quickCheck(db).length === 0) return db;
  } catch {
    // unreadable: replaced as a file below
  }
  db?.close();
  return null;
}

/** The store as it is, kept before it is replaced: a backup when sound, else the file renamed aside. */
async function keepCurrent(storePath: string): Promise<string> {
  let db: Db | undefined;
  try {
    db = new Database(storePath, { fileMustExist: true });
    if (quickCheck(db).length === 0) return (await makeBackup(db, 'before-restore')).name;
  } catch {
    // unreadable: set aside below
  } finally {
    db?.close();
  }
  return keepAside(storePath, 'replaced');
}

/** Restores `file` into the store the app holds open as `db`. */
export async function restoreOpenStore(db: Db, file: string): Promise<Restored> {
  assertRestorable(file);
  if ((await healthSettled(db)).state === 'damaged') {
    // the open connection must not write: the file on disk is replaced, used from the next start
    return { ...(await restoreClosedStoreBeside(db.name, file)), restartNeeded: true };
  }
  const copy = await prepareRestoreCopy(db, file);
  try {
    // pruned only once restored: a restore refused (busy, or the backup not fitting) leaves the backups as they were
    const keptAs = (await makeBackup(db, 'before-restore', { prune: false })).name;
    try {
      replaceRowsFrom(db, copy, file);
    } catch (error) {
      fs.rmSync(path.join(backupsDir(db.name), keptAs), { force: true });
      throw error;
    }
    pruneToKept(db);
    return { restored: file, keptAs, restartNeeded: false };
  } finally {
    discardRestoreCopy(copy);
  }
}

/** For a damaged store held open (read-only, or query-only since its check failed): the damaged file renamed aside (the open connection keeps reading it) and the backup copied in its place. */
async function restoreClosedStoreBeside(storePath: string, file: string): Promise<Restored> {
  const keptAs = keepAside(storePath, 'damaged');
  const source = new Database(file, { readonly: true });
  try {
    await source.backup(storePath);
  } finally {
    source.close();
  }
  return { restored: file, keptAs, restartNeeded: true };
}
